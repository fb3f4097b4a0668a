package org.cables.quiz;

import java.io.PrintStream;
import java.time.Clock;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.cables.content.QuestionId;
import org.cables.content.QuizId;
import org.cables.statistics.VisitStatistics;
import org.cables.system.ExhibitProperties;
import org.cables.system.RetentionProperties;
import org.cables.visitor.KioskMode;
import org.cables.visitor.VisitorId;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The exhibit's own answer-writing code ({@link QuizAttempts}, Flyway's migrations, a Hikari
 * pool as the application uses) in a process of its own, writing quiz answers as fast as it can
 * and printing {@code ACK attempt question} after each answer is acknowledged, that is, after
 * the call that the quiz page waits for before it shows the feedback has returned.
 * {@link CrashSafetyIT} kills it with SIGKILL in the middle and checks that every acknowledged
 * answer is in the database. Arguments: JDBC URL, user, password.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setUsername(args[1]);
        config.setPassword(args.length > 2 ? args[2] : "");
        config.setMaximumPoolSize(2);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            Clock clock = Clock.systemUTC();
            RetentionProperties retention = new RetentionProperties(null, null, null, null);
            VisitStatistics statistics = new VisitStatistics(jdbc, clock, new KioskMode(new ExhibitProperties(null, null, null, null)),
                    retention, new JdbcTransactionManager(dataSource));
            QuizAttempts attempts = new QuizAttempts(jdbc, clock, statistics, retention);
            PrintStream out = System.out;
            out.println("READY");
            out.flush();
            VisitorId visitor = new VisitorId(UUID.randomUUID().toString());
            while (true) {
                String attempt = attempts.start(visitor, new QuizId("road-to-war"), 1L, 15);
                for (int q = 1; q <= 15; q++) {
                    attempts.answer(attempt, new QuestionId("q" + q), new QuizAnswer.Choice("c" + q), q % 2 == 0);
                    out.println("ACK " + attempt + " q" + q);
                    out.flush();
                }
                attempts.finish(attempt);
            }
        }
    }
}
