package org.cables.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cables.statistics.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts behind "too many wrong codes" on every supported database (Flyway V0012): per
 * browser, per address, per IPv6 /64, and across two nodes on one database. Not in a test
 * transaction: the limiter's tries commit one statement at a time, as they do when a student
 * joins, so the tries are wiped before and after each test.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class JoinLimiterContract {

    @Autowired
    JdbcClient jdbc;

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Asia/Seoul"));
    final ClassroomProperties properties = new ClassroomProperties(null, 10, Duration.ofMinutes(5), 3);
    JoinLimiter limiter;

    /** A node of its own on the same database. */
    JoinLimiter node() {
        return new JoinLimiter(jdbc, clock, properties);
    }

    @BeforeEach
    @AfterEach
    void noTries() {
        jdbc.sql("DELETE FROM join_attempt").update();
        limiter = node();
    }

    void wrong(JoinLimiter on, Joiner joiner, int times) {
        for (int i = 0; i < times; i++) {
            on.attempt(joiner);
        }
    }

    static void assertWaits(Runnable attempt, String key, long minutes) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(JoinRefused.class, refused -> {
            assertThat(refused.key()).isEqualTo(key);
            assertThat(refused.arguments()).containsExactly(minutes);
        });
    }

    int triesKept(String network) {
        return jdbc.sql("SELECT COUNT(*) FROM join_attempt WHERE network_key = ?").param(network).query(Integer.class).single();
    }

    @Test
    void aBrowserWaitsAfterItsOwnWrongCodesWhileItsNeighboursGoOn() {
        wrong(limiter, new Joiner("192.0.2.7", "typist"), 3);
        assertWaits(() -> limiter.attempt(new Joiner("192.0.2.7", "typist")), "join.refused.wait-browser", 5);
        limiter.attempt(new Joiner("192.0.2.7", "classmate"));
        assertThat(triesKept("192.0.2.7")).as("a refused try is not kept").isEqualTo(4);
    }

    @Test
    void anAddressWaitsAfterItsWrongCodesFromAnyBrowser() {
        for (int browser = 0; browser < 5; browser++) {
            wrong(limiter, new Joiner("192.0.2.8", "browser " + browser), 2);
        }
        assertWaits(() -> limiter.attempt(new Joiner("192.0.2.8", "a new browser")), "join.refused.wait", 5);
        limiter.attempt(new Joiner("192.0.2.9", "a new browser"));
    }

    @Test
    void aCodeThatExistsIsGivenBack() {
        for (int i = 0; i < 10; i++) {
            limiter.codeExists(limiter.attempt(new Joiner("192.0.2.10", "student")));
        }
        limiter.attempt(new Joiner("192.0.2.10", "student"));
        assertThat(triesKept("192.0.2.10")).isEqualTo(1);
    }

    @Test
    void anIpv6NetworkCountsOncePerSlash64() {
        for (int host = 1; host <= 10; host++) {
            limiter.attempt(new Joiner("2001:db8:1:2::" + Integer.toHexString(host), "browser " + host));
        }
        assertWaits(() -> limiter.attempt(new Joiner("2001:db8:1:2:ffff:ffff:ffff:fffe", "another")), "join.refused.wait", 5);
        limiter.attempt(new Joiner("2001:db8:1:3::1", "next network"));
    }

    @Test
    void theWaitIsInWholeMinutesFromTheOldestTryAndLiftsAfterTheWindow() {
        wrong(limiter, new Joiner("192.0.2.11", "typist"), 1);
        clock.advance(Duration.ofMinutes(1));
        wrong(limiter, new Joiner("192.0.2.11", "typist"), 2);
        clock.advance(Duration.ofMinutes(3).plusSeconds(30));
        assertWaits(() -> limiter.attempt(new Joiner("192.0.2.11", "typist")), "join.refused.wait-browser", 1);
        clock.advance(Duration.ofSeconds(31));
        limiter.attempt(new Joiner("192.0.2.11", "typist"));
        assertWaits(() -> limiter.attempt(new Joiner("192.0.2.11", "typist")), "join.refused.wait-browser", 1);
        clock.advance(Duration.ofMinutes(1));
        limiter.attempt(new Joiner("192.0.2.11", "typist"));
        limiter.attempt(new Joiner("192.0.2.11", "typist"));
        assertWaits(() -> limiter.attempt(new Joiner("192.0.2.11", "typist")), "join.refused.wait-browser", 4);
    }

    @Test
    void aBrowsersWrongCodesOnOneNodeCountOnTheOther() {
        JoinLimiter first = limiter;
        JoinLimiter second = node();
        Joiner typist = new Joiner("192.0.2.13", "typist");
        wrong(first, typist, 2);
        wrong(second, typist, 1);
        assertWaits(() -> first.attempt(typist), "join.refused.wait-browser", 5);
        assertWaits(() -> second.attempt(typist), "join.refused.wait-browser", 5);
        // A code that exists, given back on the node that looked it up, frees a try on both.
        JoinLimiter.Attempt right = second.attempt(new Joiner("192.0.2.13", "classmate"));
        second.codeExists(right);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        JoinLimiter.Attempt afterTheWindow = first.attempt(typist);
        first.codeExists(afterTheWindow);
        wrong(second, typist, 3);
        assertWaits(() -> first.attempt(typist), "join.refused.wait-browser", 5);
        // The address counts on both nodes too: with the typist's three, ten wrong codes are allowed.
        wrong(first, new Joiner("192.0.2.13", "a third"), 3);
        wrong(second, new Joiner("192.0.2.13", "a fourth"), 3);
        wrong(first, new Joiner("192.0.2.13", "a fifth"), 1);
        assertWaits(() -> second.attempt(new Joiner("192.0.2.13", "a sixth")), "join.refused.wait", 5);
    }

    @Test
    void triesOlderThanTheWindowAreDeleted() {
        wrong(limiter, new Joiner("192.0.2.14", "early"), 2);
        clock.advance(Duration.ofMinutes(3));
        wrong(limiter, new Joiner("192.0.2.14", "late"), 1);
        clock.advance(Duration.ofMinutes(2));
        node().deleteOld();
        assertThat(triesKept("192.0.2.14")).as("the tries of exactly five minutes ago are out of the window").isEqualTo(1);
        clock.advance(Duration.ofMinutes(3));
        limiter.deleteOld();
        assertThat(triesKept("192.0.2.14")).isZero();
    }

    /**
     * Sixty tries at once from one address, half of them on each of two nodes, each looking its
     * code up for a moment once allowed: never more than the allowed number are looked up, even
     * when the tries of both nodes meet (the probe saw 22 where 19 were allowed, when the count came
     * after the look-up). Tries that see each other may all be refused; whatever got through is
     * exactly what is counted afterwards.
     */
    @Test
    void parallelTriesOnTwoNodesNeverLookUpMoreCodesThanAllowed() throws Exception {
        JoinLimiter[] nodes = {limiter, node()};
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger lookedUp = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(60);
        try {
            List<Future<?>> tries = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Joiner joiner = new Joiner("192.0.2.12", "browser " + (i % 30));
                JoinLimiter on = nodes[i % 2];
                tries.add(pool.submit(() -> {
                    start.await();
                    try {
                        on.attempt(joiner);
                        lookedUp.incrementAndGet();
                        Thread.sleep(20); // the look-up in the database
                    } catch (JoinRefused waits) {
                        assertThat(waits.key()).startsWith("join.refused.wait");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var attempt : tries) {
                attempt.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(lookedUp.get()).isLessThanOrEqualTo(10);
        assertThat(triesKept("192.0.2.12")).as("every refused try was taken back").isEqualTo(lookedUp.get());
        for (int more = lookedUp.get(); more < 10; more++) {
            nodes[more % 2].attempt(new Joiner("192.0.2.12", "afterwards " + more));
        }
        assertWaits(() -> nodes[0].attempt(new Joiner("192.0.2.12", "one too many")), "join.refused.wait", 5);
    }
}
