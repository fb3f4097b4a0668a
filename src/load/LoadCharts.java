import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Charts of the load test (src/load/run-load.sh): for each number of learners, the server's heap
 * and live sessions over time; and UIDL latency percentiles per number of learners.
 * Run with the JDK's source launcher: java src/load/LoadCharts.java target/load docs/load
 */
public class LoadCharts {

    record Sample(int seconds, String phase, int sessions, int uis, double heapMb) {
    }

    record Latency(String name, int n, int ko, int p50, int p95, int p99) {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args.length > 0 ? args[0] : "target/load");
        Path out = Path.of(args.length > 1 ? args[1] : "docs/load");
        Files.createDirectories(out);
        Map<Integer, List<Latency>> latencies = new TreeMap<>();
        try (var dirs = Files.list(in)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                if (!Files.exists(dir.resolve("samples.csv")) || !Files.exists(dir.resolve("summary.txt"))) {
                    continue;
                }
                List<Sample> samples = new ArrayList<>();
                List<String> lines = Files.readAllLines(dir.resolve("samples.csv"));
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split(",");
                    samples.add(new Sample(Integer.parseInt(f[0]), f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4])));
                }
                String summary = Files.readString(dir.resolve("summary.txt"));
                int users = (int) figure(summary, "users=(\\d+)");
                String label = (name.startsWith("soak") ? "Soak, " : "") + users + " concurrent learners";
                Files.copy(dir.resolve("samples.csv"), out.resolve("samples-" + name + ".csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.copy(dir.resolve("summary.txt"), out.resolve("summary-" + name + ".txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                heapChart(label, samples, summary, out.resolve("heap-sessions-" + name + ".png"));
                Path perMinute = dir.resolve("latency-per-minute.csv");
                if (Files.exists(perMinute)) {
                    Files.copy(perMinute, out.resolve("latency-per-minute-" + name + ".csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    latencyOverTime(label, Files.readAllLines(perMinute), out.resolve("latency-over-time-" + name + ".png"));
                }
                if (name.matches("\\d+")) {
                    latencies.put(Integer.parseInt(name), latencies(summary));
                } else if (name.matches("soak-\\d+")) {
                    // A soak at a number of learners without a run of its own stands for that number.
                    latencies.putIfAbsent(users, latencies(summary));
                }
            }
        }
        latencyChart(latencies, out.resolve("latency.png"));
    }

    static List<Latency> latencies(String summary) {
        List<Latency> list = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(.+?)\\s+n=\\s*(\\d+) ko=\\s*(\\d+) p50=\\s*(\\d+) ms p95=\\s*(\\d+) ms p99=\\s*(\\d+) ms").matcher(summary);
        while (m.find()) {
            list.add(new Latency(m.group(1).strip(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))));
        }
        return list;
    }

    static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    static double figure(String summary, String regex) {
        Matcher m = Pattern.compile(regex).matcher(summary);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    static void heapChart(String label, List<Sample> samples, String summary, Path file) throws IOException {
        int w = 1200, h = 600, left = 90, right = 100, top = 60, bottom = 80;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        double maxX = Math.max(1, samples.getLast().seconds());
        double maxHeap = samples.stream().mapToDouble(Sample::heapMb).max().orElse(1) * 1.15;
        double maxSessions = Math.max(10, samples.stream().mapToInt(Sample::sessions).max().orElse(1) * 1.15);
        // The load phase, shaded.
        int loadStart = samples.stream().filter(s -> s.phase().equals("load")).mapToInt(Sample::seconds).min().orElse(0);
        int loadEnd = samples.stream().filter(s -> s.phase().equals("load")).mapToInt(Sample::seconds).max().orElse(0);
        g.setColor(new Color(0xF3EEE4));
        g.fillRect(x(loadStart, maxX, left, right, w), top, x(loadEnd, maxX, left, right, w) - x(loadStart, maxX, left, right, w), h - top - bottom);
        axes(g, new Color(0x8A2A22), "%.0f MB", maxHeap, "%.0f", maxSessions, left, right, top, bottom, w, h);
        g.setColor(Color.DARK_GRAY);
        int tick = maxX > 1800 ? 600 : 60;
        for (int s = 0; s <= maxX; s += tick) {
            g.drawString((s / 60) + " min", x(s, maxX, left, right, w) - 15, h - bottom + 22);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(label + ": server heap and live sessions (shaded: load running)", left, 35);
        line(g, samples, Sample::seconds, Sample::heapMb, maxHeap, maxX, new Color(0x8A2A22), left, right, top, bottom, w, h);
        line(g, samples, Sample::seconds, Sample::sessions, maxSessions, maxX, new Color(0x1D4F91), left, right, top, bottom, w, h);
        // The live heap after a full GC: at start, near the end of the full load, after the sessions expired.
        double[][] live = {
                {0, figure(summary, "baseline live heap: ([\\d.]+) MB")},
                {loadEnd - 20, figure(summary, "under load \\(after full GC\\): ([\\d.]+) MB")},
                {maxX, figure(summary, "after the sessions expired \\(after full GC\\): ([\\d.]+) MB")}};
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        for (double[] point : live) {
            if (Double.isNaN(point[1])) {
                continue;
            }
            int px = x(point[0], maxX, left, right, w);
            int py = top + (int) ((h - top - bottom) * (1 - point[1] / maxHeap));
            g.setColor(Color.BLACK);
            g.fillRect(px - 6, py - 6, 12, 12);
            g.drawString(String.format(Locale.ROOT, "%.0f MB live", point[1]), Math.min(px + 8, w - right - 90), py - 8);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        g.setColor(new Color(0x8A2A22));
        g.drawString("heap in use (MB, left; ■ live heap after a full GC)", left, h - 25);
        g.setColor(new Color(0x1D4F91));
        g.drawString("live Vaadin sessions (right)", left + 520, h - 25);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    static int x(double seconds, double maxX, int left, int right, int w) {
        return left + (int) ((w - left - right) * seconds / maxX);
    }

    /** A line through the items, placed by {@code x} (seconds or minutes up to maxX) and {@code value} (up to max). */
    static <T> void line(Graphics2D g, List<T> items, java.util.function.ToDoubleFunction<T> x, java.util.function.ToDoubleFunction<T> value,
                         double max, double maxX, Color color, int left, int right, int top, int bottom, int w, int h) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2.5f));
        int px = -1, py = -1;
        for (T item : items) {
            int cx = x(x.applyAsDouble(item), maxX, left, right, w);
            int cy = top + (int) ((h - top - bottom) * (1 - value.applyAsDouble(item) / max));
            if (px >= 0) {
                g.drawLine(px, py, cx, cy);
            }
            px = cx;
            py = cy;
        }
    }

    static final Color[] PERCENTILE_COLORS = {new Color(0xB9B1A3), new Color(0x8A2A22), new Color(0x1F1C18)};

    /** The 25 ms target as a dashed line across a latency chart whose axis goes up to max. */
    static void targetLine(Graphics2D g, double max, int left, int right, int top, int bottom, int w, int h) {
        int target = top + (int) ((h - top - bottom) * (1 - 25 / max));
        g.setColor(new Color(0x2E6B3A));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        g.drawLine(left, target, w - right, target);
        g.drawString("target: p95 ≤ 25 ms", w - right - 160, target - 6);
    }

    /** The key to the p50, p95 and p99 colours, at the chart's foot. */
    static void percentileLegend(Graphics2D g, int left, int h) {
        String[] names = {"p50", "p95", "p99"};
        for (int k = 0; k < 3; k++) {
            g.setColor(PERCENTILE_COLORS[k]);
            g.fillRect(left + k * 90, h - 35, 14, 14);
            g.setColor(Color.DARK_GRAY);
            g.drawString(names[k], left + k * 90 + 20, h - 23);
        }
    }

    /** Five grid lines, the left axis's labels in its colour and the right axis's in blue. */
    static void axes(Graphics2D g, Color leftColor, String leftFormat, double leftMax, String rightFormat, double rightMax,
                     int left, int right, int top, int bottom, int w, int h) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (int i = 0; i <= 5; i++) {
            int y = top + (int) ((h - top - bottom) * (1 - i / 5.0));
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(left, y, w - right, y);
            g.setColor(leftColor);
            g.drawString(String.format(Locale.ROOT, leftFormat, leftMax * i / 5), 10, y + 5);
            g.setColor(new Color(0x1D4F91));
            g.drawString(String.format(Locale.ROOT, rightFormat, rightMax * i / 5), w - right + 10, y + 5);
        }
    }

    /** Minute by minute: the server's time for UIDL requests (p50, p95, p99) and the requests served. */
    static void latencyOverTime(String label, List<String> csv, Path file) throws IOException {
        record Minute(int minute, int requests, int errors, double p50, double p95, double p99) {
        }
        List<Minute> minutes = new ArrayList<>();
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            minutes.add(new Minute(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[3]),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])));
        }
        int w = 1200, h = 600, left = 90, right = 110, top = 60, bottom = 80;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        double maxX = Math.max(1, minutes.getLast().minute());
        double max = Math.max(30, minutes.stream().mapToDouble(Minute::p99).max().orElse(1) * 1.15);
        double maxRequests = Math.max(10, minutes.stream().mapToInt(Minute::requests).max().orElse(1) * 1.15);
        axes(g, Color.DARK_GRAY, "%.0f ms", max, "%.0f/min", maxRequests, left, right, top, bottom, w, h);
        g.setColor(Color.DARK_GRAY);
        int tick = maxX > 30 ? 10 : 1;
        for (int m = 0; m <= maxX; m += tick) {
            g.drawString(m + " min", x(m, maxX, left, right, w) - 15, h - bottom + 22);
        }
        // Requests per minute as thin bars behind the lines.
        g.setColor(new Color(0xD9E2EF));
        int barWidth = Math.max(2, (w - left - right) / (int) (maxX + 1) - 1);
        for (Minute m : minutes) {
            int y = top + (int) ((h - top - bottom) * (1 - m.requests() / maxRequests));
            g.fillRect(x(m.minute(), maxX, left, right, w) - barWidth / 2, y, barWidth, h - bottom - y);
        }
        targetLine(g, max, left, right, top, bottom, w, h);
        List<java.util.function.ToDoubleFunction<Minute>> values = List.of(Minute::p50, Minute::p95, Minute::p99);
        for (int k = 0; k < 3; k++) {
            line(g, minutes, Minute::minute, values.get(k), max, maxX, PERCENTILE_COLORS[k], left, right, top, bottom, w, h);
        }
        int errors = minutes.stream().mapToInt(Minute::errors).sum();
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(label + ": server time of UIDL requests, minute by minute (" + errors + " server errors)", left, 35);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        percentileLegend(g, left, h);
        g.setColor(new Color(0x1D4F91));
        g.drawString("requests served per minute (right, bars)", left + 300, h - 23);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    static void latencyChart(Map<Integer, List<Latency>> byUsers, Path file) throws IOException {
        int w = 1200, h = 600, left = 90, right = 40, top = 70, bottom = 90;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        // UIDL requests: everything but the first page (an HTML document).
        Map<Integer, int[]> worst = new TreeMap<>();
        byUsers.forEach((users, list) -> worst.put(users, list.stream()
                .filter(l -> !l.name().equals("all requests") && !l.name().equals("open a tour stop"))
                .map(l -> new int[] {l.p50(), l.p95(), l.p99()})
                .reduce(new int[3], (a, b) -> new int[] {Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.max(a[2], b[2])})));
        double max = Math.max(30, worst.values().stream().mapToInt(a -> a[2]).max().orElse(1) * 1.15);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (int i = 0; i <= 5; i++) {
            int y = top + (int) ((h - top - bottom) * (1 - i / 5.0));
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(left, y, w - right, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.0f ms", max * i / 5), 10, y + 5);
        }
        targetLine(g, max, left, right, top, bottom, w, h);
        int groups = worst.size();
        int groupWidth = (w - left - right) / Math.max(1, groups);
        int i = 0;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        for (var entry : worst.entrySet()) {
            int gx = left + i * groupWidth + groupWidth / 6;
            int barWidth = groupWidth * 2 / 9;
            for (int k = 0; k < 3; k++) {
                int v = entry.getValue()[k];
                int y = top + (int) ((h - top - bottom) * (1 - v / max));
                g.setColor(PERCENTILE_COLORS[k]);
                g.fillRect(gx + k * barWidth, y, barWidth - 6, h - bottom - y);
                g.setColor(Color.DARK_GRAY);
                g.drawString(v + " ms", gx + k * barWidth, y - 6);
            }
            g.drawString(entry.getKey() + " learners", gx + barWidth / 2, h - bottom + 25);
            i++;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("UIDL round trips: the slowest request type's percentiles, by number of concurrent learners", left, 35);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        percentileLegend(g, left, h);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
