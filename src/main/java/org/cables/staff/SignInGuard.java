package org.cables.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps staff passwords from being guessed. Wrong passwords are counted per user name (whether or
 * not such an account exists, so that the answer never tells which names are real) and per
 * address. After {@value #SLOW_DOWN_AFTER} wrong ones a further try must wait, longer each time
 * (2, 4, 8 … seconds, at most a minute); after {@code exhibit.staff.sign-in-attempts} the user
 * name is locked for {@code exhibit.staff.sign-in-lock}. An address, which a whole school may
 * share, has three times as much room for both. A try that must wait is refused before the
 * password is looked at. Every try is counted as wrong the moment it is let through, in the same
 * step as the check, so that many tries sent at once cannot slip past the count; a right password
 * takes its count back.
 *
 * <p>The counts are rows of {@code sign_in_count} (V0013), so that every node on one database
 * counts the same tries (decision 47): a guesser whom the balancer sends to each node in turn
 * gets one allowance, not one per node. The check and the count are one transaction that holds
 * the rows of the name and the address ({@code SELECT … FOR UPDATE}, always in the same order),
 * so tries at once, on one node or several, are let through one after the other. The guard must
 * be asked outside a transaction (the sign-in filter is).
 */
@Component
class SignInGuard {

    /** Wrong passwords allowed at full speed. */
    static final int SLOW_DOWN_AFTER = 3;
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);
    private static final int ADDRESS_FACTOR = 3;
    private static final int MAX_NAME = 100;
    private static final Logger LOG = LoggerFactory.getLogger(SignInGuard.class);

    /** Wrong passwords of one user name or address: how many, the last one, and a lock if it has one. */
    private record Count(int wrong, Instant last, Instant lockedUntil) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int accountLimit;
    private final Duration lock;

    SignInGuard(JdbcClient jdbc, PlatformTransactionManager transactions, StaffProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.accountLimit = properties.signInAttempts();
        this.lock = properties.signInLock();
    }

    /**
     * May this try go ahead? If so it is counted as wrong until {@link #succeeded} says otherwise;
     * if not, how long to wait.
     */
    Optional<Duration> admit(String username, String address) {
        Instant now = clock.instant();
        String account = accountKey(username);
        String from = addressKey(address);
        ensureRows(now, account, from);
        return transaction.execute(status -> {
            Map<String, Count> counts = holdRows(account, from);
            Duration wait = max(waitFor(counts.get(account), SLOW_DOWN_AFTER, now),
                    waitFor(counts.get(from), SLOW_DOWN_AFTER * ADDRESS_FACTOR, now));
            if (!wait.isZero()) {
                return Optional.of(wait);
            }
            countWrong(account, counts.get(account), accountLimit, now, "user name '" + name(username) + "' (last try from " + address + ")");
            countWrong(from, counts.get(from), accountLimit * ADDRESS_FACTOR, now, "address " + address);
            return Optional.empty();
        });
    }

    /** The password was right: this try was not a wrong one, and the user name starts afresh. */
    void succeeded(String username, String address) {
        String account = accountKey(username);
        String from = addressKey(address);
        transaction.executeWithoutResult(status -> {
            Map<String, Count> counts = holdRows(account, from);
            jdbc.sql("DELETE FROM sign_in_count WHERE count_key = ?").param(account).update();
            Count atAddress = counts.get(from);
            if (atAddress != null && atAddress.lockedUntil() == null && atAddress.wrong() > 1) {
                jdbc.sql("UPDATE sign_in_count SET wrong = wrong - 1 WHERE count_key = ?").param(from).update();
            } else if (atAddress != null && atAddress.lockedUntil() == null) {
                jdbc.sql("DELETE FROM sign_in_count WHERE count_key = ?").param(from).update();
            }
        });
    }

    /** Counts that no longer count (a lock that ran out, wrong tries long ago) go, on one node at a time. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @SchedulerLock(name = "sign-in-count-cleanup", lockAtLeastFor = "PT1M")
    public void forgetOld() {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM sign_in_count WHERE (locked_until IS NULL AND last_try <= ?) OR locked_until <= ?")
                .params(Timestamp.from(now.minus(lock)), Timestamp.from(now)).update();
    }

    /** Writes a row with no wrong tries for a key that has none, so that it can be held; a row another try wrote meanwhile is fine. */
    private void ensureRows(Instant now, String... keys) {
        for (String key : keys) {
            if (jdbc.sql("SELECT COUNT(*) FROM sign_in_count WHERE count_key = ?").param(key).query(Integer.class).single() > 0) {
                continue;
            }
            try {
                jdbc.sql("INSERT INTO sign_in_count (count_key, wrong, last_try) VALUES (?, 0, ?)").params(key, Timestamp.from(now)).update();
            } catch (DuplicateKeyException writtenMeanwhile) {
                // another try of the same key, on this node or another, wrote it first
            }
        }
    }

    /** Holds the rows of the keys until the transaction ends, in one order so that two tries cannot wait for each other. */
    private Map<String, Count> holdRows(String... keys) {
        Map<String, Count> counts = new HashMap<>();
        jdbc.sql("SELECT count_key, wrong, last_try, locked_until FROM sign_in_count WHERE count_key IN (?, ?) ORDER BY count_key FOR UPDATE")
                .params(keys[0], keys[1])
                .query((rs, n) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    counts.put(rs.getString("count_key"), new Count(rs.getInt("wrong"), rs.getTimestamp("last_try").toInstant(),
                            locked == null ? null : locked.toInstant()));
                    return null;
                }).list();
        return counts;
    }

    private Duration waitFor(Count stored, int slowDownAfter, Instant now) {
        Count count = current(stored, now);
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

    private void countWrong(String key, Count stored, int limit, Instant now, String who) {
        Count before = current(stored, now);
        int wrong = before == null ? 1 : before.wrong() + 1;
        Instant lockedUntil = null;
        if (wrong >= limit) {
            lockedUntil = now.plus(lock);
            LOG.warn("Staff sign-in locked for {} for {} after {} tries without the right password.",
                    lock.toSecondsPart() == 0 ? lock.toMinutes() + " min" : lock.toSeconds() + " s", who, wrong);
        }
        jdbc.sql("UPDATE sign_in_count SET wrong = ?, last_try = ?, locked_until = ? WHERE count_key = ?")
                .params(lockedUntil == null ? wrong : 0, Timestamp.from(now), lockedUntil == null ? null : Timestamp.from(lockedUntil), key)
                .update();
    }

    /** The count as it stands, or null when it has none left: no wrong tries, a lock that ran out, or wrong tries long ago. */
    private Count current(Count count, Instant now) {
        if (count == null || (count.wrong() == 0 && count.lockedUntil() == null)) {
            return null;
        }
        boolean lockOver = count.lockedUntil() != null && !count.lockedUntil().isAfter(now);
        boolean forgotten = count.lockedUntil() == null && !count.last().plus(lock).isAfter(now);
        return lockOver || forgotten ? null : count;
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
        String key = "address:" + address;
        return key.length() > MAX_NAME + 20 ? key.substring(0, MAX_NAME + 20) : key;
    }
}
