package org.cables.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cables.browser.BrowserSupport.assertNoSeriousAccessibilityViolations;
import static org.cables.browser.BrowserSupport.settle;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.cables.content.ContentChecker;
import org.cables.content.ContentFiles;
import org.cables.content.Tour;
import org.cables.content.TourId;
import org.cables.staff.StaffAccounts;
import org.cables.staff.StaffRole;
import org.cables.visitor.KioskMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A kiosk on a 1920×1080 touch screen, with Playwright's clock standing in for the minutes
 * nobody touches it: the attract loop, "Still exploring?", the reset that leaves nothing of the
 * last visitor, the anonymous counts, and the way back after the server forgets the page.
 */
class KioskIT extends BrowserTest {

    static Tour roadToWar;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void loadTheTour() {
        roadToWar = ContentChecker.check(ContentFiles.fromDirectory(Path.of("content"))).corpus().orElseThrow()
                .tour(new TourId("road-to-war")).orElseThrow();
    }

    @Autowired
    StaffAccounts accounts;

    /** A touch screen that staff made a kiosk, with time under the test's control; every request must stay on this machine. */
    Page kiosk(List<String> requests) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080).setHasTouch(true)
                .setLocale("en-GB"));
        context.addCookies(List.of(new Cookie(KioskMode.COOKIE, "1").setUrl(url("/"))));
        Page page = context.newPage();
        page.onRequest(r -> requests.add(r.url()));
        page.clock().install();
        page.navigate(url("/kiosk"));
        settle(page);
        return page;
    }

    /** Touches "Touch to begin" and waits for the exhibit's start page. */
    void begin(Page page) {
        page.locator(".attract-begin-en").tap();
        page.waitForURL(url("/"));
        settle(page);
        page.locator("cables-kiosk-idle").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
    }

    Locator question(Page page) {
        return page.locator("cables-kiosk-idle [role=alertdialog]");
    }

    void screenshot(Page page, String name) throws Exception {
        Path shots = Path.of(System.getProperty("cables.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("kiosk-" + name + ".png")));
    }

    int count(String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM visit_event WHERE kind = ?").param(kind).query(Integer.class).single();
    }

    Optional<String> cookie(String name) {
        return context.cookies().stream().filter(c -> c.name.equals(name)).map(c -> c.value).findFirst();
    }

    /** A finger moving across the screen, as the touch screen reports it. */
    static void swipe(Page page, double fromX, double toX, double y) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("Input.dispatchTouchEvent", touch("touchStart", fromX, y));
        for (int i = 1; i <= 8; i++) {
            cdp.send("Input.dispatchTouchEvent", touch("touchMove", fromX + (toX - fromX) * i / 8, y));
        }
        JsonObject end = new JsonObject();
        end.addProperty("type", "touchEnd");
        end.add("touchPoints", new com.google.gson.JsonArray());
        cdp.send("Input.dispatchTouchEvent", end);
        cdp.detach();
    }

    static JsonObject touch(String type, double x, double y) {
        JsonObject point = new JsonObject();
        point.addProperty("x", x);
        point.addProperty("y", y);
        com.google.gson.JsonArray points = new com.google.gson.JsonArray();
        points.add(point);
        JsonObject event = new JsonObject();
        event.addProperty("type", type);
        event.add("touchPoints", points);
        return event;
    }

    @Test
    void theAttractLoopPlaysByItselfNeedsNoKeyboardAndLeadsNowhere() throws Exception {
        List<String> requests = new ArrayList<>();
        Page page = kiosk(requests);
        page.waitForFunction("() => document.querySelector('cables-front-map')?.playing === true");
        assertThat(page.locator("cables-front-map .caption .what").textContent()).isNotBlank();
        assertThat(page.locator("input:visible, textarea:visible, a[href]:visible").count()).as("nothing to type, nothing to follow").isZero();
        page.clock().runFor(6_000);
        screenshot(page, "attract-1920");
        assertNoSeriousAccessibilityViolations(page, "/kiosk");

        // The war moves on from one dated state to the next, and at the end starts again.
        String firstCaption = page.locator("cables-front-map .caption .what").textContent();
        page.waitForFunction("first => document.querySelector('cables-front-map').shadowRoot"
                + ".querySelector('.caption .what').textContent !== first", firstCaption);
        double first = ((Number) page.evaluate("() => document.querySelector('cables-front-map').data.first")).doubleValue();
        page.evaluate("() => document.querySelector('cables-front-map').finished()");
        assertThat(page.evaluate("() => document.querySelector('cables-front-map').playing")).isEqualTo(false);
        page.clock().runFor(9_000);
        page.waitForFunction("() => document.querySelector('cables-front-map').playing");
        assertThat(((Number) page.evaluate("() => document.querySelector('cables-front-map').day")).doubleValue())
                .isLessThan(first + 60);

        // A touch anywhere begins; links out of the exhibit do nothing on a kiosk.
        page.touchscreen().tap(400, 500);
        page.waitForURL(url("/"));
        settle(page);
        screenshot(page, "home-1920");
        page.evaluate("() => { const a = document.createElement('a'); a.href = 'https://example.org/'; a.id = 'out';"
                + " a.textContent = 'Out'; document.querySelector('main').prepend(a); }");
        page.locator("#out").dispatchEvent("click");
        page.waitForTimeout(300);
        assertThat(page.url()).isEqualTo(url("/"));
        assertThat(requests).allSatisfy(u -> assertThat(URI.create(u).getHost()).isIn("localhost", null));
    }

    @Test
    void staffMakeABrowserAKioskAndAreSignedOutOnIt() {
        String username = "kiosk-maker-" + System.nanoTime() % 100_000;
        accounts.create(username, "Kiosk Maker", "a kiosk maker's password", StaffRole.ADMIN);
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080).setHasTouch(true)
                .setLocale("en-GB"));
        Page page = context.newPage();
        page.navigate(url("/kiosk"));
        page.waitForURL(url("/"));
        assertThat(cookie(KioskMode.COOKIE)).as("a visitor's browser does not become a kiosk").isEmpty();

        signIn(page, username, "a kiosk maker's password");
        page.navigate(url("/kiosk"));
        settle(page);
        page.locator(".kiosk-make-button").click();
        page.waitForURL(url("/kiosk"));
        page.locator(".attract-begin-en").waitFor();
        assertThat(cookie(KioskMode.COOKIE)).hasValue("1");
        assertThat(context.cookies()).filteredOn(c -> c.name.equals(KioskMode.COOKIE))
                .as("scripts cannot read the kiosk cookie").allMatch(c -> c.httpOnly).isNotEmpty();
        page.navigate(url("/teach"));
        page.waitForURL(java.util.regex.Pattern.compile(".*/login$"));
    }

    @Test
    void idleThenStillExploringThenKeepExploring() throws Exception {
        Page page = kiosk(new ArrayList<>());
        begin(page);
        page.clock().fastForward(85_000);
        assertThat(question(page).count()).as("not yet: 85 s of 90").isZero();
        page.clock().fastForward(6_000);
        question(page).waitFor();
        assertThat(question(page).locator("h2").textContent()).isEqualTo("Still exploring?");
        assertThat(page.evaluate("() => document.querySelector('cables-kiosk-idle').shadowRoot.activeElement?.textContent"))
                .as("the answer has the focus").isEqualTo("Keep exploring");
        page.clock().fastForward(5_000);
        page.waitForFunction("() => document.querySelector('cables-kiosk-idle').remaining <= 15");
        screenshot(page, "still-exploring-1920");
        assertNoSeriousAccessibilityViolations(page, "kiosk countdown");

        question(page).locator("button").tap();
        page.waitForFunction("() => document.querySelector('cables-kiosk-idle').remaining === -1");
        page.clock().fastForward(60_000);
        assertThat(question(page).count()).as("the idle time starts again").isZero();
        assertThat(page.url()).isEqualTo(url("/"));
    }

    @Test
    void idleThenStillExploringThenAFreshStartForTheNextVisitor() throws Exception {
        int visits = count("KIOSK_VISIT");
        int started = count("TOUR_STARTED");
        int stopTimes = count("STOP_TIME");
        int resets = count("KIOSK_RESET");
        Page page = kiosk(new ArrayList<>());
        begin(page);
        page.navigate(url("/tours/road-to-war/" + roadToWar.stops().getFirst().id()));
        settle(page);
        // A finger swipes right to left: the next stop.
        swipe(page, 900, 200, 600);
        page.waitForURL("**/tours/road-to-war/" + roadToWar.stops().get(1).id());
        settle(page);
        screenshot(page, "tour-stop-1920");
        String visitor = cookie("cables-visitor").orElseThrow();
        String session = cookie("JSESSIONID").orElseThrow();
        assertThat(jdbc.sql("SELECT stop_number FROM tour_progress WHERE visitor_id = ?").param(visitor)
                .query(Integer.class).single()).isEqualTo(2);

        page.clock().fastForward(91_000);
        question(page).waitFor();
        page.clock().fastForward(21_000);
        page.waitForURL(url("/kiosk"));
        settle(page);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM tour_progress WHERE visitor_id = ?").param(visitor)
                .query(Integer.class).single()).as("the last visitor's place is gone").isZero();
        assertThat(cookie("cables-visitor")).as("and so is their visitor cookie").isEmpty();
        assertThat(cookie("JSESSIONID")).as("a new session").isPresent().get().isNotEqualTo(session);
        assertThat(page.locator(".attract-begin-en").isVisible()).isTrue();
        // The counts, anonymous, are what stays.
        assertThat(count("KIOSK_VISIT")).isEqualTo(visits + 1);
        assertThat(count("TOUR_STARTED")).isEqualTo(started + 1);
        assertThat(count("STOP_TIME")).as("the first stop, left by swiping").isEqualTo(stopTimes + 1);
        assertThat(count("KIOSK_RESET")).isEqualTo(resets + 1);

        // The next visitor starts at the beginning.
        begin(page);
        page.navigate(url("/tours"));
        settle(page);
        assertThat(page.locator(".continue-link").count()).isZero();
    }

    @Test
    void theMapPlayingKeepsTheKioskAwake() {
        Page page = kiosk(new ArrayList<>());
        begin(page);
        page.navigate(url("/map"));
        settle(page);
        page.locator("cables-front-map select").selectOption("slow");
        page.locator("cables-front-map button.play").tap();
        page.waitForFunction("() => document.querySelector('cables-front-map').playing === true");
        for (int i = 0; i < 12; i++) {
            page.clock().fastForward(10_000);
        }
        assertThat(question(page).count()).as("two minutes of the war playing is not idleness").isZero();
        page.locator("cables-front-map button.play").tap();
        page.clock().fastForward(91_000);
        question(page).waitFor();
    }

    @Test
    void aKioskWhoseServerForgotItGoesBackToTheAttractLoopByItself() {
        Page page = kiosk(new ArrayList<>());
        begin(page);
        // The server restarted: its heartbeat answers with another run's id.
        page.route("**/kiosk/alive", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("application/json").setBody("{\"boot\":\"a-new-run\"}")));
        page.clock().fastForward(16_000);
        page.waitForURL(url("/kiosk"));
        settle(page);
        page.unroute("**/kiosk/alive");

        // The session is gone (expired, or the server restarted) and a visitor touches a link.
        begin(page);
        context.clearCookies(new com.microsoft.playwright.BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
        page.locator("a.feature-card").first().tap();
        page.waitForURL(url("/kiosk"));
        page.locator(".attract-begin-en").waitFor();
    }
}
