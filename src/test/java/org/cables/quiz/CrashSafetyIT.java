package org.cables.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
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
 * kill -9 while quiz answers are being written, again and again, on the embedded H2 database
 * (with the exhibit's own settings, read from application.properties) and on PostgreSQL: the
 * database always opens again, and every answer the exhibit acknowledged is there.
 * {@code -Dcables.crash.cycles} sets the number of kills per database (default 50).
 */
class CrashSafetyIT {

    static final int CYCLES = Integer.getInteger("cables.crash.cycles", 50);

    record Outcome(int cycles, int acknowledged, List<String> lost) {
    }

    @Test
    void everyAcknowledgedAnswerSurvivesKillMinus9OnH2() throws Exception {
        Path dir = Files.createTempDirectory("cables-crash-h2");
        Properties app = new Properties();
        try (var in = CrashSafetyIT.class.getResourceAsStream("/application.properties")) {
            app.load(in);
        }
        // The exhibit's own H2 address, with its data folder here.
        String url = app.getProperty("spring.datasource.url").replace("${exhibit.data-dir}", dir.toString());
        Outcome outcome = run(url, "sa", "");
        report("H2 (" + url + ")", outcome);
        assertThat(outcome.lost()).as("acknowledged answers missing after kill -9 on H2").isEmpty();
    }

    @Test
    void everyAcknowledgedAnswerSurvivesKillMinus9OnPostgres() throws Exception {
        PostgresTestDatabase.require();
        Outcome outcome = run(PostgresTestDatabase.url(), PostgresTestDatabase.user(), PostgresTestDatabase.password());
        report("PostgreSQL", outcome);
        assertThat(outcome.lost()).as("acknowledged answers missing after kill -9 on PostgreSQL").isEmpty();
    }

    Outcome run(String url, String user, String password) throws Exception {
        Random random = new Random(1950);
        List<String> lost = new ArrayList<>();
        int acknowledged = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            List<String[]> acks = new ArrayList<>();
            Process writer = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName(), url, user, password)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int killAfter = 1 + random.nextInt(300);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                boolean ready = false;
                while ((line = lines.readLine()) != null) {
                    if (line.equals("READY")) {
                        ready = true;
                    } else if (line.startsWith("ACK ")) {
                        acks.add(line.substring(4).split(" "));
                        if (acks.size() >= killAfter) {
                            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
                            break;
                        }
                    }
                }
                assertThat(ready).as("cycle %d: the database opened", cycle).isTrue();
            }
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            acknowledged += acks.size();
            try (Connection db = DriverManager.getConnection(url, user, password);
                 PreparedStatement find = db.prepareStatement("SELECT COUNT(*) FROM quiz_answer WHERE attempt_id = ? AND question_id = ?")) {
                for (String[] ack : acks) {
                    find.setString(1, ack[0]);
                    find.setString(2, ack[1]);
                    try (ResultSet rs = find.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) != 1) {
                            lost.add("cycle " + cycle + ": " + ack[0] + " " + ack[1]);
                        }
                    }
                }
                if (url.startsWith("jdbc:h2:")) {
                    try (Statement s = db.createStatement()) {
                        s.execute("SHUTDOWN"); // let the next writer open the file
                    }
                }
            }
        }
        return new Outcome(CYCLES, acknowledged, lost);
    }

    static void report(String database, Outcome outcome) throws IOException {
        String line = "%s: %d kill -9 cycles, %d answers acknowledged, %d lost%n".formatted(database, outcome.cycles(),
                outcome.acknowledged(), outcome.lost().size());
        System.out.print(line);
        Path file = Path.of("target", "crash-safety.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, line, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
