package org.cables.classroom;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Wrong join codes, counted per browser and per network address within {@code joinWindow}. A
 * browser that typed {@code joinAttemptsPerBrowser} wrong codes waits, and so does an address
 * from which {@code joinAttempts} came (a whole class behind one school address has room for
 * its typos; an IPv6 network counts once per /64, the block one household or school is given).
 * The check and the count are one step: a try is counted before its code is looked up, and
 * given back when the code turns out to exist, so parallel tries can never check more codes
 * than allowed. Kept in memory, for at most 10,000 browsers and 10,000 addresses (the longest
 * quiet go first).
 */
@Component
class JoinLimiter {

    private static final int MAX_KEPT = 10_000;

    /** A try that was counted, to be given back if its code exists. */
    record Attempt(String network, String browser, Instant at) {
    }

    private final Clock clock;
    private final ClassroomProperties properties;
    private final Map<String, Deque<Instant>> byNetwork = recentlyUsedFirst();
    private final Map<String, Deque<Instant>> byBrowser = recentlyUsedFirst();

    JoinLimiter(Clock clock, ClassroomProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Counts a try at a code, or refuses it when the browser or the address has had too many
     * wrong codes: {@code join.refused.wait-browser} or {@code join.refused.wait}, with the
     * whole minutes to wait.
     */
    synchronized Attempt attempt(Joiner joiner) {
        Instant now = clock.instant();
        String network = network(joiner.address());
        Deque<Instant> browser = recent(byBrowser, joiner.browser(), now);
        Deque<Instant> address = recent(byNetwork, network, now);
        if (browser.size() >= properties.joinAttemptsPerBrowser()) {
            throw new JoinRefused("join.refused.wait-browser", minutesUntilFree(browser, now));
        }
        if (address.size() >= properties.joinAttempts()) {
            throw new JoinRefused("join.refused.wait", minutesUntilFree(address, now));
        }
        browser.addLast(now);
        address.addLast(now);
        return new Attempt(network, joiner.browser(), now);
    }

    /** The code exists: the try does not count against the browser or the address. */
    synchronized void codeExists(Attempt attempt) {
        giveBack(byBrowser, attempt.browser(), attempt.at());
        giveBack(byNetwork, attempt.network(), attempt.at());
    }

    /**
     * The key an address is counted under: an IPv4 address as it is, an IPv6 address by its /64
     * network (a single device can use any address of its /64).
     */
    static String network(String address) {
        if (!address.contains(":") || !address.matches("[0-9a-fA-F:.]+(%.*)?")) {
            return address;
        }
        try {
            InetAddress ip = InetAddress.getByName(address.replaceFirst("%.*", ""));
            byte[] bytes = ip.getAddress();
            if (bytes.length != 16) {
                return ip.getHostAddress(); // an IPv4 address written the IPv6 way
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    private long minutesUntilFree(Deque<Instant> times, Instant now) {
        Duration wait = Duration.between(now, times.peekFirst().plus(properties.joinWindow()));
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private Deque<Instant> recent(Map<String, Deque<Instant>> counts, String key, Instant now) {
        Deque<Instant> times = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant since = now.minus(properties.joinWindow());
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
        return times;
    }

    private static void giveBack(Map<String, Deque<Instant>> counts, String key, Instant at) {
        Deque<Instant> times = counts.get(key);
        if (times != null) {
            times.removeLastOccurrence(at);
        }
    }

    private static Map<String, Deque<Instant>> recentlyUsedFirst() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > MAX_KEPT;
            }
        };
    }
}
