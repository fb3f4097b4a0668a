package org.cables.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cables.browser.BrowserSupport.assertNoSeriousAccessibilityViolations;
import static org.cables.browser.BrowserSupport.settle;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.cables.content.ContentChecker;
import org.cables.content.ContentFiles;
import org.cables.content.FrontLines;
import org.junit.jupiter.api.Test;

/** The front-line map in a real browser: keyboard, pointer, deep links, offline, weight. */
class MapIT extends BrowserTest {


    final List<String> requests = new ArrayList<>();

    Page open(String path, int width, int height, ColorScheme scheme) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setColorScheme(scheme).setLocale("en-GB").setReducedMotion(
                        com.microsoft.playwright.options.ReducedMotion.NO_PREFERENCE));
        Page page = context.newPage();
        page.onRequest(r -> requests.add(r.url()));
        page.navigate(url("") + path);
        settle(page);
        page.locator("cables-front-map svg path.korea").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return page;
    }

    static String heading(Page page) {
        return page.locator(".map-panel h2").textContent();
    }

    static void waitForHeading(Page page, String expected) {
        page.waitForCondition(() -> expected.equals(heading(page)));
    }

    @Test
    void aDeepLinkOpensThatDayAndTheDescriptionSaysWhereTheFrontRan() {
        Page page = open("/map?date=1951-01-24", 1366, 900, ColorScheme.LIGHT);
        assertThat(heading(page)).isEqualTo("Line D, the low point");
        assertThat(page.locator(".state-description").textContent())
                .startsWith("On 24 January 1951 the front ran from Pyongtaek through Ansong and Wonju to Samchok");
        assertThat(page.locator("cables-front-map .date").textContent()).isEqualTo("24 January 1951");
        assertThat(page.locator("cables-front-map path.front").count()).isPositive();
        assertThat(page.locator("cables-front-map path.front.dashed").count()).as("estimated stretches are dashed").isPositive();

        page.navigate(url("") + "/map?date=1950-09-15");
        settle(page);
        assertThat(page.locator(".state-description").textContent()).contains("landed at Inchon");
        assertThat(page.locator("cables-front-map circle.pocket").count()).as("the beachhead").isEqualTo(1);

        page.navigate(url("") + "/map?date=1953-07-27");
        settle(page);
        assertThat(heading(page)).isEqualTo("The Military Demarcation Line");
        assertThat(page.locator("cables-front-map path.mdl").count()).as("the modern boundary under the 1953 line").isEqualTo(1);
    }

    @Test
    void aNewRiversAddressAloneIsFetchedAndDrawn() {
        Page page = open("/map?date=1951-01-24", 1366, 900, ColorScheme.LIGHT);
        int rivers = page.locator("cables-front-map path.river").count();
        assertThat(rivers).as("rivers drawn at first").isPositive();
        page.locator("cables-front-map").evaluate("m => { m.riversUrl = ''; }");
        page.waitForCondition(() -> page.locator("cables-front-map path.river").count() == 0);
        requests.clear();
        page.locator("cables-front-map").evaluate("m => { m.riversUrl = 'map-data/rivers.geojson?again'; }");
        page.waitForCondition(() -> page.locator("cables-front-map path.river").count() == rivers);
        assertThat(requests).anyMatch(r -> r.endsWith("map-data/rivers.geojson?again"));
    }

    /** Decision 66: the states, places and events come from the exhibit's address for them, in the page's language. */
    @Test
    void theMapsDataIsFetchedOnceInThePagesLanguage() {
        Page page = open("/map?date=1950-06-28", 1366, 900, ColorScheme.LIGHT);
        assertThat(requests.stream().filter(r -> r.contains("/map-data/front-lines-en.json?v="))).hasSize(1);
        assertThat(page.locator("cables-front-map .place text").allTextContents()).contains("Seoul");
        page.navigate(url("") + "/map?date=1950-09-15");
        settle(page);
        assertThat(page.locator("cables-front-map circle.pocket").count()).as("the beachhead, drawn from the same data").isEqualTo(1);
        context.close();
        requests.clear();

        page = open("/map?date=1950-06-28&lang=ko", 390, 844, ColorScheme.DARK);
        assertThat(requests).anyMatch(r -> r.contains("/map-data/front-lines-ko.json?v="));
        assertThat(page.locator("cables-front-map .place text").allTextContents()).contains("서울");
    }

    @Test
    void theSliderWorksFromTheKeyboard() {
        Page page = open("/map?date=1951-01-24", 1366, 900, ColorScheme.LIGHT);
        Locator slider = page.locator("cables-front-map input[type=range]");
        slider.focus();

        page.keyboard().press("PageUp");
        waitForHeading(page, "Line Kansas");
        page.waitForCondition(() -> page.url().endsWith("/map?date=1951-04-09"));

        page.keyboard().press("ArrowRight");
        page.waitForCondition(() -> page.url().endsWith("/map?date=1951-04-10"));
        assertThat(page.locator(".state-interpolation").textContent()).startsWith("On 10 April 1951 the map blends");

        page.keyboard().press("End");
        waitForHeading(page, "The Military Demarcation Line");

        page.keyboard().press("Home");
        waitForHeading(page, "The 38th parallel");

        page.keyboard().press("PageUp");
        page.keyboard().press("PageUp");
        waitForHeading(page, "The Perimeter at its smallest");
        assertThat(slider.getAttribute("aria-valuetext")).isEqualTo("1 September 1950");
    }

    @Test
    void theSliderWorksWithThePointerAndPlayAdvancesTheWar() {
        Page page = open("/map?date=1950-06-25", 1366, 900, ColorScheme.LIGHT);
        Locator slider = page.locator("cables-front-map input[type=range]");
        slider.scrollIntoViewIfNeeded();
        var box = slider.boundingBox();
        page.mouse().click(box.x + box.width * 0.5, box.y + box.height / 2);
        page.waitForCondition(() -> !page.url().endsWith("date=1950-06-25") && page.url().contains("date="));
        LocalDate chosen = LocalDate.parse(page.url().substring(page.url().indexOf("date=") + 5));
        assertThat(chosen).isBetween(LocalDate.of(1951, 11, 1), LocalDate.of(1952, 3, 1));

        page.locator("cables-front-map button.play").click();
        assertThat(page.locator("cables-front-map button.play").getAttribute("aria-pressed")).isEqualTo("true");
        page.waitForTimeout(1500);
        page.locator("cables-front-map button.play").click();
        settle(page);
        LocalDate afterPlay = LocalDate.parse(page.url().substring(page.url().indexOf("date=") + 5));
        assertThat(afterPlay).isAfter(chosen);
    }

    @Test
    void withReducedMotionPlayStepsFromOneDatedStateToTheNext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-GB")
                .setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
        Page page = context.newPage();
        page.navigate(url("") + "/map?date=1950-06-25");
        settle(page);
        page.locator("cables-front-map button.play").click();
        waitForHeading(page, "The Pusan Perimeter as first held");
        // No tweening: the slider sits exactly on the dated state, not somewhere between.
        assertThat(page.locator("cables-front-map input[type=range]").getAttribute("aria-valuetext")).isEqualTo("4 August 1950");
        page.locator("cables-front-map button.play").click();
    }

    @Test
    void theMapPansAndZoomsByKeyboardAndButtons() {
        Page page = open("/map?date=1951-07-10", 1366, 900, ColorScheme.LIGHT);
        Locator group = page.locator("cables-front-map svg > g");
        String before = group.getAttribute("transform");
        page.locator("cables-front-map button[aria-label='Zoom in']").click();
        assertThat(group.getAttribute("transform")).isNotEqualTo(before).contains("scale(1.4)");
        page.locator("cables-front-map svg").focus();
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("-");
        page.keyboard().press("0");
        assertThat(group.getAttribute("transform")).isEqualTo("translate(0 0) scale(1)");
    }

    @Test
    void theMapIsAccessibleAndNeedsNoInternet() {
        Page page = open("/map?date=1950-11-24", 1366, 900, ColorScheme.LIGHT);
        assertNoSeriousAccessibilityViolations(page, "/map light");
        context.close();
        page = open("/map?date=1950-11-24", 390, 844, ColorScheme.DARK);
        assertNoSeriousAccessibilityViolations(page, "/map dark phone");
        assertThat(requests).allSatisfy(url -> assertThat(URI.create(url).getHost()).isEqualTo("localhost"));
    }

    /**
     * What covers what among the map's names as drawn (screen boxes): every visible name against
     * every other and against the other places' dots. Empty when nothing is covered.
     */
    static final String COVERED = """
            m => { const root = m.shadowRoot;
              const shown = [...root.querySelectorAll('g.place')].filter(g => g.querySelector('text').getAttribute('visibility') !== 'hidden');
              const name = g => g.querySelector('title').textContent;
              const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
              const covered = [];
              shown.forEach((g, i) => { const box = g.querySelector('text').getBoundingClientRect();
                shown.slice(i + 1).forEach(o => { if (hit(box, o.querySelector('text').getBoundingClientRect())) covered.push(name(g) + ' / ' + name(o)); });
                root.querySelectorAll('g.place').forEach(o => { if (o !== g && hit(box, o.querySelector('circle').getBoundingClientRect())) covered.push(name(g) + ' / the dot of ' + name(o)); }); });
              return covered; }""";

    /**
     * Where places lie a few kilometres apart (Kaesong, Panmunjom and Munsan; Seoul and Inchon), a
     * phone shows them a few pixels apart: the names are placed around their dots so that none
     * covers another name or another place's dot, and the places the stop is about are all named
     * (decision 68). Before, every name went to the right of its dot: on this stop at 390 px, 14
     * names or dots covered in English and 16 in Korean. The names are at least 13 px on screen
     * however large the map is drawn (before, about 9 px on a desktop's tour stop).
     */
    @Test
    void namesOnTheMapCoverNoOtherNameOrDotOnAPhoneOrADesktop() {
        for (String lang : List.of("en", "ko")) {
            for (int width : new int[] {390, 1366}) {
                Page page = open("/tours/armistice-talks/panmunjom?lang=" + lang, width, 844, ColorScheme.LIGHT);
                Locator map = page.locator("cables-front-map");
                map.locator("g.place text").first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
                assertThat(map.locator("g.place.highlighted")).as("the stop's places").satisfies(l -> assertThat(l.count()).isEqualTo(3));
                assertThat(map.locator("g.place.highlighted text[visibility=hidden]").count()).as("the stop's places all named, " + lang + " " + width).isZero();
                assertThat((List<?>) map.evaluate(COVERED)).as("names covering names or dots, " + lang + " " + width).isEmpty();
                double smallest = ((Number) map.evaluate("""
                        m => { const box = m.shadowRoot.querySelector('svg').getBoundingClientRect();
                          const scale = Math.min(box.width / 800, box.height / 1000);
                          return Math.min(...[...m.shadowRoot.querySelectorAll('g.place text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale)); }""")).doubleValue();
                assertThat(smallest).as("the smallest name's type on screen, px, " + lang + " " + width).isGreaterThanOrEqualTo(12.5);
                if (width == 390) {
                    assertThat(map.locator("g.place text:not([visibility=hidden])").count())
                            .as("most of the 16 places still named on a phone").isGreaterThanOrEqualTo(10);
                }
                context.close();
            }
        }
        Page page = open("/map?date=1950-09-15", 390, 844, ColorScheme.DARK);
        assertThat((List<?>) page.locator("cables-front-map").evaluate(COVERED)).as("the map page on a phone").isEmpty();
    }

    @Test
    void everyDatedStateIsDrawnAndPhotographed() throws IOException {
        FrontLines lines = ContentChecker.check(ContentFiles.fromDirectory(Path.of("content"))).corpus().orElseThrow().frontLines();
        assertThat(lines.states()).hasSizeGreaterThanOrEqualTo(13);
        Path shots = Path.of(System.getProperty("cables.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        Page page = open("/map", 1366, 1000, ColorScheme.LIGHT);
        for (FrontLines.State state : lines.states()) {
            page.navigate(url("") + "/map?date=" + state.date());
            settle(page);
            page.locator("cables-front-map svg path.korea").waitFor();
            assertThat(heading(page)).isEqualTo(state.label());
            assertThat(page.locator("cables-front-map path.un-held").getAttribute("d")).startsWith("M");
            page.locator(".map-layout").screenshot(new Locator.ScreenshotOptions()
                    .setPath(shots.resolve("map-" + state.date() + ".png")));
        }
    }

    @Test
    void theMapsAddedWeightIsMeasured() throws IOException {
        Map<String, Long> home = BrowserSupport.transferred(browser, url("/"));
        Map<String, Long> map = BrowserSupport.transferred(browser, url("") + "/map?date=1951-01-24");
        long added = 0;
        StringBuilder report = new StringBuilder("Added on /map compared with the home page (compressed bytes as transferred):\n");
        for (var entry : map.entrySet()) {
            String path = URI.create(entry.getKey()).getPath();
            boolean document = path.equals("/map");
            if (!home.containsKey(entry.getKey()) && !document) {
                added += entry.getValue();
                report.append(String.format("  %7d  %s%n", entry.getValue(), path));
            }
        }
        long documentDelta = map.getOrDefault(url("") + "/map?date=1951-01-24", 0L) - home.getOrDefault(url("") + "/", 0L);
        report.append(String.format("  %7d  first response (the map page's own view, beyond the home page's; the states are fetched apart, decision 66)%n", documentDelta));
        added += Math.max(0, documentDelta);
        report.append(String.format("Total: %.1f KB%n", added / 1024.0));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/map-weight.txt"), report);
        System.out.print(report);
        assertThat(added).as("map code and data, compressed").isLessThanOrEqualTo(150 * 1024);
    }
}
