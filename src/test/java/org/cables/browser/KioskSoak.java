package org.cables.browser;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A soak run of one simulated kiosk against the packaged jar, measuring whether memory stays
 * flat. Visitor after visitor: the attract loop runs, a visitor touches "begin", takes part of a
 * tour by swiping, sometimes opens a document or plays the map, then walks away; the idle
 * countdown runs out and the kiosk resets. Every minute the server's heap after a full GC
 * ({@code jcmd GC.run}, then {@code GC.heap_info}) and the browser's JS heap after a GC, DOM
 * nodes and event listeners (Chrome DevTools Protocol) are sampled.
 *
 * <pre>
 * ./mvnw -q package -DskipTests
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.cables.browser.KioskSoak \
 *     -Dexec.classpathScope=test -Dexec.args="30"
 * </pre>
 * Arguments: minutes (default 30), then {@code attract} for a kiosk nobody touches (the attract loop
 * alone). Output: {@code target/soak/visitors/} (or {@code attract/}) {@code kiosk-soak.csv} and {@code .png}.
 * The kiosk runs with a 20 s idle time and a 5 s countdown, so that many visitors pass.
 */
public final class KioskSoak {

    record Sample(double minute, int visitors, double serverHeapMb, double browserHeapMb, int domNodes, int listeners) {
    }

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** What the simulated visitor is doing, for the report when a step fails. */
    private static String step = "";

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        // "attract": nobody comes; the attract loop plays on its own the whole time (a night in the gallery).
        boolean attractOnly = args.length > 1 && args[1].equals("attract");
        Path jar = Path.of(System.getProperty("cables.jar", "target/cables.jar"));
        Path out = Path.of("target/soak");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("cables-soak");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port,
                "--exhibit.data-dir=" + data, "--spring.profiles.active=kiosk", "--exhibit.kiosk.idle-timeout=20s",
                "--exhibit.kiosk.countdown=5s", "--exhibit.kiosk.heartbeat=5s")
                .redirectErrorStream(true).redirectOutput(out.resolve("server.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
        String base = "http://localhost:" + port;
        waitUntilReady(base);
        System.out.printf("Soak: %d min against %s (pid %d), %s, %d cores%n", minutes, jar, server.pid(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        List<Sample> samples = new ArrayList<>();
        Random random = new Random(7);
        int visitors = 0;
        int problems = 0;
        Instant start = Instant.now();
        Instant end = start.plus(Duration.ofMinutes(minutes));
        Instant nextSample = start;
        try (Playwright playwright = BrowserSupport.playwright()) {
            Browser browser = BrowserSupport.launch(playwright);
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)
                    .setHasTouch(true).setLocale("en-GB"));
            Page page = context.newPage();
            CDPSession cdp = context.newCDPSession(page);
            cdp.send("Performance.enable");
            page.navigate(base + "/");
            page.locator(".attract-begin-en").waitFor();
            while (Instant.now().isBefore(end)) {
                if (!Instant.now().isBefore(nextSample)) {
                    samples.add(sample(start, visitors, server.pid(), cdp));
                    Sample s = samples.getLast();
                    System.out.printf(Locale.ROOT, "%5.1f min  visitors %3d  server heap %6.1f MB  browser heap %5.1f MB  "
                            + "nodes %5d  listeners %5d  problems %d%n", s.minute(), s.visitors(), s.serverHeapMb(),
                            s.browserHeapMb(), s.domNodes(), s.listeners(), problems);
                    nextSample = nextSample.plus(Duration.ofMinutes(1));
                }
                if (attractOnly) {
                    page.waitForTimeout(Math.max(0, Math.min(5_000, Duration.between(Instant.now(), nextSample).toMillis())));
                    continue;
                }
                try {
                    oneVisitor(page, random);
                    visitors++;
                } catch (RuntimeException e) {
                    problems++;
                    String why = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
                    System.out.println("  (a visitor's step '" + step + "' failed at " + page.url() + ": " + why.substring(0, Math.min(300, why.length())) + ")");
                    page.navigate(base + "/kiosk");
                }
            }
            samples.add(sample(start, visitors, server.pid(), cdp));
        } finally {
            server.destroy();
        }
        write(samples, out.resolve(attractOnly ? "attract" : "visitors"), problems);
    }

    /** One visitor: watches the attract loop, begins, wanders, walks away; the kiosk resets. */
    static void oneVisitor(Page page, Random random) {
        page.locator(".attract-begin-en").waitFor();
        page.waitForTimeout(5_000 + random.nextInt(10_000)); // the attract loop plays to nobody
        step = ".attract-begin-en";
        page.locator(".attract-begin-en").tap();
        step = "**/";
        page.waitForURL("**/");
        BrowserSupport.settle(page);
        step = "a.feature-card[href='tours']";
        page.locator("a.feature-card[href='tours']").tap();
        BrowserSupport.settle(page);
        Locator starts = page.locator("a:text-is('Start the tour')");
        step = "starts.nth(random.ne";
        starts.nth(random.nextInt(starts.count())).tap();
        BrowserSupport.settle(page);
        int stops = 2 + random.nextInt(5);
        for (int i = 0; i < stops; i++) {
            page.waitForTimeout(2_000 + random.nextInt(3_000));
            String before = page.url();
            step = "KioskIT.swipe(page, ";
            KioskIT.swipe(page, 900, 200, 600);
            page.waitForCondition(() -> !page.url().equals(before), new Page.WaitForConditionOptions().setTimeout(10_000));
            BrowserSupport.settle(page);
        }
        if (random.nextBoolean()) {
            step = ".stop-document a.document-title, .stop-document h3 a";
            page.locator(".stop-document a.document-title, .stop-document h3 a").first().tap();
            BrowserSupport.settle(page);
            page.waitForTimeout(3_000);
        }
        if (random.nextInt(3) == 0) {
            step = "vaadin-side-nav-item";
            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("The front lines")).tap();
            BrowserSupport.settle(page);
            step = "cables-front-map button.play";
            page.locator("cables-front-map button.play").tap();
            page.waitForTimeout(8_000);
            step = "cables-front-map button.play";
            page.locator("cables-front-map button.play").tap();
        }
        // The visitor walks away: 20 s idle, 5 s countdown, then the reset.
        step = "**/kiosk";
        page.waitForURL("**/kiosk", new Page.WaitForURLOptions().setTimeout(60_000));
    }

    static Sample sample(Instant start, int visitors, long pid, CDPSession cdp) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = USED.matcher(info);
        double serverMb = used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
        cdp.send("HeapProfiler.collectGarbage");
        JsonObject heap = cdp.send("Runtime.getHeapUsage");
        JsonObject metrics = cdp.send("Performance.getMetrics");
        int nodes = 0;
        int listeners = 0;
        for (var m : metrics.getAsJsonArray("metrics")) {
            String name = m.getAsJsonObject().get("name").getAsString();
            if (name.equals("Nodes")) {
                nodes = m.getAsJsonObject().get("value").getAsInt();
            } else if (name.equals("JSEventListeners")) {
                listeners = m.getAsJsonObject().get("value").getAsInt();
            }
        }
        double minute = Duration.between(start, Instant.now()).toMillis() / 60_000.0;
        return new Sample(minute, visitors, serverMb, heap.get("usedSize").getAsDouble() / (1024 * 1024), nodes, listeners);
    }

    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return text;
    }

    static void waitUntilReady(String base) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 120; i++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the exhibit did not become ready at " + base);
    }

    static void write(List<Sample> samples, Path out, int problems) throws IOException {
        Files.createDirectories(out);
        StringBuilder csv = new StringBuilder("minute,visitors,server_heap_mb,browser_heap_mb,dom_nodes,js_listeners\n");
        for (Sample s : samples) {
            csv.append(String.format(Locale.ROOT, "%.2f,%d,%.1f,%.2f,%d,%d%n", s.minute(), s.visitors(), s.serverHeapMb(),
                    s.browserHeapMb(), s.domNodes(), s.listeners()));
        }
        Files.writeString(out.resolve("kiosk-soak.csv"), csv);
        chart(samples, out.resolve("kiosk-soak.png"));
        int n = samples.size();
        int k = Math.max(1, Math.min(5, n / 3));
        System.out.printf(Locale.ROOT, "%nVisitors: %d, problems: %d, samples: %d%n", samples.getLast().visitors(), problems, n);
        report("Server heap after full GC (MB)", samples, Sample::serverHeapMb, k);
        report("Browser JS heap after GC (MB)", samples, Sample::browserHeapMb, k);
        report("DOM nodes", samples, s -> s.domNodes(), k);
        report("JS event listeners", samples, s -> s.listeners(), k);
    }

    static void report(String what, List<Sample> samples, ToDoubleFunction<Sample> value, int k) {
        double first = samples.subList(1, Math.min(samples.size(), 1 + k)).stream().mapToDouble(value).average().orElse(Double.NaN);
        double last = samples.subList(samples.size() - k, samples.size()).stream().mapToDouble(value).average().orElse(Double.NaN);
        double max = samples.stream().mapToDouble(value).max().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "%-32s first %d samples after warm-up %.1f, last %d samples %.1f, max %.1f%n",
                what, k, first, k, last, max);
    }

    /** Server and browser heap over time, as a PNG. */
    static void chart(List<Sample> samples, Path file) throws IOException {
        int w = 1200;
        int h = 600;
        int left = 80;
        int right = 40;
        int top = 60;
        int bottom = 70;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double maxMinute = Math.max(1, samples.getLast().minute());
        double maxMb = samples.stream().mapToDouble(s -> Math.max(s.serverHeapMb(), s.browserHeapMb())).max().orElse(1) * 1.2;
        g.setColor(new Color(0xDDDDDD));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (int i = 0; i <= 5; i++) {
            int y = top + (int) ((h - top - bottom) * (1 - i / 5.0));
            g.drawLine(left, y, w - right, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.0f MB", maxMb * i / 5), 10, y + 5);
            g.setColor(new Color(0xDDDDDD));
        }
        g.setColor(Color.DARK_GRAY);
        for (int m = 0; m <= (int) maxMinute; m += Math.max(1, (int) maxMinute / 10)) {
            int x = left + (int) ((w - left - right) * m / maxMinute);
            g.drawString(m + " min", x - 15, h - bottom + 25);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("Kiosk soak: memory after GC, " + samples.getLast().visitors() + " visitors", left, 35);
        plot(g, samples, Sample::serverHeapMb, new Color(0x8A2A22), maxMinute, maxMb, left, right, top, bottom, w, h);
        plot(g, samples, Sample::browserHeapMb, new Color(0x1D4F91), maxMinute, maxMb, left, right, top, bottom, w, h);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        g.setColor(new Color(0x8A2A22));
        g.drawString("server heap (JVM, after jcmd GC.run)", left, h - 20);
        g.setColor(new Color(0x1D4F91));
        g.drawString("browser JS heap (Chromium, after HeapProfiler.collectGarbage)", left + 330, h - 20);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void plot(Graphics2D g, List<Sample> samples, ToDoubleFunction<Sample> value, Color color, double maxMinute,
                             double maxMb, int left, int right, int top, int bottom, int w, int h) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2.5f));
        int px = -1;
        int py = -1;
        for (Sample s : samples) {
            int x = left + (int) ((w - left - right) * s.minute() / maxMinute);
            int y = top + (int) ((h - top - bottom) * (1 - value.applyAsDouble(s) / maxMb));
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            g.fillOval(x - 3, y - 3, 6, 6);
            px = x;
            py = y;
        }
    }
}
