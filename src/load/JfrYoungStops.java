import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a young collection's length follows, from a Java Flight Recorder recording (the default
 * settings hold the events used): for each young collection in the stretch, its length, what it
 * found alive for the first time (the objects of age 1 after it, {@code jdk.TenuringDistribution})
 * and what it promoted (the heap after it, less its age-1 objects, against the same for the
 * collection before). A least-squares fit then gives the milliseconds per MB of each; and the
 * collector's processor time against its wall time ({@code jdk.GCCPUTime}), to tell work from waiting.
 *
 * <pre>
 * java src/load/JfrYoungStops.java /tmp/alloc.jfr $(( $(cut -d' ' -f1 target/load/NAME/measured-from.txt) + 60000 )) 180
 * </pre>
 *
 * A collection right after a full one, or with the tenuring threshold above 1, is not counted.
 */
public class JfrYoungStops {

    /** Per collection: length (ms), age-1 objects (MB), heap after (MB). */
    private static final class Collection {
        double ms;
        double firstTimeAlive;
        double heapAfter;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java src/load/JfrYoungStops.java RECORDING.jfr FROM_EPOCH_MS SECONDS");
            System.exit(2);
        }
        Instant from = Instant.ofEpochMilli(Long.parseLong(args[1]));
        Instant to = from.plusSeconds(Long.parseLong(args[2]));
        Map<Long, Collection> collections = new TreeMap<>();
        double cpuMs = 0;
        double wallMs = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                    continue;
                }
                switch (event.getEventType().getName()) {
                    case "jdk.YoungGarbageCollection" ->
                            of(collections, event).ms = event.getDuration().toNanos() / 1e6;
                    case "jdk.TenuringDistribution" -> {
                        if (event.getLong("age") == 1) {
                            of(collections, event).firstTimeAlive = event.getLong("size") / 1e6;
                        }
                    }
                    case "jdk.GCCPUTime" -> {
                        cpuMs += (event.getDuration("userTime").toNanos() + event.getDuration("systemTime").toNanos()) / 1e6;
                        wallMs += event.getDuration("realTime").toNanos() / 1e6;
                    }
                    case "jdk.GCHeapSummary" -> {
                        if (event.getString("when").equals("After GC")) {
                            of(collections, event).heapAfter = event.getLong("heapUsed") / 1e6;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        List<double[]> rows = new ArrayList<>(); // ms, first time alive, promoted
        Collection previous = null;
        for (Collection c : collections.values()) {
            if (c.ms == 0) { // a full collection
                previous = null;
                continue;
            }
            if (previous != null) {
                rows.add(new double[] {c.ms, c.firstTimeAlive,
                        (c.heapAfter - c.firstTimeAlive) - (previous.heapAfter - previous.firstTimeAlive)});
            }
            previous = c;
        }
        double[][] a = new double[3][3];
        double[] b = new double[3];
        for (double[] row : rows) {
            double[] x = {1, row[1], row[2]};
            for (int i = 0; i < 3; i++) {
                b[i] += x[i] * row[0];
                for (int j = 0; j < 3; j++) {
                    a[i][j] += x[i] * x[j];
                }
            }
        }
        double[] fit = solve(a, b);
        System.out.printf("%d young collections: mean %.1f ms, found alive for the first time %.2f MB, promoted %.2f MB%n",
                rows.size(), mean(rows, 0), mean(rows, 1), mean(rows, 2));
        System.out.printf("the collector's processor time (user and system) %.1f s for %.1f s of wall time, all collections%n",
                cpuMs / 1000, wallMs / 1000);
        System.out.printf("length = %.1f ms + %.2f ms per MB found alive for the first time + %.2f ms per MB promoted%n",
                fit[0], fit[1], fit[2]);
    }

    private static Collection of(Map<Long, Collection> collections, RecordedEvent event) {
        return collections.computeIfAbsent(event.getLong("gcId"), id -> new Collection());
    }

    private static double mean(List<double[]> rows, int column) {
        return rows.stream().mapToDouble(r -> r[column]).average().orElse(0);
    }

    /** Gaussian elimination; the normal equations here are small and well conditioned. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int p = 0; p < n; p++) {
            for (int r = p + 1; r < n; r++) {
                double f = a[r][p] / a[p][p];
                b[r] -= f * b[p];
                for (int k = p; k < n; k++) {
                    a[r][k] -= f * a[p][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= a[i][k] * x[k];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }
}
