package org.cables.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.zip.GZIPOutputStream;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.cables.content.ChronologyEvent;
import org.cables.content.ContentChecker;
import org.cables.content.ContentFiles;

/**
 * The exhibit's chronology against TimelineJS (Knight Lab, the npm package), side by side in one
 * Chromium run, with the same events: the chronology page of the packaged jar, and a page that
 * shows the chronology's events with TimelineJS, served by a small HTTP server that compresses as
 * the exhibit does. Each page is opened by a fresh browser (nothing cached), several times in
 * turn; the medians are reported: bytes transferred (headers and compressed bodies), time to
 * first content (the browser's first contentful paint), time until usable (the events on screen
 * and the page ready for a click: the chronology's category choice upgraded and Vaadin idle;
 * TimelineJS's first slide, its time markers and its "next" button drawn), and the page's memory after a garbage
 * collection (JavaScript heap, DOM nodes).
 *
 * <pre>
 * src/load/timeline-compare.sh        # fetches TimelineJS 3.9.11 from npm, builds the jar if missing, runs this
 * </pre>
 * Arguments: TimelineJS's {@code dist} folder (default {@code target/timelinejs/package/dist}), then
 * the number of rounds (default 5). Output: {@code target/timeline-compare.txt}.
 */
public final class ChronologyAgainstTimelineJs {

    record Figures(String page, long bytes, int responses, double firstContentMs, double usableMs, double heapMb, double domNodes) {
    }

    private static final String CHRONOLOGY_USABLE = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              const busy = clients && Object.values(clients).some(c => c.isActive && c.isActive());
              const ready = document.querySelector('.chronology-events .event') && customElements.get('vaadin-select')
                && document.querySelector('vaadin-select') && document.querySelector('vaadin-select').shadowRoot && !busy;
              if (ready && window.usableAt === undefined) { window.usableAt = performance.now(); }
              return !!ready;
            }""";

    private static final String TIMELINE_USABLE = """
            () => {
              const ready = document.querySelector('.tl-slide .tl-headline') && document.querySelector('.tl-timemarker')
                && document.querySelector('.tl-slidenav-next');
              if (ready && window.usableAt === undefined) { window.usableAt = performance.now(); }
              return !!ready;
            }""";

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args.length > 0 ? args[0] : "target/timelinejs/package/dist");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.isRegularFile(dist.resolve("js/timeline.js"))) {
            throw new IllegalStateException("No TimelineJS in " + dist + ": run src/load/timeline-compare.sh, which fetches it from npm");
        }
        List<ChronologyEvent> events = ContentChecker.check(ContentFiles.fromDirectory(Path.of("content"))).corpus().orElseThrow().events();

        Path jar = Path.of(System.getProperty("cables.jar", "target/cables.jar"));
        Path data = Files.createTempDirectory("cables-timeline");
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process exhibit = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=" + port, "--exhibit.data-dir=" + data)
                .redirectErrorStream(true).redirectOutput(Path.of("target/timeline-compare-server.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(exhibit::destroy));
        HttpServer timeline = timelineServer(dist, page(events), freePort());
        try {
            waitUntilReady("http://localhost:" + port);
            String chronology = "http://localhost:" + port + "/chronology";
            String timelinePage = "http://localhost:" + timeline.getAddress().getPort() + "/timeline/index.html";
            List<Figures> ours = new ArrayList<>();
            List<Figures> theirs = new ArrayList<>();
            try (Playwright playwright = BrowserSupport.playwright()) {
                Browser browser = BrowserSupport.launch(playwright);
                measure(browser, chronology, CHRONOLOGY_USABLE, "warm-up"); // the server's first page loads what every later one uses
                for (int round = 0; round < rounds; round++) {
                    ours.add(measure(browser, chronology, CHRONOLOGY_USABLE, "chronology"));
                    theirs.add(measure(browser, timelinePage, TIMELINE_USABLE, "TimelineJS"));
                }
            }
            String report = report(events.size(), rounds, List.of(median("Cables chronology (/chronology)", ours),
                    median("TimelineJS 3.9.11, same events", theirs)));
            System.out.print(report);
            Files.writeString(Path.of("target/timeline-compare.txt"), report);
        } finally {
            timeline.stop(0);
            exhibit.destroy();
        }
    }

    /** Opens the page in a fresh browser and measures it. */
    static Figures measure(Browser browser, String url, String usable, String name) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-GB"));
        try {
            Page page = context.newPage();
            Map<String, long[]> sizes = new ConcurrentHashMap<>();
            page.onRequestFinished(request -> {
                var s = request.sizes();
                sizes.merge(request.url() + "#" + sizes.size(), new long[] {s.responseHeadersSize, s.responseBodySize}, (a, b) -> a);
            });
            page.navigate(url);
            try {
                page.waitForFunction(usable, null, new Page.WaitForFunctionOptions().setTimeout(60_000));
            } catch (com.microsoft.playwright.PlaywrightException notUsable) {
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/timeline-compare-failed.png")));
                throw new IllegalStateException(name + " (" + url + ") was not usable within a minute; see target/timeline-compare-failed.png", notUsable);
            }
            page.waitForLoadState(LoadState.NETWORKIDLE);
            double usableMs = ((Number) page.evaluate("() => window.usableAt")).doubleValue();
            Object paint = page.evaluate("() => { const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : -1; }");
            CDPSession cdp = context.newCDPSession(page);
            cdp.send("Performance.enable");
            cdp.send("HeapProfiler.collectGarbage");
            JsonArray metrics = cdp.send("Performance.getMetrics").getAsJsonArray("metrics");
            double heap = 0;
            double nodes = 0;
            for (var m : metrics) {
                JsonObject metric = m.getAsJsonObject();
                switch (metric.get("name").getAsString()) {
                    case "JSHeapUsedSize" -> heap = metric.get("value").getAsDouble() / (1024 * 1024);
                    case "Nodes" -> nodes = metric.get("value").getAsDouble();
                    default -> { }
                }
            }
            long bytes = sizes.values().stream().mapToLong(s -> Math.max(0, s[0]) + Math.max(0, s[1])).sum();
            return new Figures(name, bytes, sizes.size(), ((Number) paint).doubleValue(), usableMs, heap, nodes);
        } finally {
            context.close();
        }
    }

    /** The TimelineJS page: the library's own files, the events as TimelineJS reads them, system fonts. */
    static String page(List<ChronologyEvent> events) {
        JsonArray list = new JsonArray();
        for (ChronologyEvent e : events) {
            JsonObject date = new JsonObject();
            date.addProperty("year", e.date().year());
            if (e.date().month() != null) {
                date.addProperty("month", e.date().month());
            }
            if (e.date().day() != null) {
                date.addProperty("day", e.date().day());
            }
            JsonObject text = new JsonObject();
            text.addProperty("headline", e.title());
            text.addProperty("text", e.text());
            JsonObject event = new JsonObject();
            event.add("start_date", date);
            event.add("text", text);
            list.add(event);
        }
        JsonObject timeline = new JsonObject();
        timeline.add("events", list);
        String json = timeline.toString().replace("</", "<\\/");
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Chronology with TimelineJS</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="css/timeline.css">
                <style>html, body { height: 100%; margin: 0; } #timeline { width: 100%; height: 100%; }</style>
                </head><body><div id="timeline"></div>
                <script src="js/timeline.js"></script>
                <script>
                  const timeline = new TL.Timeline('timeline', """ + json + """
                , { font: 'georgia-helvetica', script_path: location.origin + '/timeline/js/' });
                </script></body></html>
                """;
    }

    /** Serves the TimelineJS page and the library's files, compressed (gzip) as the exhibit compresses its own. */
    static HttpServer timelineServer(Path dist, String index, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/timeline/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/timeline/".length());
            byte[] body;
            if (path.equals("index.html")) {
                body = index.getBytes(StandardCharsets.UTF_8);
            } else {
                Path file = dist.resolve(path).normalize();
                if (!file.startsWith(dist) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                body = Files.readAllBytes(file);
            }
            send(exchange, path, body);
        });
        server.start();
        return server;
    }

    private static void send(HttpExchange exchange, String path, byte[] body) throws IOException {
        String type = path.endsWith(".html") ? "text/html; charset=utf-8" : path.endsWith(".js") ? "text/javascript"
                : path.endsWith(".css") ? "text/css" : path.endsWith(".json") ? "application/json"
                : path.endsWith(".svg") ? "image/svg+xml" : path.endsWith(".woff2") ? "font/woff2" : "application/octet-stream";
        exchange.getResponseHeaders().set("Content-Type", type);
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        boolean compressible = type.startsWith("text/") || type.contains("json") || type.contains("svg");
        if (compressible && accepted != null && accepted.contains("gzip")) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(body);
            }
            body = zipped.toByteArray();
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static Figures median(String page, List<Figures> runs) {
        return new Figures(page, (long) med(runs, f -> f.bytes()), (int) med(runs, f -> f.responses()), med(runs, Figures::firstContentMs),
                med(runs, Figures::usableMs), med(runs, Figures::heapMb), med(runs, Figures::domNodes));
    }

    private static double med(List<Figures> runs, ToDoubleFunction<Figures> value) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    static String report(int events, int rounds, List<Figures> pages) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "The chronology against TimelineJS: %d events, fresh browser each time, median of %d rounds, %d cores, Java %s%n",
                events, rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        text.append(String.format(Locale.ROOT, "%-36s %12s %10s %16s %14s %12s %10s%n", "page", "transferred", "responses",
                "first content", "usable", "JS heap", "DOM nodes"));
        pages.stream().sorted(Comparator.comparing(Figures::page)).forEach(f -> text.append(String.format(Locale.ROOT,
                "%-36s %9.1f KB %10d %13.0f ms %11.0f ms %9.1f MB %10.0f%n", f.page(), f.bytes() / 1024.0, f.responses(),
                f.firstContentMs(), f.usableMs(), f.heapMb(), f.domNodes())));
        return text.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitUntilReady(String base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 240; i++) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The exhibit did not start; see target/timeline-compare-server.log");
    }

    private ChronologyAgainstTimelineJs() {
    }
}
