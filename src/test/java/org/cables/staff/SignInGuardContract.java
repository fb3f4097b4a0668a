package org.cables.staff;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.SqlConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cables.statistics.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Guessing staff passwords: slowed down, then locked, per user name and per address; the right
 * password is not told apart; and the counts are the same on every node of one database
 * (decision 47), on every database the exhibit supports. Each guard stands for a node; they
 * commit as nodes do (no test transaction).
 */
@ExtendWith(OutputCaptureExtension.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Sql(statements = "DELETE FROM sign_in_count", executionPhase = Sql.ExecutionPhase.BEFORE_TEST_METHOD,
        config = @SqlConfig(transactionMode = SqlConfig.TransactionMode.ISOLATED))
abstract class SignInGuardContract {

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    SignInGuard guard;

    /** A node's guard, on the shared database. */
    SignInGuard node() {
        return new SignInGuard(jdbc, transactions, new StaffProperties(null, null, null, null), clock);
    }

    @BeforeEach
    void oneNode() {
        guard = node();
    }

    @Test
    void aGuesserSentToEachNodeInTurnGetsOneAllowance() {
        List<SignInGuard> nodes = List.of(node(), node());
        for (int i = 0; i < 3; i++) {
            assertThat(nodes.get(i % 2).admit("admin", "10.9.0.1")).as("try %d", i + 1).isEmpty();
        }
        assertThat(nodes.get(1).admit("admin", "10.9.0.1")).hasValue(Duration.ofSeconds(2));
        assertThat(nodes.get(0).admit("admin", "10.9.0.1")).hasValue(Duration.ofSeconds(2));
        nodes.get(0).succeeded("admin", "10.9.0.1");
        assertThat(nodes.get(1).admit("admin", "10.9.0.1")).as("the right password on one node counts on the other").isEmpty();
    }

    @Test
    void countsThatNoLongerCountAreForgotten() {
        guard.admit("admin", "10.8.0.1");
        clock.advance(Duration.ofMinutes(16));
        guard.forgetOld();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_count").query(Integer.class).single()).isZero();
    }

    @Test
    void threeWrongPasswordsAtFullSpeedThenEachTryWaitsLongerThenTheNameIsLocked(CapturedOutput log) {
        for (int i = 0; i < 3; i++) {
            assertThat(guard.admit("admin", "10.0.0.1")).as("try %d", i + 1).isEmpty();
        }
        assertThat(guard.admit("admin", "10.0.0.2")).as("from another address too").hasValue(Duration.ofSeconds(2));
        List<Duration> pauses = new ArrayList<>();
        for (int i = 3; i < 10; i++) {
            Duration wait = guard.admit("admin", "10.0.0." + i).orElse(Duration.ZERO);
            pauses.add(wait);
            clock.advance(wait);
            assertThat(guard.admit("admin", "10.0.0." + i)).as("after the wait, try %d", i + 1).isEmpty();
        }
        assertThat(pauses).extracting(Duration::toSeconds).containsExactly(2L, 4L, 8L, 16L, 32L, 60L, 60L);
        assertThat(guard.admit("admin", "10.0.0.99")).as("ten wrong: locked").hasValue(Duration.ofMinutes(15));
        assertThat(log).contains("Staff sign-in locked for 15 min for user name 'admin'");
        assertThat(guard.admit("ADMIN ", "10.0.0.99")).as("however the name is typed").isPresent();
        assertThat(guard.admit("someone-else", "10.0.0.99")).as("other names are not locked").isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(guard.admit("admin", "10.0.0.99")).as("the lock runs out").isEmpty();
    }

    @Test
    void anUnknownNameIsCountedExactlyLikeAnAccount() {
        for (String name : List.of("admin", "no-such-person")) {
            List<Optional<Duration>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(guard.admit(name, "10.1.0." + i));
            }
            assertThat(answers).extracting(a -> a.map(Duration::toSeconds).orElse(0L)).containsExactly(0L, 0L, 0L, 2L, 2L);
        }
    }

    @Test
    void theRightPasswordTakesTheCountBack() {
        guard.admit("teacher", "10.2.0.1");
        guard.admit("teacher", "10.2.0.1");
        guard.admit("teacher", "10.2.0.1");
        guard.succeeded("teacher", "10.2.0.1");
        assertThat(guard.admit("teacher", "10.2.0.1")).isEmpty();
        assertThat(guard.admit("teacher", "10.2.0.1")).isEmpty();
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedThenLocked() {
        for (int i = 0; i < 9; i++) {
            assertThat(guard.admit("name-" + i, "10.3.0.1")).as("a school's typos: %d", i + 1).isEmpty();
        }
        assertThat(guard.admit("name-9", "10.3.0.1")).hasValue(Duration.ofSeconds(2));
        assertThat(guard.admit("name-9", "10.3.0.2")).as("another address is not slowed").isEmpty();
        for (int i = 9; i < 30; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(guard.admit("name-" + i, "10.3.0.1")).as("try %d", i + 1).isEmpty();
        }
        assertThat(guard.admit("name-30", "10.3.0.1")).as("thirty wrong: the address is locked").hasValue(Duration.ofMinutes(15));
    }

    @Test
    void triesSentAllAtOnceToTwoNodesAreCountedAsTheyAreLetThrough() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            SignInGuard other = node();
            List<Callable<Optional<Duration>>> tries = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                SignInGuard node = i % 2 == 0 ? guard : other;
                tries.add(() -> node.admit("admin", "10.4.0.1"));
            }
            int through = 0;
            for (Future<Optional<Duration>> answer : pool.invokeAll(tries)) {
                through += answer.get().isEmpty() ? 1 : 0;
            }
            assertThat(through).as("of 60 tries at once").isEqualTo(3);
        } finally {
            pool.shutdown();
        }
    }
}
