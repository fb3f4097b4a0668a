package org.cables.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.cables.i18n.ExhibitTranslations;
import org.cables.statistics.MutableClock;
import org.junit.jupiter.api.Test;

/** The counts behind "too many wrong codes", without a database: per browser, per address, per IPv6 /64. */
class JoinLimiterTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Asia/Seoul"));
    final JoinLimiter limiter = new JoinLimiter(clock, new ClassroomProperties(null, 10, Duration.ofMinutes(5), 3));

    void wrong(Joiner joiner, int times) {
        for (int i = 0; i < times; i++) {
            limiter.attempt(joiner);
        }
    }

    static void assertWaits(Runnable attempt, String key, long minutes) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(JoinRefused.class, refused -> {
            assertThat(refused.key()).isEqualTo(key);
            assertThat(refused.arguments()).containsExactly(minutes);
        });
    }

    @Test
    void aBrowserWaitsAfterItsOwnWrongCodesWhileItsNeighboursGoOn() {
        wrong(new Joiner("192.0.2.7", "typist"), 3);
        assertWaits(() -> limiter.attempt(new Joiner("192.0.2.7", "typist")), "join.refused.wait-browser", 5);
        limiter.attempt(new Joiner("192.0.2.7", "classmate"));
    }

    @Test
    void anAddressWaitsAfterItsWrongCodesFromAnyBrowser() {
        for (int browser = 0; browser < 5; browser++) {
            wrong(new Joiner("192.0.2.8", "browser " + browser), 2);
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
    }

    @Test
    void anIpv6NetworkCountsOncePerSlash64() {
        for (int host = 1; host <= 10; host++) {
            limiter.attempt(new Joiner("2001:db8:1:2::" + Integer.toHexString(host), "browser " + host));
        }
        assertWaits(() -> limiter.attempt(new Joiner("2001:db8:1:2:ffff:ffff:ffff:fffe", "another")), "join.refused.wait", 5);
        limiter.attempt(new Joiner("2001:db8:1:3::1", "next network"));
        assertThat(JoinLimiter.network("2001:DB8:1:2:aaaa::1%eth0")).isEqualTo(JoinLimiter.network("2001:db8:1:2::9"));
        assertThat(JoinLimiter.network("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(JoinLimiter.network("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void theWaitIsInWholeMinutesAndLiftsAfterTheWindow() {
        wrong(new Joiner("192.0.2.11", "typist"), 3);
        clock.advance(Duration.ofMinutes(4).plusSeconds(30));
        assertWaits(() -> limiter.attempt(new Joiner("192.0.2.11", "typist")), "join.refused.wait-browser", 1);
        clock.advance(Duration.ofSeconds(31));
        limiter.attempt(new Joiner("192.0.2.11", "typist"));
    }

    /**
     * Sixty tries at once from one address, as the probe made them, each looking its code up for a
     * moment once allowed: the count is taken with the check, so exactly the allowed number are
     * looked up (the probe saw 22 where 19 were allowed, when the count came after the look-up).
     */
    @Test
    void parallelTriesNeverLookUpMoreCodesThanAllowed() throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger lookedUp = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(60);
        try {
            java.util.List<java.util.concurrent.Future<?>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Joiner joiner = new Joiner("192.0.2.12", "browser " + (i % 30));
                tries.add(pool.submit(() -> {
                    start.await();
                    try {
                        limiter.attempt(joiner);
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
                attempt.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(lookedUp.get()).isEqualTo(10);
    }

    @Test
    void oneMinuteIsSingular() {
        ExhibitTranslations translations = new ExhibitTranslations();
        for (String key : new String[] {"join.refused.wait", "join.refused.wait-browser"}) {
            assertThat(translations.getTranslation(key, Locale.ENGLISH, 1L)).endsWith("Try again in 1 minute.");
            assertThat(translations.getTranslation(key, Locale.ENGLISH, 4L)).endsWith("Try again in 4 minutes.");
            assertThat(translations.getTranslation(key, Locale.KOREAN, 1L)).endsWith("1분 뒤에 다시 시도하세요.");
        }
    }
}
