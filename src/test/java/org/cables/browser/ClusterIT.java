package org.cables.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cables.browser.BrowserSupport.settle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A lesson across two exhibit nodes behind the load balancer of {@code .ci/cluster.sh}: the
 * teacher's browser is kept to node 1 and three students' browsers to node 2 (the balancer's
 * CABLES_NODE cookie), so every move, question, answer and reveal has to cross between the
 * nodes through PostgreSQL. Runs when {@code CABLES_CLUSTER_URL} names the balancer
 * ({@code CABLES_CLUSTER_ADMIN_PASSWORD}: the first admin's password the cluster was started with).
 */
@EnabledIfEnvironmentVariable(named = "CABLES_CLUSTER_URL", matches = ".+")
class ClusterIT {

    static final LocatorAssertions.HasTextOptions SOON = new LocatorAssertions.HasTextOptions().setTimeout(15_000);
    static Playwright playwright;
    static Browser browser;
    final List<BrowserContext> contexts = new ArrayList<>();
    final String base = System.getenv("CABLES_CLUSTER_URL").replaceAll("/$", "");

    @BeforeAll
    static void startBrowser() {
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        playwright.close();
    }

    /** A browser the balancer keeps to one node. */
    Page on(String node, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-GB"));
        context.addCookies(List.of(new Cookie("CABLES_NODE", node).setUrl(base)));
        contexts.add(context);
        return context.newPage();
    }

    @Test
    void aLessonWithTheTeacherOnOneNodeAndTheStudentsOnTheOther() {
        try {
            Page teacher = on("node1", 1366, 900);
            teacher.navigate(base + "/login");
            settle(teacher);
            teacher.locator("vaadin-login-form input[name=username]").fill(System.getenv().getOrDefault("CABLES_CLUSTER_ADMIN_USERNAME", "admin"));
            teacher.locator("vaadin-login-form input[name=password]").fill(System.getenv().getOrDefault("CABLES_CLUSTER_ADMIN_PASSWORD", "a local cluster password"));
            teacher.locator("vaadin-login-form input[name=password]").press("Enter");
            teacher.waitForURL(address -> !address.endsWith("/login"));
            teacher.navigate(base + "/teach");
            settle(teacher);
            teacher.locator(".teach-class-name input").fill("Across two nodes");
            teacher.locator("vaadin-button.teach-start").click();
            teacher.waitForURL(Pattern.compile(".*/teach/[0-9a-f-]{36}$"));
            settle(teacher);
            String code = teacher.locator(".console-code").textContent().replace(" ", "");

            List<Page> pupils = new ArrayList<>();
            for (String name : List.of("Ana", "Ben", "Chloé")) {
                Page pupil = on("node2", 390, 844);
                pupil.navigate(base + "/join?code=" + code);
                settle(pupil);
                pupil.locator(".join-name input").fill(name);
                pupil.locator("vaadin-button.join-submit").click();
                pupil.waitForURL(Pattern.compile(".*/class$"));
                settle(pupil);
                assertThat(pupil.locator(".class-step")).hasText(Pattern.compile("Stop 1 of \\d+"));
                pupils.add(pupil);
            }
            assertThat(teacher.locator("tr.console-student")).hasCount(3, new LocatorAssertions.HasCountOptions().setTimeout(15_000));

            // The teacher moves on, on node 1; the students' screens on node 2 follow.
            teacher.locator("vaadin-button.console-next").click();
            for (Page pupil : pupils) {
                assertThat(pupil.locator(".class-step")).hasText(Pattern.compile("Stop 2 of \\d+"), SOON);
            }

            // A live question asked on node 1, answered on node 2, counted and revealed across.
            var corpus = org.cables.content.ContentChecker.check(org.cables.content.ContentFiles.fromDirectory(Path.of("content")))
                    .corpus().orElseThrow();
            var tour = corpus.tour(new org.cables.content.TourId("road-to-war")).orElseThrow();
            String prompt = corpus.quiz(tour.quiz()).orElseThrow().questions().stream()
                    .filter(q -> q.type() == org.cables.content.Quiz.Type.SINGLE).findFirst().orElseThrow().prompt();
            teacher.locator("vaadin-select.console-choose").click();
            teacher.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(prompt)).first().click();
            teacher.locator("vaadin-button.console-ask").click();
            for (Page pupil : pupils) {
                assertThat(pupil.locator(".live-question vaadin-radio-button").first()).isVisible(
                        new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
                pupil.locator(".live-question vaadin-radio-button").first().locator("label").click();
                pupil.locator("vaadin-button.live-send").click();
            }
            assertThat(teacher.locator(".answer-summary")).hasText("3 of 3 students have answered", SOON);
            teacher.locator("vaadin-button.console-reveal").click();
            for (Page pupil : pupils) {
                assertThat(pupil.locator(".live-question .quiz-feedback h2")).hasText(Pattern.compile("Right!|Not quite\\."), SOON);
            }
            Path shots = Path.of(System.getProperty("cables.screenshots", "target/screenshots"));
            teacher.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("cluster-teacher-node1.png")).setFullPage(true));
            pupils.getFirst().screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("cluster-student-node2.png")).setFullPage(true));
            assertThat(teacher.context().cookies(base)).anyMatch(c -> c.name.equals("CABLES_NODE") && c.value.equals("node1"));
            assertThat(pupils.getFirst().context().cookies(base)).anyMatch(c -> c.name.equals("CABLES_NODE") && c.value.equals("node2"));
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }
}
