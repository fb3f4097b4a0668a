package org.cables.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cables.statistics.MutableClock;
import org.cables.statistics.StatisticsSlice;
import org.cables.statistics.VisitStatistics;
import org.cables.statistics.VisitStatistics.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.SqlConfig;

/**
 * Scheduled jobs run once across exhibit nodes that share one database (decision 43), on every
 * database the exhibit supports. Two lock providers configured as the exhibit configures its own,
 * on the same database, stand for two nodes. Locks are taken outside the test's transaction, so
 * each test starts by deleting those left before it.
 */
@Import({ScheduledJobLocks.class, StatisticsSlice.class, ScheduledJobLockContract.Clocks.class})
@Sql(statements = "DELETE FROM shedlock", executionPhase = Sql.ExecutionPhase.BEFORE_TEST_METHOD,
        config = @SqlConfig(transactionMode = SqlConfig.TransactionMode.ISOLATED))
abstract class ScheduledJobLockContract {

    private static final String JOB = "lock-contract";

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-11-20T01:00:00Z"), ZoneId.of("Asia/Seoul"));
        }
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VisitStatistics statistics;

    @Autowired
    MutableClock clock;

    @Test
    void theLockTableIsMigrated() {
        List<String> columns = jdbc.sql("SELECT * FROM shedlock WHERE 1 = 0")
                .query((ResultSetExtractor<List<String>>) rs -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                    }
                    return names;
                });
        assertThat(columns).containsExactly("name", "lock_until", "locked_at", "locked_by");
    }

    @Test
    void whileOneNodeRunsAJobAnotherSkipsIt() {
        LockingTaskExecutor nodeA = new DefaultLockingTaskExecutor(node());
        LockingTaskExecutor nodeB = new DefaultLockingTaskExecutor(node());
        LockConfiguration job = lock(JOB, Duration.ZERO);
        AtomicInteger runs = new AtomicInteger();

        run(nodeA, job, () -> {
            runs.incrementAndGet();
            onAnotherThread(() -> run(nodeB, job, runs::incrementAndGet));
        });
        assertThat(runs).as("node B's try while node A ran the job").hasValue(1);

        run(nodeB, job, runs::incrementAndGet);
        assertThat(runs).as("node B's try once node A was done").hasValue(2);
    }

    @Test
    void aJobThatJustRanIsNotRunAgainElsewhereWithinItsMinute() {
        LockConfiguration job = lock(JOB, Duration.ofMinutes(1));
        AtomicInteger runs = new AtomicInteger();

        run(new DefaultLockingTaskExecutor(node()), job, runs::incrementAndGet);
        run(new DefaultLockingTaskExecutor(node()), job, runs::incrementAndGet);

        assertThat(runs).hasValue(1);
    }

    @Test
    void aRetentionJobSkipsItsRunWhileAnotherNodeHoldsItsLock() throws Exception {
        clock.set(Instant.parse("2024-11-19T01:00:00Z"));
        statistics.record(Kind.TOUR_STARTED, JOB, null, false);
        clock.set(Instant.parse("2026-11-20T01:00:00Z")); // more than two years on: the count is due to go
        String itsLock = VisitStatistics.class.getMethod("deleteExpired").getAnnotation(SchedulerLock.class).name();

        SimpleLock otherNodeRunsIt = node().lock(lock(itsLock, Duration.ZERO)).orElseThrow();
        statistics.deleteExpired();
        assertThat(countsOf(JOB)).as("while the other node runs the job").isEqualTo(1);

        otherNodeRunsIt.unlock();
        statistics.deleteExpired();
        assertThat(countsOf(JOB)).as("once the other node is done").isZero();
    }

    /** A node's lock provider, made as the exhibit makes its own. */
    private LockProvider node() {
        return new ScheduledJobLocks().lockProvider(dataSource);
    }

    /** Runs the job on the node if the node gets its lock. */
    private static void run(LockingTaskExecutor node, LockConfiguration lock, Runnable job) {
        node.executeWithLock(job, lock);
    }

    private static LockConfiguration lock(String name, Duration atLeastFor) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(30), atLeastFor);
    }

    /** Another node's try runs on a thread of its own, as it would in another process. */
    private static void onAnotherThread(Runnable attempt) {
        CompletableFuture.runAsync(attempt).orTimeout(30, TimeUnit.SECONDS).join();
    }

    private int countsOf(String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM visit_event WHERE subject = ?").param(subject).query(Integer.class).single();
    }
}
