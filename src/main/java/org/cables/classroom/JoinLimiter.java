package org.cables.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Wrong join codes per address: after {@code joinAttempts} wrong codes within
 * {@code joinWindow}, the address must wait until the oldest of them is out of the window.
 * Guessing codes is then hopeless (113 million codes, 20 tries in 5 minutes), while a class
 * behind one school address still has room for typos. Kept in memory, for at most 10,000
 * addresses (the longest quiet go first).
 */
@Component
class JoinLimiter {

    private static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final ClassroomProperties properties;
    private final Map<String, Deque<Instant>> wrong = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    JoinLimiter(Clock clock, ClassroomProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    /** How long this address must still wait; zero when it may try. */
    synchronized Duration wait(String address) {
        Deque<Instant> times = recent(address);
        if (times.size() < properties.joinAttempts()) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), times.peekFirst().plus(properties.joinWindow()));
    }

    synchronized void wrongCode(String address) {
        recent(address).addLast(clock.instant());
    }

    private Deque<Instant> recent(String address) {
        Deque<Instant> times = wrong.computeIfAbsent(address == null ? "" : address, a -> new ArrayDeque<>());
        Instant since = clock.instant().minus(properties.joinWindow());
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
        return times;
    }
}
