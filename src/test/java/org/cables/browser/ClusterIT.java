package org.cables.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cables.browser.BrowserSupport.settle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
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
 * With {@code CABLES_CLUSTER_DIR} (the cluster's folder) it then loses each node in turn with
 * {@code kill -9}, mid-lesson: every screen must come back by itself, at the teacher's stop, with
 * every answer kept, and the class must go on; the time until every screen is back is written to
 * {@code cluster-recovery.txt} beside the screenshots.
 */
@EnabledIfEnvironmentVariable(named = "CABLES_CLUSTER_URL", matches = ".+")
class ClusterIT {

    static final LocatorAssertions.HasTextOptions SOON = new LocatorAssertions.HasTextOptions().setTimeout(15_000);
    static Playwright playwright;
    static Browser browser;
    final List<BrowserContext> contexts = new ArrayList<>();
    final String base = System.getenv("CABLES_CLUSTER_URL").replaceAll("/$", "");
    /** The cluster's folder ({@code .ci/cluster.sh start DIR}), when the test may kill and restart its nodes. */
    final Path clusterDir = System.getenv("CABLES_CLUSTER_DIR") == null ? null : Path.of(System.getenv("CABLES_CLUSTER_DIR"));
    /** How long a screen may take to come back after its node is lost. */
    static final LocatorAssertions.HasTextOptions BACK = new LocatorAssertions.HasTextOptions().setTimeout(60_000);

    @BeforeAll
    static void startBrowser() {
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        playwright.close();
    }

    /** The node the balancer keeps a page's browser to. */
    String node(Page page) {
        return page.context().cookies(base).stream().filter(c -> c.name.equals("CABLES_NODE")).map(c -> c.value)
                .findFirst().orElse("none");
    }

    /** The run of the server a kiosk kept to that node is told of ({@code /kiosk/alive}). */
    String boot(String node) throws Exception {
        java.net.http.HttpResponse<String> alive = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/kiosk/alive")).header("Cookie", "CABLES_NODE=" + node).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(alive.statusCode()).isEqualTo(200);
        return alive.body().replaceAll(".*\"boot\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /** Marks the page now shown, so that its reload can be told from it. */
    static void markBeforeLoss(Page page) {
        page.evaluate("() => { window.cablesBeforeLoss = true; }");
    }

    /** Waits (a minute at most) until the page has reloaded by itself, from the node named. */
    void reloaded(Page page, String node) {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < until) {
            try {
                if (node(page).equals(node) && Boolean.TRUE.equals(page.evaluate("() => document.readyState === 'complete' && !window.cablesBeforeLoss"))) {
                    return;
                }
            } catch (com.microsoft.playwright.PlaywrightException reloading) {
                // the page is between two documents
            }
            page.waitForTimeout(200);
        }
        throw new AssertionError(page.url() + " did not reload from " + node + " within a minute (still on " + node(page) + ")");
    }

    /** Kills a node as a power cut would ({@code kill -9}); the moment it died. */
    Instant kill(int node) throws Exception {
        long pid = Long.parseLong(Files.readString(clusterDir.resolve("node-" + node + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("node " + node + " is not running"));
        process.destroyForcibly(); // SIGKILL
        process.onExit().get(30, TimeUnit.SECONDS);
        return Instant.now();
    }

    /** Starts a node again with {@code .ci/cluster.sh node}, and waits until the balancer sends to it. */
    void restart(int node) throws Exception {
        Process script = new ProcessBuilder("bash", ".ci/cluster.sh", "node", clusterDir.toString(), String.valueOf(node))
                .inheritIO().start();
        assertThat(script.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(script.exitValue()).as("node " + node + " started again").isZero();
        Thread.sleep(3_000); // the balancer's checks: one a second, two good ones to take it back
    }

    /** A browser the balancer keeps to one node. */
    Page on(String node, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-GB"));
        context.addCookies(List.of(new Cookie("CABLES_NODE", node).setUrl(base)));
        contexts.add(context);
        return context.newPage();
    }

    @Test
    void aLessonWithTheTeacherOnOneNodeAndTheStudentsOnTheOtherSurvivesLosingEitherNode() throws Exception {
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
            assertThat(node(teacher)).isEqualTo("node1");
            assertThat(node(pupils.getFirst())).isEqualTo("node2");

            if (clusterDir == null) {
                return; // a cluster started by hand: nothing to kill
            }
            List<Page> everyone = new ArrayList<>(pupils);
            everyone.addFirst(teacher);

            // The students' node is lost mid-lesson: their pages reload by themselves on node 1,
            // at the teacher's stop, each with the answer they had sent.
            // A kiosk asks its own node which run of the server it is talking to (the balancer's cookie).
            String boot1 = boot("node1");
            String boot2 = boot("node2");
            assertThat(boot1).isNotEqualTo(boot2);
            assertThat(boot("node2")).isEqualTo(boot2);

            everyone.forEach(ClusterIT::markBeforeLoss);
            Instant lost = kill(2);
            for (Page pupil : pupils) {
                reloaded(pupil, "node1");
                assertThat(pupil.locator(".class-step")).hasText(Pattern.compile("Stop 2 of \\d+"), BACK);
                assertThat(pupil.locator(".live-question .quiz-feedback h2")).hasText(Pattern.compile("Right!|Not quite\\."), BACK);
            }
            Duration studentsBack = Duration.between(lost, Instant.now());
            pupils.forEach(pupil -> assertThat(node(pupil)).isEqualTo("node1"));
            assertThat(boot("node2")).as("a kiosk of the lost node learns that its server changed, and starts afresh").isEqualTo(boot1);
            assertThat(teacher.locator(".answer-summary")).hasText("3 of 3 students have answered", SOON);
            teacher.locator("vaadin-button.console-next").click();
            for (Page pupil : pupils) {
                assertThat(pupil.locator(".class-step")).hasText(Pattern.compile("Stop 3 of \\d+"), SOON);
            }

            // Node 2 comes back; then node 1, with the teacher and everyone, is lost. The teacher's
            // sign-in is recognised on node 2 and the console reopens on the same class.
            restart(2);
            String console = teacher.url();
            everyone.forEach(ClusterIT::markBeforeLoss);
            lost = kill(1);
            everyone.forEach(page -> reloaded(page, "node2"));
            assertThat(teacher.locator(".console-code")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(BACK.timeout));
            assertThat(teacher).hasURL(console);
            for (Page pupil : pupils) {
                assertThat(pupil.locator(".class-step")).hasText(Pattern.compile("Stop 3 of \\d+"), BACK);
            }
            Duration everyoneBack = Duration.between(lost, Instant.now());
            everyone.forEach(page -> assertThat(node(page)).isEqualTo("node2"));
            assertThat(teacher.locator("tr.console-student")).hasCount(3);
            teacher.locator("vaadin-button.console-next").click();
            for (Page pupil : pupils) {
                assertThat(pupil.locator(".class-step")).hasText(Pattern.compile("Stop 4 of \\d+"), SOON);
            }
            String figures = "Node 2 (three students) killed: every student's screen back at the teacher's stop after %.1f s%n"
                    .formatted(studentsBack.toMillis() / 1000.0)
                    + "Node 1 (teacher and students) killed: every screen back after %.1f s%n".formatted(everyoneBack.toMillis() / 1000.0);
            System.out.print(figures);
            java.nio.file.Files.writeString(shots.resolveSibling("cluster-recovery.txt"), figures);
            teacher.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("cluster-teacher-after-node-loss.png")).setFullPage(true));
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }
}
