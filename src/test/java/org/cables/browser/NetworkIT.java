package org.cables.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cables.browser.BrowserSupport.assertNoSeriousAccessibilityViolations;
import static org.cables.browser.BrowserSupport.settle;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;

/**
 * The correspondence network in Chromium: the drawing from the keyboard, deep links, the
 * layout kept per version, axe, no internet, its weight and time to first draw, and
 * screenshots at phone, desktop and kiosk sizes in both languages.
 */
class NetworkIT extends BrowserTest {

    final List<String> requests = new ArrayList<>();

    Page open(String path, int width, int height, String locale, ColorScheme scheme) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setColorScheme(scheme).setLocale(locale));
        return visit(context, path);
    }

    Page visit(BrowserContext in, String path) {
        Page page = in.newPage();
        page.onRequest(r -> requests.add(r.url()));
        page.navigate(url(path));
        settle(page);
        page.locator("cables-network[data-ready]").waitFor();
        return page;
    }

    /** The id of the drawing's item that has the keyboard focus. */
    static String focused(Page page) {
        return (String) page.evaluate("() => { const n = document.querySelector('cables-network');"
                + " const a = n.shadowRoot.activeElement; return a ? a.getAttribute('data-id') : null; }");
    }

    static Path shots() throws IOException {
        Path shots = Path.of(System.getProperty("cables.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        return shots;
    }

    @Test
    void theKeyboardWalksPeopleAndLinksAndOpensTheirDocuments() {
        Page page = open("/network?from=1950-06&to=1950-12", 1366, 900, "en-GB", ColorScheme.LIGHT);
        Locator drawing = page.locator("cables-network");
        assertThat(drawing.locator("svg[role=group]").getAttribute("aria-label")).isEqualTo("Correspondence network, June 1950 – December 1950");
        assertThat(drawing.locator("g[tabindex='0']").count()).as("one tab stop").isEqualTo(1);

        // Tab from the control before the drawing reaches its one tab stop: Stalin, the busiest of Moscow.
        page.locator(".histogram-table summary").focus();
        page.keyboard().press("Tab");
        assertThat(focused(page)).isEqualTo("stalin");
        page.keyboard().press("ArrowRight");
        String second = focused(page);
        assertThat(second).isNotEqualTo("stalin");
        page.keyboard().press("ArrowLeft");
        assertThat(focused(page)).isEqualTo("stalin");
        page.keyboard().press("ArrowDown");
        String link = focused(page);
        assertThat(link).contains("~").contains("stalin");
        assertThat(drawing.locator("g[tabindex='0']").getAttribute("data-id")).isEqualTo(link);
        page.keyboard().press("Enter");
        page.waitForCondition(() -> page.url().contains("open=" + link.replace("~", "%7E")) || page.url().contains("open=" + link));
        assertThat(page.locator("#network-opened-heading").textContent()).endsWith("June 1950 – December 1950");
        assertThat(page.locator(".network-documents li").count()).isPositive();
        page.keyboard().press("ArrowUp");
        assertThat(focused(page)).isEqualTo("stalin");
        page.keyboard().press("Space");
        page.waitForCondition(() -> page.url().endsWith("open=stalin"));
        assertThat(page.locator("#network-opened-heading").textContent()).startsWith("Joseph Stalin: ");

        // The first document of the list opens its record.
        String first = page.locator(".network-documents li a").first().getAttribute("href");
        page.locator(".network-documents li a").first().click();
        page.waitForURL("**/" + first);
    }

    @Test
    void aDeepLinkOpensTheSameStateAndTheMapAndNetworkLeadToEachOther() {
        Page page = open("/network?from=1951-06&to=1951-07&open=mao-zedong~stalin", 1366, 900, "en-GB", ColorScheme.LIGHT);
        assertThat(page.locator("#network-opened-heading").textContent()).isEqualTo("Mao Zedong and Joseph Stalin, June 1951 – July 1951");
        assertThat(page.locator("cables-network").getAttribute("selected")).isNull();
        assertThat((String) page.locator("cables-network").evaluate("n => n.selected")).isEqualTo("mao-zedong~stalin");
        page.locator(".network-elsewhere a").first().click();
        page.waitForURL("**/map?date=1951-07-31");
        settle(page);
        page.locator("a.map-network").click();
        page.waitForURL("**/network?from=1951-06&to=1951-08");
        settle(page);
        page.locator("cables-network[data-ready]").waitFor();
        assertThat(page.locator(".network-summary").textContent()).startsWith("June 1951 – August 1951: ");
    }

    @Test
    void theLayoutIsComputedOnceAndKeptForTheNextVisit() {
        Page page = open("/network", 1366, 900, "en-GB", ColorScheme.LIGHT);
        assertThat(page.locator("cables-network").getAttribute("data-layout")).isEqualTo("computed");
        Map<String, Object> before = positions(page);
        page.navigate(url("/network?from=1952-01&to=1952-03"));
        settle(page);
        page.locator("cables-network[data-ready]").waitFor();
        assertThat(page.locator("cables-network").getAttribute("data-layout")).isEqualTo("cache");
        Map<String, Object> after = positions(page);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        // Nobody moves when the window does (a body's square is drawn to a tenth of a unit).
        before.forEach((id, xy) -> {
            List<?> was = (List<?>) xy;
            List<?> is = (List<?>) after.get(id);
            for (int i = 0; i < 2; i++) {
                assertThat(((Number) is.get(i)).doubleValue()).as(id).isCloseTo(((Number) was.get(i)).doubleValue(),
                        org.assertj.core.data.Offset.offset(0.5));
            }
        });
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> positions(Page page) {
        return (Map<String, Object>) page.evaluate("() => Object.fromEntries([...document.querySelector('cables-network')"
                + ".shadowRoot.querySelectorAll('g.node')].map(g => { const b = g.querySelector('circle,rect').getBBox();"
                + " return [g.dataset.id, [b.x + b.width / 2, b.y + b.height / 2]]; }))");
    }

    @Test
    void theNetworkIsAccessibleAndNeedsNoInternetInBothLanguages() throws IOException {
        Page page = open("/network?from=1950-06&to=1950-10&open=mao-zedong~stalin", 1366, 900, "en-GB", ColorScheme.LIGHT);
        assertNoSeriousAccessibilityViolations(page, "/network light");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots().resolve("network-desktop-en.png")).setFullPage(true));
        context.close();
        page = open("/network?from=1950-06&to=1950-10", 390, 844, "ko-KR", ColorScheme.DARK);
        page.locator(".language-ko").first().click();
        settle(page);
        page.locator("cables-network[data-ready]").waitFor();
        assertThat(page.locator("h1").first().textContent()).isEqualTo("누가 누구에게 썼나");
        assertNoSeriousAccessibilityViolations(page, "/network dark phone Korean");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots().resolve("network-phone-ko.png")).setFullPage(true));
        assertThat(requests).allSatisfy(url -> assertThat(URI.create(url).getHost()).isEqualTo("localhost"));
    }

    @Test
    void onAKioskTheTargetsAreLarge() throws IOException {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080).setHasTouch(true).setLocale("en-GB"));
        context.addCookies(List.of(new Cookie("cables-kiosk", "1").setDomain("localhost").setPath("/")));
        Page page = visit(context, "/network?from=1950-10&to=1951-01");
        assertThat(page.locator("cables-network").getAttribute("kiosk")).isNotNull();
        // Every person can be touched through a target at least 44 CSS pixels across.
        double smallest = (double) page.evaluate("() => Math.min(...[...document.querySelector('cables-network').shadowRoot"
                + ".querySelectorAll('.hit')].map(t => t.getBoundingClientRect().width))");
        assertThat(smallest).isGreaterThanOrEqualTo(44);
        page.locator(".network-layout").screenshot(new Locator.ScreenshotOptions().setPath(shots().resolve("network-kiosk.png")));
    }

    @Test
    void theNetworksWeightAndTimeToFirstDrawAreMeasured() throws IOException {
        Map<String, Long> home = BrowserSupport.transferred(browser, url("/"));
        Map<String, Long> network = BrowserSupport.transferred(browser, url("/network"));
        long added = 0;
        StringBuilder report = new StringBuilder("Added on /network compared with the home page (compressed bytes as transferred):\n");
        for (var entry : network.entrySet()) {
            String path = URI.create(entry.getKey()).getPath();
            if (!home.containsKey(entry.getKey()) && !path.equals("/network")) {
                added += entry.getValue();
                report.append(String.format("  %7d  %s%n", entry.getValue(), path));
            }
        }
        long documentDelta = network.getOrDefault(url("/network"), 0L) - home.getOrDefault(url("/"), 0L);
        report.append(String.format("  %7d  first response (graph, counts, timeline and tables travel with the view)%n", documentDelta));
        added += Math.max(0, documentDelta);
        report.append(String.format("Total added: %.1f KB%n", added / 1024.0));

        // Time to first draw: from navigation start to the drawing's data-ready, for a first and a second visit.
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-GB"));
        for (String visit : List.of("first visit (layout computed)", "second visit (layout from the browser's storage)")) {
            Page page = visit(context, "/network");
            Locator drawing = page.locator("cables-network");
            report.append(String.format("%s: drawn %s ms after navigation start; layout %s ms (%s)%n", visit,
                    drawing.getAttribute("data-drawn-ms"), drawing.getAttribute("data-layout-ms"), drawing.getAttribute("data-layout")));
            page.close();
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/network-weight.txt"), report);
        System.out.print(report);
        assertThat(added).as("network code and data, compressed").isLessThanOrEqualTo(120 * 1024);
    }
}
