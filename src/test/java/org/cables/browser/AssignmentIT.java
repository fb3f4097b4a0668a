package org.cables.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cables.browser.BrowserSupport.assertNoSeriousAccessibilityViolations;
import static org.cables.browser.BrowserSupport.settle;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.cables.staff.StaffAccounts;
import org.cables.staff.StaffRole;
import org.cables.statistics.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * An assignment over two days in real browsers, with the exhibit's clock moved by the test: the
 * teacher sets it and a writing task; a student joins on a phone, reads, starts writing and closes
 * the tab; the next day, after the due date, she carries on from a laptop in Korean with her
 * re-entry code and hands in late; the teacher sees it live, scores it with the rubric; she sees
 * the score and comment when she comes back. Every page is checked with axe.
 */
@Import(AssignmentIT.TestClock.class)
class AssignmentIT extends BrowserTest {

    static final LocatorAssertions.HasTextOptions SOON = new LocatorAssertions.HasTextOptions().setTimeout(15_000);
    static final String PASSWORD = "an assignment password";

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-02T00:00:00Z"), ZoneId.of("Asia/Seoul"));
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    StaffAccounts accounts;

    @Test
    void anAssignmentOverTwoDays() {
        clock.set(Instant.parse("2026-03-02T00:00:00Z")); // Monday 09:00 in Seoul
        if (accounts.find("it-assigner").isEmpty()) {
            accounts.create("it-assigner", "Ms Yoon", PASSWORD, StaffRole.TEACHER);
        }
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-GB"));
        Page teacher = context.newPage();
        teacher.navigate(url("/teach"));
        teacher.waitForURL(Pattern.compile(".*/login$"));
        signIn(teacher, "it-assigner", PASSWORD);
        settle(teacher);
        assertNoSeriousAccessibilityViolations(teacher, "the teacher's classes, with the assignment form");
        teacher.locator(".assign-name input").fill("Homework: the road to war");
        teacher.locator("vaadin-button.assign-start").click();
        teacher.waitForURL(Pattern.compile(".*/teach/assignment/[0-9a-f-]{36}$"));
        settle(teacher);
        String code = teacher.locator(".assignment-join .console-code").textContent().replace(" ", "");
        assertThat(code).matches("[ACDEFHJKMNPRTUVWXY3479]{6}");

        // A writing task about a highlighted passage, scored with the four skills.
        teacher.locator("vaadin-select.assignment-task-document").click();
        teacher.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("highlighted passage")).first().click();
        teacher.locator(".assignment-task-model textarea").fill("Written to share the risk with an ally.");
        teacher.locator("vaadin-button.assignment-add-task").click();
        assertThat(teacher.locator(".assignment-task")).hasCount(1);
        assertNoSeriousAccessibilityViolations(teacher, "an assignment's page for its teacher");
        shoot(teacher, "assignment-teacher-start");

        // Monday: Ana joins on her phone, reads, starts writing, closes the tab.
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("en-GB")
                .setHasTouch(true).setIsMobile(true));
        Page ana = phone.newPage();
        ana.navigate(url("/join?code=" + code));
        settle(ana);
        ana.locator(".join-name input").fill("Ana");
        ana.locator("vaadin-button.join-submit").click();
        ana.waitForURL(Pattern.compile(".*/class/work.*"));
        settle(ana);
        String reentry = ana.locator(".work-reentry-code").textContent().replace(" ", "");
        assertThat(reentry).matches("[ACDEFHJKMNPRTUVWXY3479]{6}");
        assertNoSeriousAccessibilityViolations(ana, "a student's assignment, first stop");
        shoot(ana, "assignment-student-stop");
        ana.locator("vaadin-button.work-next").click();
        assertThat(ana.locator(".work-step-done")).hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
        ana.locator(".work-step-link").filter(new Locator.FilterOptions().setHasText("Writing 1")).click();
        settle(ana);
        ana.locator(".work-writing-text textarea").fill("Stalin wants Mao to share the decision");
        assertThat(ana.locator(".work-saved")).containsText("Saved at", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertNoSeriousAccessibilityViolations(ana, "a student's writing task");
        shoot(ana, "assignment-student-writing");
        assertThat(teacher.locator(".assignment-writing-cell").first()).containsText("writing",
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        phone.close();

        // Tuesday, after the due date: on a laptop, in Korean, with both codes.
        clock.advance(Duration.ofDays(8));
        BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("ko-KR"));
        try {
            Page again = laptop.newPage();
            again.navigate(url("/join?lang=ko"));
            settle(again);
            assertNoSeriousAccessibilityViolations(again, "the join page in Korean, with carrying on from another device");
            again.locator(".reenter-code input").fill(code.toLowerCase());
            again.locator(".reenter-personal input").fill(reentry);
            again.locator("vaadin-button.reenter-submit").click();
            again.waitForURL(Pattern.compile(".*/class/work.*"));
            settle(again);
            assertThat(again.locator(".work-writing-text textarea")).hasValue("Stalin wants Mao to share the decision");
            again.locator(".work-writing-text textarea").fill("Stalin wants Mao to share the decision, and the blame.");
            again.locator("vaadin-button.work-submit").click();
            assertThat(again.locator(".work-writing-state")).containsText("늦게 제출");
            assertNoSeriousAccessibilityViolations(again, "a student's writing, handed in late, in Korean");
            shoot(again, "assignment-student-late-ko");

            // The teacher sees it handed in late, reads it beside the source and scores it.
            assertThat(teacher.locator(".assignment-late").first()).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
            teacher.locator("vaadin-button.assignment-read").first().click();
            assertThat(teacher.locator(".assignment-answer-text")).hasText("Stalin wants Mao to share the decision, and the blame.");
            int criteria = teacher.locator("vaadin-radio-group.assignment-score").count();
            assertThat(criteria).isEqualTo(4);
            for (int i = 0; i < criteria; i++) {
                teacher.locator("vaadin-radio-group.assignment-score").nth(i).locator("vaadin-radio-button").nth(2).click();
            }
            teacher.locator(".assignment-comment textarea").fill("Good sourcing. What had happened the week before?");
            teacher.locator("vaadin-button.assignment-save-score").click();
            assertThat(teacher.locator(".assignment-score-outcome")).containsText("8 of 12");
            assertNoSeriousAccessibilityViolations(teacher, "scoring a student's writing with the rubric");
            shoot(teacher, "assignment-teacher-scoring");

            // Ana comes back and reads her feedback.
            again.reload();
            settle(again);
            assertThat(again.locator(".work-comment")).hasText("Good sourcing. What had happened the week before?");
            assertThat(again.locator(".work-feedback h3")).containsText("12점 중 8점");
            shoot(again, "assignment-student-feedback-ko");
        } finally {
            laptop.close();
        }
    }

    void shoot(Page page, String name) {
        Path shots = Path.of(System.getProperty("cables.screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve(name + ".png")).setFullPage(true));
    }
}
