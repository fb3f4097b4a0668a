package org.cables.quiz;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cables.content.QuestionId;
import org.cables.content.QuizId;
import org.cables.statistics.VisitStatistics;
import org.cables.system.RetentionProperties;
import org.cables.visitor.VisitorForgotten;
import org.cables.visitor.VisitorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiz attempts and their answers. Each answer is written (and committed) on its own the
 * moment it is given, before the visitor is shown the feedback: a crash never loses an
 * answer the exhibit acknowledged. An attempt is kept for {@code exhibit.retention.quiz-attempts}
 * after it was started.
 */
@Service
class QuizAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(QuizAttempts.class);

    /** An attempt as stored: its questions' order comes back from the seed. */
    record Attempt(String id, QuizId quiz, long seed, Instant startedAt, Instant finishedAt, int score, int maxScore,
                   Map<QuestionId, Answered> answers) {

        Attempt withAnswers(Map<QuestionId, Answered> read) {
            return new Attempt(id, quiz, seed, startedAt, finishedAt, score, maxScore, read);
        }
    }

    record Answered(QuizAnswer answer, boolean correct, Instant at) {
    }

    /** A finished attempt's result. */
    record Result(String attemptId, int score, int maxScore, Instant finishedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final VisitStatistics statistics;
    private final RetentionProperties retention;

    QuizAttempts(JdbcClient jdbc, Clock clock, VisitStatistics statistics, RetentionProperties retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.statistics = statistics;
        this.retention = retention;
    }

    String start(VisitorId visitor, QuizId quiz, long seed, int maxScore) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO quiz_attempt (id, visitor_id, quiz_id, seed, started_at, score, max_score) VALUES (?, ?, ?, ?, ?, 0, ?)")
                .params(id, visitor.value(), quiz.value(), seed, Timestamp.from(clock.instant()), maxScore)
                .update();
        return id;
    }

    /** Stores an answer; the first answer to a question counts, a repeat is ignored. */
    boolean answer(String attemptId, QuestionId questionId, QuizAnswer answer, boolean correct) {
        boolean already = jdbc.sql("SELECT COUNT(*) FROM quiz_answer WHERE attempt_id = ? AND question_id = ?")
                .params(attemptId, questionId.value()).query(Integer.class).single() > 0;
        if (already) {
            return false;
        }
        jdbc.sql("INSERT INTO quiz_answer (attempt_id, question_id, answer, correct, answered_at) VALUES (?, ?, ?, ?, ?)")
                .params(attemptId, questionId.value(), answer.encode(), correct, Timestamp.from(clock.instant()))
                .update();
        return true;
    }

    void finish(String attemptId) {
        int score = jdbc.sql("SELECT COUNT(*) FROM quiz_answer WHERE attempt_id = ? AND correct = TRUE")
                .param(attemptId).query(Integer.class).single();
        int finished = jdbc.sql("UPDATE quiz_attempt SET finished_at = ?, score = ? WHERE id = ? AND finished_at IS NULL")
                .params(Timestamp.from(clock.instant()), score, attemptId)
                .update();
        if (finished == 1) {
            String quiz = jdbc.sql("SELECT quiz_id FROM quiz_attempt WHERE id = ?").param(attemptId).query(String.class).single();
            statistics.record(VisitStatistics.Kind.QUIZ_COMPLETED, quiz);
        }
    }

    /** A kiosk's visitor has gone: their attempts go with them (the anonymous count stays). */
    @EventListener
    public void forget(VisitorForgotten forgotten) {
        jdbc.sql("DELETE FROM quiz_answer WHERE attempt_id IN (SELECT id FROM quiz_attempt WHERE visitor_id = ?)")
                .param(forgotten.visitor().value()).update();
        jdbc.sql("DELETE FROM quiz_attempt WHERE visitor_id = ?").param(forgotten.visitor().value()).update();
    }

    /** The retention job: attempts started more than {@code exhibit.retention.quiz-attempts} ago are deleted with their answers. Hourly. */
    @Scheduled(fixedDelayString = "${exhibit.retention.check:PT1H}", initialDelayString = "PT1M")
    @SchedulerLock(name = "quiz-attempt-retention", lockAtLeastFor = "PT1M")
    @Transactional
    public void deleteExpired() {
        Timestamp before = Timestamp.from(clock.instant().minus(retention.quizAttempts()));
        jdbc.sql("DELETE FROM quiz_answer WHERE attempt_id IN (SELECT id FROM quiz_attempt WHERE started_at < ?)").param(before).update();
        int deleted = jdbc.sql("DELETE FROM quiz_attempt WHERE started_at < ?").param(before).update();
        if (deleted > 0) {
            LOG.info("Deleted {} anonymous quiz attempt(s) started more than {} days ago, with their answers.",
                    deleted, retention.quizAttempts().toDays());
        }
    }

    /**
     * The attempt with its answers, in two queries one after the other: the answers are not read
     * from inside the attempt's row mapper, where the attempt's query still holds its connection
     * and a second one would be taken from the pool (outside a transaction). Under load that
     * nesting let every request thread hold one connection and wait for another: the pool ran dry
     * and the exhibit stood still (issue 22; {@code OneConnectionAtATimeTest}).
     */
    Optional<Attempt> find(String attemptId, VisitorId visitor) {
        return jdbc.sql("SELECT id, quiz_id, seed, started_at, finished_at, score, max_score FROM quiz_attempt WHERE id = ? AND visitor_id = ?")
                .params(attemptId, visitor.value())
                .query((rs, n) -> new Attempt(rs.getString("id"), new QuizId(rs.getString("quiz_id")), rs.getLong("seed"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        rs.getInt("score"), rs.getInt("max_score"), Map.of()))
                .optional()
                .map(found -> found.withAnswers(answers(found.id())));
    }

    private Map<QuestionId, Answered> answers(String attemptId) {
        Map<QuestionId, Answered> answers = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, answer, correct, answered_at FROM quiz_answer WHERE attempt_id = ? ORDER BY answered_at")
                .param(attemptId)
                .query((rs, n) -> answers.put(new QuestionId(rs.getString("question_id")), new Answered(QuizAnswer.decode(rs.getString("answer")),
                        rs.getBoolean("correct"), rs.getTimestamp("answered_at").toInstant())))
                .list();
        return answers;
    }

    /** The visitor's finished attempts at a quiz, newest first. */
    List<Result> results(VisitorId visitor, QuizId quiz) {
        return jdbc.sql("SELECT id, score, max_score, finished_at FROM quiz_attempt WHERE visitor_id = ? AND quiz_id = ? "
                        + "AND finished_at IS NOT NULL ORDER BY finished_at DESC")
                .params(visitor.value(), quiz.value())
                .query((rs, n) -> new Result(rs.getString("id"), rs.getInt("score"), rs.getInt("max_score"),
                        rs.getTimestamp("finished_at").toInstant()))
                .list();
    }
}
