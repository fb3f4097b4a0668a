package org.cables.classroom;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wrong join codes, counted per browser and per network address within {@code joinWindow}. A
 * browser that typed {@code joinAttemptsPerBrowser} wrong codes waits, and so does an address
 * from which {@code joinAttempts} came (a whole class behind one school address has room for
 * its typos; an IPv6 network counts once per /64, the block one household or school is given).
 *
 * <p>The counts are kept in the database ({@code join_attempt}, V0012), so that every node on
 * one database counts the same tries (decision 46). A try is written first, in a statement that
 * commits by itself, and only then are the tries of the window counted, its own included and
 * those of every node; a try over the limit is taken back out and refused. So parallel tries,
 * from one node or several, can never check more codes than allowed (two tries that see each
 * other may both be refused, which errs on the safe side). The try is given back when its code
 * turns out to exist. The limiter must therefore be asked outside a transaction: inside one,
 * the other nodes would not see the try until it commits. A scheduled job deletes the tries
 * older than the window.
 */
@Component
class JoinLimiter {

    /** The longest key kept; a longer address or browser key is counted under its first characters. */
    static final int MAX_KEY = 100;

    /** A try that was counted, to be given back if its code exists. */
    record Attempt(String id, String network, String browser, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ClassroomProperties properties;

    JoinLimiter(JdbcClient jdbc, Clock clock, ClassroomProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Counts a try at a code, or refuses it when the browser or the address has had too many
     * wrong codes: {@code join.refused.wait-browser} or {@code join.refused.wait}, with the
     * whole minutes to wait.
     */
    Attempt attempt(Joiner joiner) {
        Instant now = clock.instant();
        Attempt attempt = new Attempt(UUID.randomUUID().toString(), key(network(joiner.address())), key(joiner.browser()), now);
        jdbc.sql("INSERT INTO join_attempt (id, browser_key, network_key, attempted_at) VALUES (?, ?, ?, ?)")
                .params(attempt.id(), attempt.browser(), attempt.network(), Timestamp.from(now))
                .update();
        Timestamp since = Timestamp.from(now.minus(properties.joinWindow()));
        Window browser = jdbc.sql("SELECT COUNT(*) AS tries, MIN(attempted_at) AS oldest FROM join_attempt WHERE browser_key = ? AND attempted_at > ?")
                .params(attempt.browser(), since).query(JoinLimiter::window).single();
        if (browser.tries() > properties.joinAttemptsPerBrowser()) {
            takeBack(attempt);
            throw new JoinRefused("join.refused.wait-browser", minutesUntilFree(browser, now));
        }
        Window network = jdbc.sql("SELECT COUNT(*) AS tries, MIN(attempted_at) AS oldest FROM join_attempt WHERE network_key = ? AND attempted_at > ?")
                .params(attempt.network(), since).query(JoinLimiter::window).single();
        if (network.tries() > properties.joinAttempts()) {
            takeBack(attempt);
            throw new JoinRefused("join.refused.wait", minutesUntilFree(network, now));
        }
        return attempt;
    }

    /** The code exists: the try does not count against the browser or the address. */
    void codeExists(Attempt attempt) {
        takeBack(attempt);
    }

    /** Tries older than the window count no more: they go, on one node at a time, every minute. */
    @Scheduled(fixedDelayString = "${exhibit.classroom.join-attempts-check:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "join-attempt-cleanup", lockAtLeastFor = "PT30S")
    public void deleteOld() {
        jdbc.sql("DELETE FROM join_attempt WHERE attempted_at <= ?")
                .param(Timestamp.from(clock.instant().minus(properties.joinWindow())))
                .update();
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

    /** The tries of a browser or an address within the window, and when the oldest was made. */
    private record Window(long tries, Instant oldest) {
    }

    private static Window window(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Window(rs.getLong("tries"), Classrooms.instant(rs, "oldest"));
    }

    private void takeBack(Attempt attempt) {
        jdbc.sql("DELETE FROM join_attempt WHERE id = ?").param(attempt.id()).update();
    }

    /** Whole minutes until the oldest try of the window leaves it. */
    private long minutesUntilFree(Window window, Instant now) {
        Duration wait = Duration.between(now, window.oldest().plus(properties.joinWindow()));
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private static String key(String value) {
        return value.length() <= MAX_KEY ? value : value.substring(0, MAX_KEY);
    }
}
