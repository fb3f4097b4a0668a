import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a stretch of a Java Flight Recorder recording allocated, and where: every new thread-local
 * allocation buffer ({@code jdk.ObjectAllocationInNewTLAB}, weighed by the buffer's size) and every
 * allocation outside one ({@code jdk.ObjectAllocationOutsideTLAB}, by its size). Unlike
 * {@code jdk.ObjectAllocationSample} these events add up to all the heap allocated, so the total
 * (and the rate) is the JVM's own; which stack a buffer is charged to is a sample, so only shares
 * of a percent or more mean much. Both events are off by default; record with
 *
 * <pre>
 * -XX:StartFlightRecording:filename=/tmp/alloc.jfr,settings=profile,maxsize=3g,jdk.ObjectAllocationInNewTLAB#enabled=true,jdk.ObjectAllocationOutsideTLAB#enabled=true
 * </pre>
 *
 * and read the measured minutes of a load run ({@code src/load/run-load.sh}; the full load starts a
 * minute after the time in the run's {@code measured-from.txt}):
 *
 * <pre>
 * java src/load/JfrAllocation.java /tmp/alloc.jfr $(( $(cut -d' ' -f1 target/load/NAME/measured-from.txt) + 60000 )) 180 \
 *   UidlWriter.createUidl StateTree.collectChanges KeptAnswer.deflate StaticFileServer.serveStaticResource
 * </pre>
 *
 * Prints the total, the share passing through each frame named (the end of "Class.method"), and
 * the leading owners: the first frame of the exhibit's own code ({@code org.cables}) above the
 * allocation, or else the first outside the JDK (marked ~).
 */
public class JfrAllocation {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java src/load/JfrAllocation.java RECORDING.jfr FROM_EPOCH_MS SECONDS [FRAME ...]");
            System.exit(2);
        }
        Instant from = Instant.ofEpochMilli(Long.parseLong(args[1]));
        Instant to = from.plusSeconds(Long.parseLong(args[2]));
        List<String> names = List.of(args).subList(3, args.length);
        Map<String, Long> through = new HashMap<>();
        Map<String, Long> owners = new HashMap<>();
        long total = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                long bytes = switch (event.getEventType().getName()) {
                    case "jdk.ObjectAllocationInNewTLAB" -> event.getLong("tlabSize");
                    case "jdk.ObjectAllocationOutsideTLAB" -> event.getLong("allocationSize");
                    default -> -1;
                };
                if (bytes < 0 || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                    continue;
                }
                total += bytes;
                if (event.getStackTrace() == null) {
                    owners.merge("(no stack)", bytes, Long::sum);
                    continue;
                }
                Set<String> counted = new HashSet<>();
                String own = null;
                String outsideJdk = null;
                for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                    String type = frame.getMethod().getType().getName();
                    String name = type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
                    if (own == null && type.startsWith("org.cables.")) {
                        own = name;
                    }
                    if (outsideJdk == null && !type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                        outsideJdk = "~" + name;
                    }
                    for (String wanted : names) {
                        if (name.endsWith(wanted) && counted.add(wanted)) {
                            through.merge(wanted, bytes, Long::sum);
                        }
                    }
                }
                owners.merge(own != null ? own : outsideJdk != null ? outsideJdk : "(the JDK only)", bytes, Long::sum);
            }
        }
        long all = total;
        System.out.printf("allocated from %s for %s s: %,.1f MB (%,.1f MB/s)%n", from, args[2], all / 1e6,
                all / 1e6 / Long.parseLong(args[2]));
        for (String wanted : names) {
            long part = through.getOrDefault(wanted, 0L);
            System.out.printf("  %5.1f%%  %,9.1f MB  through %s%n", share(part, all), part / 1e6, wanted);
        }
        System.out.println("owners (the first frame of the exhibit's code above the allocation, else ~ the first outside the JDK):");
        owners.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .forEach(owner -> System.out.printf("  %5.1f%%  %,9.1f MB  %s%n", share(owner.getValue(), all),
                        owner.getValue() / 1e6, owner.getKey()));
    }

    private static double share(long part, long all) {
        return all == 0 ? 0 : 100.0 * part / all;
    }
}
