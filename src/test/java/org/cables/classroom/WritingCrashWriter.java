package org.cables.classroom;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.cables.content.ExhibitContent;
import org.cables.content.Tour;
import org.cables.content.TourId;
import org.cables.system.ExhibitProperties;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The exhibit's own writing code ({@link Assignments#saveDraft}, Flyway's migrations, a Hikari
 * pool as the application uses) in a process of its own: a student of a fresh assignment types,
 * a few letters at a time, and the draft is saved after each; {@code ACK student task length} is
 * printed once a save has returned, that is, when the page would show "Saved at".
 * {@link WritingCrashIT} kills it with SIGKILL in the middle and checks that the stored draft
 * holds at least every acknowledged letter. Arguments: JDBC URL, user, password.
 */
public final class WritingCrashWriter {

    static final String TEXT = "Stalin writes to Mao because he wants China to share the risk of a war in Korea; ";

    private WritingCrashWriter() {
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
            // The content folder itself: a test class path can hold the bundled content twice (classes and the jar).
            java.nio.file.Path folder = java.nio.file.Path.of("content");
            ExhibitProperties exhibit = new ExhibitProperties(null, java.nio.file.Files.isDirectory(folder) ? folder : null, null, null);
            ExhibitContent content = new ExhibitContent(exhibit, clock);
            ClassroomProperties properties = new ClassroomProperties(null, null, null, null);
            ClassroomEvents events = new ClassroomEvents();
            Classrooms classrooms = new Classrooms(jdbc, clock, properties, content, events, new JoinLimiter(jdbc, clock, properties), new JoinCodes());
            Assignments assignments = new Assignments(jdbc, clock, classrooms, content, events);
            String teacher = "crash-" + UUID.randomUUID().toString().substring(0, 8);
            jdbc.sql("INSERT INTO staff_account (username, display_name, password_hash, role, created_at) VALUES (?, ?, 'x', 'TEACHER', ?)")
                    .params(teacher, teacher, Timestamp.from(clock.instant())).update();
            Instant now = clock.instant();
            ClassSession session = classrooms.assign(teacher, new TourId("road-to-war"), "Crash", now, now.plus(Duration.ofDays(1)), Locale.ENGLISH);
            Tour.CitedCable cited = assignments.documents(session).stream().filter(c -> c.highlight() != null).findFirst().orElseThrow();
            WritingTask task = assignments.addTask(session, cited.cable(), cited.highlight(), "Why?", "Because.", Rubric.historicalThinking());
            Student student = classrooms.join(session.code().value(), "Ana", new Joiner("192.0.2.77", teacher)).student();
            PrintStream out = System.out;
            out.println("READY");
            out.flush();
            StringBuilder typed = new StringBuilder();
            while (typed.length() + 8 < Assignments.MAX_WRITING) {
                int from = typed.length() % TEXT.length();
                typed.append(TEXT, from, Math.min(TEXT.length(), from + 7));
                assignments.saveDraft(student, task.id(), typed.toString());
                out.println("ACK " + student.id() + " " + task.id() + " " + typed.length());
                out.flush();
            }
            out.println("DONE");
            out.flush();
        }
    }

    /** The first {@code length} letters the writer types. */
    static String typed(int length) {
        StringBuilder typed = new StringBuilder();
        while (typed.length() < length) {
            int from = typed.length() % TEXT.length();
            typed.append(TEXT, from, Math.min(TEXT.length(), from + 7));
        }
        return typed.substring(0, length);
    }
}
