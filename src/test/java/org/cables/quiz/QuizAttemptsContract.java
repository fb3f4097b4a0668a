package org.cables.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.cables.content.QuestionId;
import org.cables.content.QuizId;
import org.cables.statistics.MutableClock;
import org.cables.visitor.VisitorId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Quiz attempts on every supported database (Flyway V0003). */
abstract class QuizAttemptsContract {

    /** The exhibit's clock, moved by the retention test. */
    @org.springframework.boot.test.context.TestConfiguration
    static class Clocks {
        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        MutableClock mutableClock() {
            return new MutableClock(java.time.Instant.parse("2026-06-01T10:00:00Z"), java.time.ZoneOffset.UTC);
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    QuizAttempts attempts;

    final VisitorId visitor = new VisitorId(UUID.randomUUID().toString());
    final QuizId quiz = new QuizId("road-to-war");

    @Test
    void answersAreKeptOneByOneAndTheFirstAnswerCounts() {
        String id = attempts.start(visitor, quiz, 42L, 3);
        assertThat(attempts.answer(id, new QuestionId("a"), new QuizAnswer.Choice("x"), true)).isTrue();
        assertThat(attempts.answer(id, new QuestionId("a"), new QuizAnswer.Choice("y"), false)).as("a second answer is ignored").isFalse();
        attempts.answer(id, new QuestionId("b"), new QuizAnswer.Order(List.of("p", "q", "r")), false);
        var found = attempts.find(id, visitor).orElseThrow();
        assertThat(found.seed()).isEqualTo(42L);
        assertThat(found.answers()).containsOnlyKeys(new QuestionId("a"), new QuestionId("b"));
        assertThat(found.answers().get(new QuestionId("a")).answer()).isEqualTo(new QuizAnswer.Choice("x"));
        assertThat(found.answers().get(new QuestionId("b")).answer()).isEqualTo(new QuizAnswer.Order(List.of("p", "q", "r")));
        assertThat(found.finishedAt()).isNull();
    }

    @Test
    void finishedAttemptsGiveTheLatestAndBestResults() {
        String first = attempts.start(visitor, quiz, 1L, 2);
        attempts.answer(first, new QuestionId("a"), new QuizAnswer.TrueFalse(true), true);
        attempts.answer(first, new QuestionId("b"), new QuizAnswer.TrueFalse(true), true);
        attempts.finish(first);
        String second = attempts.start(visitor, quiz, 2L, 2);
        attempts.answer(second, new QuestionId("a"), new QuizAnswer.TrueFalse(false), false);
        attempts.finish(second);
        attempts.start(visitor, quiz, 3L, 2); // unfinished: not a result

        var results = attempts.results(visitor, quiz);
        assertThat(results).extracting(QuizAttempts.Result::score).containsExactlyInAnyOrder(2, 0);
    }

    @Test
    void anotherVisitorCannotOpenSomeoneElsesAttempt() {
        String id = attempts.start(visitor, quiz, 1L, 1);
        assertThat(attempts.find(id, new VisitorId(UUID.randomUUID().toString()))).isEmpty();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aFinishedQuizIsCountedOnceAndAnonymously() {
        int before = completions();
        String id = attempts.start(visitor, quiz, 1L, 1);
        attempts.answer(id, new QuestionId("a"), new QuizAnswer.TrueFalse(true), true);
        attempts.finish(id);
        attempts.finish(id); // a second press of "see results" finishes nothing
        assertThat(completions()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT subject FROM visit_event WHERE kind = 'QUIZ_COMPLETED' ORDER BY id DESC")
                .query(String.class).list().getFirst()).isEqualTo("road-to-war");
    }

    @Test
    void aForgottenVisitorsAttemptsAreDeletedAndNoOneElses() {
        String mine = attempts.start(visitor, quiz, 1L, 1);
        attempts.answer(mine, new QuestionId("a"), new QuizAnswer.TrueFalse(true), true);
        VisitorId other = new VisitorId(UUID.randomUUID().toString());
        String theirs = attempts.start(other, quiz, 2L, 1);
        attempts.answer(theirs, new QuestionId("a"), new QuizAnswer.TrueFalse(false), false);

        attempts.forget(new org.cables.visitor.VisitorForgotten(visitor));

        assertThat(attempts.find(mine, visitor)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quiz_answer WHERE attempt_id = ?").param(mine).query(Integer.class).single()).isZero();
        assertThat(attempts.find(theirs, other)).isPresent();
    }

    @Test
    void attemptsAreDeletedWithTheirAnswersHalfAYearAfterTheyStarted() {
        String old = attempts.start(visitor, quiz, 1L, 1);
        attempts.answer(old, new org.cables.content.QuestionId("a"), new QuizAnswer.TrueFalse(true), true);
        clock.advance(java.time.Duration.ofDays(179));
        String recent = attempts.start(visitor, quiz, 2L, 1);
        attempts.answer(recent, new org.cables.content.QuestionId("a"), new QuizAnswer.TrueFalse(true), true);
        clock.advance(java.time.Duration.ofDays(2));

        attempts.deleteExpired();

        assertThat(attempts.find(old, visitor)).as("started 181 days ago").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quiz_answer WHERE attempt_id = ?").param(old).query(Integer.class).single()).isZero();
        assertThat(attempts.find(recent, visitor)).as("started 2 days ago").isPresent();
    }

    private int completions() {
        return jdbc.sql("SELECT COUNT(*) FROM visit_event WHERE kind = 'QUIZ_COMPLETED'").query(Integer.class).single();
    }
}
