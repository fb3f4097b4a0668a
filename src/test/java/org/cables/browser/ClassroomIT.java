package org.cables.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cables.browser.BrowserSupport.assertNoSeriousAccessibilityViolations;
import static org.cables.browser.BrowserSupport.settle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.content.Tour;
import org.cables.content.TourId;
import org.cables.staff.StaffAccounts;
import org.cables.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lesson in real browsers: one teacher on a projector-sized screen and three students on
 * phones. They join with the code, follow the teacher from stop to stop (server push), answer a
 * live question whose answers the teacher sees arrive and then reveals, explore on their own,
 * and the teacher downloads the results and ends the class.
 */
class ClassroomIT extends BrowserTest {

    static final String PASSWORD = "a classroom password";
    static final LocatorAssertions.HasTextOptions SOON = new LocatorAssertions.HasTextOptions().setTimeout(15_000);

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ExhibitContent content;

    final List<BrowserContext> students = new ArrayList<>();

    @AfterEach
    void closeStudents() {
        students.forEach(BrowserContext::close);
        students.clear();
    }

    Page teacherSignsIn(String username) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(username, "Ms Teacher", PASSWORD, StaffRole.TEACHER);
        }
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-GB")
                .setAcceptDownloads(true));
        Page page = context.newPage();
        page.navigate(url("/teach"));
        page.waitForURL(Pattern.compile(".*/login$"));
        signIn(page, username, PASSWORD);
        return page;
    }

    Page student(String code, String name) {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("en-GB")
                .setHasTouch(true).setIsMobile(true));
        students.add(phone);
        Page page = phone.newPage();
        page.navigate(url("/join?code=" + code));
        settle(page);
        page.locator(".join-name input").fill(name);
        page.locator("vaadin-button.join-submit").click();
        page.waitForURL(Pattern.compile(".*/class$"));
        settle(page);
        return page;
    }

    @Test
    void aLessonWithOneTeacherAndThreeStudents() throws Exception {
        Tour tour = content.corpus().tour(new TourId("road-to-war")).orElseThrow();
        Quiz quiz = content.corpus().quiz(tour.quiz()).orElseThrow();
        Quiz.Question question = quiz.questions().stream().filter(q -> q.type() == Quiz.Type.SINGLE).findFirst().orElseThrow();
        String right = question.choices().stream().filter(Quiz.Choice::correct).findFirst().orElseThrow().text();
        String wrong = question.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().text();

        Page teacher = teacherSignsIn("it-teacher");
        teacher.locator(".teach-class-name input").fill("Year 10 History");
        teacher.locator("vaadin-button.teach-start").click();
        teacher.waitForURL(Pattern.compile(".*/teach/[0-9a-f-]{36}$"));
        settle(teacher);
        String code = teacher.locator(".console-code").textContent().replace(" ", "");
        assertThat(code).matches("[ACDEFHJKMNPRTUVWXY3479]{6}");
        String qr = teacher.locator(".console-join img.qr-code").getAttribute("alt");
        assertThat(qr).contains("/join?code=" + code);
        shoot(teacher, "classroom-console-start");
        assertNoSeriousAccessibilityViolations(teacher, "class console, before anyone joined");

        // A wrong code is explained; the right code lets three students in.
        BrowserContext typo = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("en-GB"));
        students.add(typo);
        Page mistyped = typo.newPage();
        mistyped.navigate(url("/join"));
        settle(mistyped);
        assertNoSeriousAccessibilityViolations(mistyped, "join page");
        mistyped.locator(".join-code input").fill(code.equals("AAAAAA") ? "CCCCCC" : "AAAAAA");
        mistyped.locator(".join-name input").fill("Typo");
        mistyped.locator("vaadin-button.join-submit").click();
        assertThat(mistyped.locator(".join-problem")).hasText("No class has this code. Check it on your teacher’s screen.");

        List<Page> pupils = List.of(student(code, "Ana"), student(code.toLowerCase(), "Ben"), student(code, "Chloé"));
        for (Page pupil : pupils) {
            assertThat(pupil.locator(".class-step")).hasText("Stop 1 of " + tour.stops().size());
            assertThat(pupil.locator(".class-stop h1")).hasText(tour.stops().get(0).title());
        }
        assertThat(teacher.locator("tr.console-student")).hasCount(3);
        assertThat(teacher.locator(".console-online")).hasText("With the page open now: 3", SOON);

        // Teacher-led: the teacher moves on, every student's screen follows.
        teacher.locator("vaadin-button.console-next").click();
        for (Page pupil : pupils) {
            assertThat(pupil.locator(".class-step")).hasText("Stop 2 of " + tour.stops().size(), SOON);
            assertThat(pupil.locator(".class-stop h1")).hasText(tour.stops().get(1).title(), SOON);
        }

        // A live question: answers arrive on the teacher's chart, the reveal reaches everyone.
        teacher.locator("vaadin-select.console-choose").click();
        teacher.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(question.prompt())).first().click();
        teacher.locator("vaadin-button.console-ask").click();
        for (Page pupil : pupils) {
            assertThat(pupil.locator(".live-question")).containsText(question.prompt(), new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        }
        assertNoSeriousAccessibilityViolations(pupils.get(0), "a student's page with a live question");
        shoot(pupils.get(0), "classroom-student-question");
        answer(pupils.get(0), right);
        answer(pupils.get(1), right);
        answer(pupils.get(2), wrong);
        assertThat(teacher.locator(".answer-summary")).hasText("3 of 3 students have answered", SOON);
        String rightId = question.choices().stream().filter(Quiz.Choice::correct).findFirst().orElseThrow().id();
        String wrongId = question.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();
        assertThat(teacher.locator(".answer-bar[data-answer='" + rightId + "'] .answer-count")).hasText("2 answers");
        assertThat(teacher.locator(".answer-bar[data-answer='" + wrongId + "'] .answer-count")).hasText("1 answer");
        shoot(teacher, "classroom-console-answers");
        teacher.locator("vaadin-button.console-reveal").click();
        assertThat(pupils.get(0).locator(".live-question .quiz-feedback h2")).hasText("Right!", SOON);
        assertThat(pupils.get(1).locator(".live-question .quiz-feedback h2")).hasText("Right!", SOON);
        assertThat(pupils.get(2).locator(".live-question .quiz-feedback h2")).hasText("Not quite.", SOON);
        assertThat(pupils.get(2).locator(".live-question .quiz-feedback")).containsText(question.explanation());
        assertThat(teacher.locator(".answer-bar.right")).hasCount(1);
        shoot(pupils.get(2), "classroom-student-revealed");
        assertNoSeriousAccessibilityViolations(teacher, "class console with a revealed question");

        // Released: students turn the stops themselves, and the teacher sees where each one is.
        teacher.locator("vaadin-button.console-mode-toggle").click();
        assertThat(pupils.get(0).locator(".class-mode")).hasText("Explore the tour at your own pace.", SOON);
        pupils.get(0).locator("vaadin-button.class-next").click();
        assertThat(pupils.get(0).locator(".class-step")).hasText("Stop 3 of " + tour.stops().size());
        assertThat(teacher.locator("tr.console-student").first().locator("td").nth(1))
                .hasText("3. " + tour.stops().get(2).title(), SOON);
        assertThat(pupils.get(1).locator(".class-step")).hasText("Stop 2 of " + tour.stops().size());

        // The results as CSV.
        Download download = teacher.waitForDownload(() -> teacher.locator("a.console-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).startsWith("Student,Joined,At stop,").contains(question.prompt().substring(0, 20));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("Ana,").endsWith(",right,1,1");
        assertThat(rows.get(2)).startsWith("Ben,").endsWith(",right,1,1");
        assertThat(rows.get(3)).startsWith("Chloé,").endsWith(",wrong,0,1");

        // The teacher ends the class for everyone.
        teacher.locator("vaadin-button.console-end").click();
        teacher.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button'], [slot='confirm-button']").first().click();
        for (Page pupil : pupils) {
            assertThat(pupil.locator(".class-ended h1")).hasText("This class has ended", SOON);
        }
        shoot(pupils.get(0), "classroom-student-ended");
    }

    /**
     * A teacher's session is lost, as when the node that held it stops (decision 45): the next
     * page is on a node that never saw them, yet they are still signed in, by the sign-in cookie
     * every node recognises. Signing out removes it, so the next page asks for a password again.
     */
    @Test
    void aTeacherWhoseSessionIsLostIsStillSignedInUntilSigningOut() {
        Page teacher = teacherSignsIn("ms-lost-session");
        teacher.locator(".teach-class-name input").fill("Session lost");
        teacher.locator("vaadin-button.teach-start").click();
        teacher.waitForURL(Pattern.compile(".*/teach/[0-9a-f-]{36}$"));
        String console = teacher.url();
        assertThat(context.cookies()).anySatisfy(c -> {
            assertThat(c.name).isEqualTo("cables-staff");
            assertThat(c.httpOnly).isTrue();
            assertThat(c.expires).as("until the browser closes").isEqualTo(-1.0);
        });

        context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
        teacher.navigate(console);
        settle(teacher);
        assertThat(teacher.url()).isEqualTo(console);
        assertThat(teacher.locator(".console-code")).isVisible();

        teacher.locator(".staff-sign-out").click();
        teacher.waitForURL(address -> !address.equals(console));
        assertThat(context.cookies()).noneSatisfy(c -> assertThat(c.name).isEqualTo("cables-staff"));
        teacher.navigate(console);
        teacher.waitForURL(Pattern.compile(".*/login$"));
    }

    void answer(Page pupil, String choice) {
        pupil.locator(".live-question vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(choice)).first()
                .locator("label").click();
        pupil.locator("vaadin-button.live-send").click();
        assertThat(pupil.locator(".live-status")).hasText("Your answer was sent. Your teacher will show the right answer.");
    }

    void shoot(Page page, String name) {
        Path shots = Path.of(System.getProperty("cables.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve(name + ".png")).setFullPage(true));
    }
}
