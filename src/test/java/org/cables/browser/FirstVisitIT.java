package org.cables.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cables.browser.BrowserSupport.settle;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

/**
 * What a first visit costs on the wire: a fresh browser opens a page and every response's
 * headers and body are added up as transferred (compressed). Written to
 * {@code target/first-visit.txt}; a size budget (350 KB), not a timing.
 */
class FirstVisitIT extends BrowserTest {

    static final List<String> PAGES = List.of("/", "/tours/road-to-war/kim-asks-stalin", "/archive?q=Filippov",
            "/cables/1952-01-31-mao-to-stalin", "/map?date=1951-01-24", "/join", "/chronology");

    @Test
    void firstVisitsStayWithinTheBudget() throws IOException {
        StringBuilder report = new StringBuilder("First visit, fresh browser, bytes as transferred (headers + compressed bodies):\n");
        long largest = 0;
        for (String path : PAGES) {
            Map<String, long[]> sizes = transfer(path);
            long total = sizes.values().stream().mapToLong(s -> s[0] + s[1]).sum();
            largest = Math.max(largest, total);
            report.append(String.format("%n%-40s %7.1f KB in %d responses%n", path, total / 1024.0, sizes.size()));
            sizes.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
                    .limit(Integer.getInteger("cables.first-visit.rows", 8)).forEach(e -> report.append(String.format("  %7.1f KB  %s%n", (e.getValue()[0] + e.getValue()[1]) / 1024.0,
                            shorten(URI.create(e.getKey()).getPath()))));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/first-visit.txt"), report);
        System.out.print(report);
        assertThat(largest).as("the heaviest first visit, in bytes").isLessThanOrEqualTo(350 * 1024);
    }

    /** Korean first visits, with the exhibit's own Korean font: measured and stated, and the font is ours. */
    static final List<String> KOREAN_PAGES = List.of("/?lang=ko", "/tours/road-to-war/kim-asks-stalin?lang=ko",
            "/cables/1952-01-31-mao-to-stalin?lang=ko", "/chronology?lang=ko");

    @Test
    void koreanFirstVisitsAreMeasuredWithTheirFont() throws IOException {
        StringBuilder report = new StringBuilder("Korean first visit, fresh browser, bytes as transferred (headers + compressed bodies):\n");
        for (String path : KOREAN_PAGES) {
            Map<String, long[]> sizes = transfer(path);
            long total = sizes.values().stream().mapToLong(s -> s[0] + s[1]).sum();
            var fonts = sizes.entrySet().stream().filter(e -> e.getKey().endsWith(".woff2")).toList();
            long fontBytes = fonts.stream().mapToLong(e -> e.getValue()[0] + e.getValue()[1]).sum();
            report.append(String.format("%n%-48s %7.1f KB in %d responses, of which the Korean font %.1f KB in %d slices%n",
                    path, total / 1024.0, sizes.size(), fontBytes / 1024.0, fonts.size()));
            assertThat(fonts).as(path + ": the page reads Korean in the exhibit's own font, fetched from the exhibit").isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getKey()).startsWith(url("/")).contains("/fonts/noto-sans-kr/"));
        }
        // And an English page fetches no Korean font but the slices for its 한국어 button, which it always reads
        // in the exhibit's own font: a machine without a Korean font of its own (as this one) drew it as boxes.
        Map<String, long[]> english = transfer("/tours/road-to-war/kim-asks-stalin");
        assertThat(english.keySet()).noneMatch(u -> u.endsWith("korean-font.css"));
        assertThat(english.keySet().stream().filter(u -> u.contains("/fonts/noto-sans-kr/")).map(u -> u.replaceAll(".*/", "")).sorted())
                .as("the slices holding 한, 국 and 어").containsExactly("noto-sans-kr-117-400-normal.woff2", "noto-sans-kr-118-400-normal.woff2");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/first-visit-korean.txt"), report);
        System.out.print(report);
    }

    static String shorten(String path) {
        return path.length() > 70 ? path.substring(0, 67) + "..." : path;
    }

    /** Per URL: headers and encoded body bytes received. */
    private Map<String, long[]> transfer(String path) {
        BrowserContext fresh = browser.newContext();
        try {
            Map<String, long[]> sizes = new TreeMap<>();
            Page page = fresh.newPage();
            page.onRequestFinished(request -> {
                Response response = request.response();
                if (response != null) {
                    var s = request.sizes();
                    sizes.merge(request.url(), new long[] {s.responseHeadersSize, s.responseBodySize},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                }
            });
            page.navigate(url(path));
            settle(page);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            return sizes;
        } finally {
            fresh.close();
        }
    }
}
