import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Shares of a Java Flight Recorder recording: how much of the processor samples
 * ({@code jdk.ExecutionSample}) or of the sampled allocation ({@code jdk.ObjectAllocationSample},
 * by weight) passes through each frame named, and the leading leaf frames outside the JDK.
 *
 * <pre>
 * java src/load/JfrShares.java prof.jfr jdk.ExecutionSample TourStopView.beforeEnter SessionLocal.commit
 * java src/load/JfrShares.java prof.jfr jdk.ObjectAllocationSample AbstractRouteRegistry.getRegisteredRoutes
 * </pre>
 *
 * A frame is named by the end of "package.Class.method" ({@code TourStopView.beforeEnter}); a
 * sample counts once for a name however often its stack passes through it. Allocation weights are
 * the JVM's estimates (the bytes a thread allocated since its last sample) and lean towards the
 * first allocation after a thread's buffer was retired, so only large shares mean much.
 */
public class JfrShares {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java src/load/JfrShares.java RECORDING.jfr EVENT [FRAME ...]");
            System.exit(2);
        }
        String event = args[1];
        List<String> names = List.of(args).subList(2, args.length);
        boolean weighted = event.equals("jdk.ObjectAllocationSample");
        Map<String, Long> through = new HashMap<>();
        Map<String, Long> leaves = new HashMap<>();
        long total = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent sample = recording.readEvent();
                if (!sample.getEventType().getName().equals(event) || sample.getStackTrace() == null) {
                    continue;
                }
                long weight = weighted ? sample.getLong("weight") : 1;
                total += weight;
                Set<String> counted = new HashSet<>();
                String leaf = null;
                for (RecordedFrame frame : sample.getStackTrace().getFrames()) {
                    String type = frame.getMethod().getType().getName();
                    String name = type + "." + frame.getMethod().getName();
                    if (leaf == null && !type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                        leaf = name;
                    }
                    for (String wanted : names) {
                        if (name.endsWith(wanted) && counted.add(wanted)) {
                            through.merge(wanted, weight, Long::sum);
                        }
                    }
                }
                leaves.merge(leaf == null ? "(the JDK only)" : leaf, weight, Long::sum);
            }
        }
        long all = total;
        System.out.printf("%s: %,d %s%n", event, total, weighted ? "bytes (estimated)" : "samples");
        for (String wanted : names) {
            System.out.printf("  %5.1f%%  through %s%n", share(through.getOrDefault(wanted, 0L), all), wanted);
        }
        System.out.println("leaf frames outside the JDK:");
        leaves.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(leaf -> System.out.printf("  %5.1f%%  %s%n", share(leaf.getValue(), all), leaf.getKey()));
    }

    private static double share(long part, long all) {
        return all == 0 ? 0 : 100.0 * part / all;
    }
}
