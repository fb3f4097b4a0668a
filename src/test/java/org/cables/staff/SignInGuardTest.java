package org.cables.staff;

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

/** Guessing staff passwords: slowed down, then locked, per user name and per address; the right password is not told apart. */
@ExtendWith(OutputCaptureExtension.class)
class SignInGuardTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
    final SignInGuard guard = new SignInGuard(new StaffProperties(null, null, null, null), clock);

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
    void triesSentAllAtOnceAreCountedAsTheyAreLetThrough() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<Duration>>> tries = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                tries.add(() -> guard.admit("admin", "10.4.0.1"));
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
