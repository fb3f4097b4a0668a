package org.cables.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.cables.content.QuestionId;
import org.cables.content.QuizId;
import org.cables.visitor.VisitorId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A quiz needs one pooled connection at a time: with a pool of one, outside any transaction (as a
 * page's request runs), every step of an attempt still works. A query run from inside another
 * query's row mapper takes a second connection while the first is held; under load every request
 * thread then holds one and waits for another, and the whole exhibit stops (found at 500 learners,
 * issue 22). Here it would wait a quarter of a second for the pool and fail.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:one-connection;DB_CLOSE_DELAY=-1",
        "spring.datasource.hikari.maximum-pool-size=1",
        "spring.datasource.hikari.connection-timeout=250",
        // Flyway migrates through a connection of its own (it takes two at once), not the pool under test.
        "spring.flyway.url=jdbc:h2:mem:one-connection;DB_CLOSE_DELAY=-1", "spring.flyway.user=sa"})
@Import({QuizAttempts.class, org.cables.statistics.StatisticsSlice.class, QuizAttemptsContract.Clocks.class})
class OneConnectionAtATimeTest {

    @Autowired
    QuizAttempts attempts;

    @Test
    void aWholeAttemptNeedsOneConnectionAtATime() {
        VisitorId visitor = new VisitorId(UUID.randomUUID().toString());
        QuizId quiz = new QuizId("road-to-war");
        String id = attempts.start(visitor, quiz, 7L, 2);
        attempts.answer(id, new QuestionId("a"), new QuizAnswer.TrueFalse(true), true);
        attempts.answer(id, new QuestionId("b"), new QuizAnswer.Order(List.of("p", "q")), false);
        assertThat(attempts.find(id, visitor).orElseThrow().answers()).containsOnlyKeys(new QuestionId("a"), new QuestionId("b"));
        attempts.finish(id);
        assertThat(attempts.results(visitor, quiz)).extracting(QuizAttempts.Result::score).containsExactly(1);
    }
}
