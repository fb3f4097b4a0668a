package org.cables.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps staff passwords from being guessed. Wrong passwords are counted per user name (whether or
 * not such an account exists, so that the answer never tells which names are real) and per
 * address. After {@value #SLOW_DOWN_AFTER} wrong ones a further try must wait, longer each time
 * (2, 4, 8 … seconds, at most a minute); after {@code exhibit.staff.sign-in-attempts} the user
 * name is locked for {@code exhibit.staff.sign-in-lock}. An address, which a whole school may
 * share, has three times as much room for both. A try that must wait is refused before the password is looked at. Every try is counted
 * as wrong the moment it is let through, in the same step as the check, so that many tries sent
 * at once cannot slip past the count; a right password takes its count back.
 */
@Component
class SignInGuard {

    /** Wrong passwords allowed at full speed. */
    static final int SLOW_DOWN_AFTER = 3;
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);
    private static final int ADDRESS_FACTOR = 3;
    private static final int MAX_REMEMBERED = 10_000;
    private static final int MAX_NAME = 100;
    private static final Logger LOG = LoggerFactory.getLogger(SignInGuard.class);

    /** Wrong passwords of one user name or address: how many, the last one, and a lock if it has one. */
    private record Count(int wrong, Instant last, Instant lockedUntil) {
    }

    private final Clock clock;
    private final int accountLimit;
    private final Duration lock;
    private final Map<String, Count> counts = new LinkedHashMap<>(16, 0.75f, true);

    SignInGuard(StaffProperties properties, Clock clock) {
        this.clock = clock;
        this.accountLimit = properties.signInAttempts();
        this.lock = properties.signInLock();
    }

    /**
     * May this try go ahead? If so it is counted as wrong until {@link #succeeded} says otherwise;
     * if not, how long to wait.
     */
    synchronized Optional<Duration> admit(String username, String address) {
        Instant now = clock.instant();
        String account = accountKey(username);
        String from = addressKey(address);
        Duration wait = max(waitFor(account, SLOW_DOWN_AFTER, now), waitFor(from, SLOW_DOWN_AFTER * ADDRESS_FACTOR, now));
        if (!wait.isZero()) {
            return Optional.of(wait);
        }
        countWrong(account, accountLimit, now, "user name '" + name(username) + "' (last try from " + address + ")");
        countWrong(from, accountLimit * ADDRESS_FACTOR, now, "address " + address);
        return Optional.empty();
    }

    /** The password was right: this try was not a wrong one, and the user name starts afresh. */
    synchronized void succeeded(String username, String address) {
        counts.remove(accountKey(username));
        counts.computeIfPresent(addressKey(address), (k, c) -> c.wrong() <= 1 ? null : new Count(c.wrong() - 1, c.last(), c.lockedUntil()));
    }

    private Duration waitFor(String key, int slowDownAfter, Instant now) {
        Count count = current(key, now);
        if (count == null) {
            return Duration.ZERO;
        }
        if (count.lockedUntil() != null) {
            return Duration.between(now, count.lockedUntil());
        }
        int over = count.wrong() - slowDownAfter;
        if (over < 0) {
            return Duration.ZERO;
        }
        Duration pause = Duration.ofSeconds(1L << Math.min(over + 1, 6));
        pause = pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
        Instant allowed = count.last().plus(pause);
        return allowed.isAfter(now) ? Duration.between(now, allowed) : Duration.ZERO;
    }

    private void countWrong(String key, int limit, Instant now, String who) {
        Count before = current(key, now);
        int wrong = before == null ? 1 : before.wrong() + 1;
        Instant lockedUntil = null;
        if (wrong >= limit) {
            lockedUntil = now.plus(lock);
            LOG.warn("Staff sign-in locked for {} for {} after {} tries without the right password.",
                    lock.toSecondsPart() == 0 ? lock.toMinutes() + " min" : lock.toSeconds() + " s", who, wrong);
        }
        counts.put(key, new Count(lockedUntil == null ? wrong : 0, now, lockedUntil));
        while (counts.size() > MAX_REMEMBERED) {
            counts.remove(counts.keySet().iterator().next());
        }
    }

    /** The count of a key, or null when it has none left: a lock that ran out, or wrong tries long ago. */
    private Count current(String key, Instant now) {
        Count count = counts.get(key);
        if (count == null) {
            return null;
        }
        boolean lockOver = count.lockedUntil() != null && !count.lockedUntil().isAfter(now);
        boolean forgotten = count.lockedUntil() == null && !count.last().plus(lock).isAfter(now);
        if (lockOver || forgotten) {
            counts.remove(key);
            return null;
        }
        return count;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String name(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String accountKey(String username) {
        return "user:" + name(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
