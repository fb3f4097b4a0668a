package org.cables.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code src/load/pauses.py} sets a load run's requests (Tomcat's access log) against the JVM's
 * stops ({@code -Xlog:safepoint} with wall-clock times): which requests were being served while
 * the JVM stopped, and the server's percentiles with and without them (issue 22). Here a made-up
 * run: 100 requests of 2 ms each, one in every ten of them served across a 30 ms collection.
 */
class PausesScriptTest {

    private static final long START = 1_796_500_000_000L;
    private static final DateTimeFormatter JVM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    @TempDir
    Path run;

    @Test
    void theRequestsServedWhileTheJvmStoppedAreCountedAndLeftOutOfTheSecondPercentiles() throws Exception {
        List<String> access = new ArrayList<>();
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long begin = START + i * 100L;
            boolean stopped = i % 10 == 0;
            access.add(begin + " POST /?v-r=uidl&v-uiId=0 200 512 " + (stopped ? 32_000 : 2_000));
            if (stopped) {
                stops.add(stop(begin + 31, 30));
            }
        }
        access.add(START + " GET /actuator/health 200 20 300");
        access.add((START + 20 * 60_000) + " POST /?v-r=uidl&v-uiId=0 200 512 900000");  // the floor, minutes later
        stops.add(stop(START + 20 * 60_000 + 500, 900));
        Files.write(run.resolve("access.log"), access);
        Files.write(run.resolve("safepoint.log"), stops);
        Files.writeString(run.resolve("measured-from.txt"), START + " 0\n");

        String report = pauses(run);

        assertThat(report).contains("100 UIDL requests");
        assertThat(report).containsPattern("SerialCollectForAllocation\\s+10,\\s+0\\.30 s in all");
        assertThat(report).contains("served while the JVM stopped: 10 (10.0%)");
        assertThat(report).contains("p50 / p95 / p99 2.0 / 32.0 / 32.0 ms, without them 2.0 / 2.0 / 2.0 ms");
        assertThat(report).contains("of the slowest 5% (server time >= 32.0 ms), served while the JVM stopped: 100%");
    }

    @Test
    void aRunWithoutTheStopsLogPrintsNothing() throws Exception {
        Files.write(run.resolve("access.log"), List.of(START + " POST /?v-r=uidl 200 512 2000"));
        assertThat(pauses(run)).isEmpty();
    }

    /** A line of {@code -Xlog:safepoint:...:time,uptimemillis,tags} for a collection ending at {@code endMs}. */
    private static String stop(long endMs, long millis) {
        return "[" + JVM_TIME.format(Instant.ofEpochMilli(endMs)) + "][1000ms][safepoint] Safepoint \"SerialCollectForAllocation\", "
                + "Time since last: 1000 ns, Reaching safepoint: 1000 ns, At safepoint: " + millis * 1_000_000 + " ns, "
                + "Leaving safepoint: 1000 ns, Total: " + millis * 1_000_000 + " ns, Threads: 1 runnable, 40 total";
    }

    private static String pauses(Path folder) throws IOException, InterruptedException {
        assumeTrue(new File("/usr/bin/python3").canExecute() || new File("/bin/python3").canExecute(), "Python 3");
        Process script = new ProcessBuilder("python3", "src/load/pauses.py", folder.toString()).redirectErrorStream(true).start();
        assertThat(script.waitFor(60, TimeUnit.SECONDS)).as("the script finished").isTrue();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.exitValue()).as("exit status, output: %s", output).isZero();
        return output;
    }
}
