package org.cables.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.cables.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * kill -9 while a student writes, on the embedded H2 database (with the exhibit's own settings)
 * and on PostgreSQL: the database opens again and the draft holds every letter whose save was
 * acknowledged (what the page showed as "Saved at"). The page saves a second after the student
 * pauses ({@link WritingBox#SAVE_AFTER_MS}), so a crash loses at most that last second of typing.
 * {@code -Dcables.crash.writing-cycles} sets the number of kills per database (default 8).
 */
class WritingCrashIT {

    static final int CYCLES = Integer.getInteger("cables.crash.writing-cycles", 8);

    @Test
    void everyAcknowledgedLetterSurvivesKillMinus9OnH2() throws Exception {
        Path dir = Files.createTempDirectory("cables-writing-crash-h2");
        Properties app = new Properties();
        try (var in = WritingCrashIT.class.getResourceAsStream("/application.properties")) {
            app.load(in);
        }
        String url = app.getProperty("spring.datasource.url").replace("${exhibit.data-dir}", dir.toString());
        List<String> lost = run(url, "sa", "");
        assertThat(lost).as("acknowledged writing missing after kill -9 on H2").isEmpty();
    }

    @Test
    void everyAcknowledgedLetterSurvivesKillMinus9OnPostgres() throws Exception {
        PostgresTestDatabase.require();
        List<String> lost = run(PostgresTestDatabase.url(), PostgresTestDatabase.user(), PostgresTestDatabase.password());
        assertThat(lost).as("acknowledged writing missing after kill -9 on PostgreSQL").isEmpty();
    }

    List<String> run(String url, String user, String password) throws Exception {
        Random random = new Random(1951);
        List<String> lost = new ArrayList<>();
        int saves = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            String[] last = null;
            Process writer = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    WritingCrashWriter.class.getName(), url, user, password)
                    .redirectError(ProcessBuilder.Redirect.appendTo(Path.of("target", "writing-crash-writer.log").toFile()))
                    .start();
            int killAfter = 1 + random.nextInt(200);
            int acks = 0;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                boolean ready = false;
                while ((line = lines.readLine()) != null) {
                    if (line.equals("READY")) {
                        ready = true;
                    } else if (line.startsWith("ACK ")) {
                        last = line.substring(4).split(" ");
                        if (++acks >= killAfter) {
                            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
                            break;
                        }
                    }
                }
                assertThat(ready).as("cycle %d: the database opened", cycle).isTrue();
            }
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            saves += acks;
            if (last == null) {
                continue;
            }
            int length = Integer.parseInt(last[2]);
            try (Connection db = DriverManager.getConnection(url, user, password);
                 PreparedStatement find = db.prepareStatement("SELECT draft FROM class_writing WHERE student_id = ? AND task_id = ?")) {
                find.setString(1, last[0]);
                find.setString(2, last[1]);
                try (ResultSet rs = find.executeQuery()) {
                    String draft = rs.next() ? rs.getString(1) : "";
                    if (draft.length() < length || !draft.startsWith(WritingCrashWriter.typed(length))) {
                        lost.add("cycle " + cycle + ": acknowledged " + length + " letters, found " + draft.length());
                    }
                }
                if (url.startsWith("jdbc:h2:")) {
                    try (Statement s = db.createStatement()) {
                        s.execute("SHUTDOWN");
                    }
                }
            }
        }
        String line = "%s: %d kill -9 cycles while writing, %d saves acknowledged, %d lost%n".formatted(
                url.startsWith("jdbc:h2:") ? "H2" : "PostgreSQL", CYCLES, saves, lost.size());
        System.out.print(line);
        Path file = Path.of("target", "crash-safety.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, line, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        return lost;
    }
}
