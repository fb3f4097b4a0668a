package org.cables.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Playwright with a system Chromium where there is one (Debian's on the build machines, where
 * Playwright's own browser download is unreachable), else Playwright's downloaded browser.
 */
public final class BrowserSupport {

    private static final List<String> CANDIDATES = List.of(
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome");

    private BrowserSupport() {
    }

    static Path systemChromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        return Stream.concat(Stream.ofNullable(configured), CANDIDATES.stream())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
    }

    public static Playwright playwright() {
        Map<String, String> env = new HashMap<>();
        if (systemChromium() != null) {
            env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        }
        return Playwright.create(new Playwright.CreateOptions().setEnv(env));
    }

    public static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"));
        Path chromium = systemChromium();
        if (chromium != null) {
            options.setExecutablePath(chromium);
        }
        return playwright.chromium().launch(options);
    }

    /** Waits until Vaadin has rendered the view and has no request in flight. */
    public static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** Compressed body bytes of every response of a fresh first visit to {@code url}, by address. */
    public static java.util.Map<String, Long> transferred(Browser browser, String url) {
        com.microsoft.playwright.BrowserContext fresh = browser.newContext();
        try {
            java.util.Map<String, Long> sizes = new java.util.HashMap<>();
            Page page = fresh.newPage();
            page.onRequestFinished(request -> {
                if (request.response() != null) {
                    sizes.merge(request.url(), (long) request.sizes().responseBodySize, Long::sum);
                }
            });
            page.navigate(url);
            settle(page);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            return sizes;
        } finally {
            fresh.close();
        }
    }

    /** axe-core WCAG 2.x A/AA scan; fails listing every serious or critical violation. */
    public static void assertNoSeriousAccessibilityViolations(Page page, String what) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserSupport::describe)
                .toList();
        assertThat(serious).as("serious or critical accessibility violations on %s", what).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(5).map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", "));
    }
}
