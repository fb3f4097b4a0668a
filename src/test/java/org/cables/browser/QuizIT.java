package org.cables.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cables.browser.BrowserSupport.assertNoSeriousAccessibilityViolations;
import static org.cables.browser.BrowserSupport.settle;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A whole quiz in a real browser, the ordering question done with the keyboard alone. */
class QuizIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWholeQuizWithKeyboardOrderingIsStoredAndAccessible() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-GB"));
        Page page = context.newPage();
        page.navigate(url("/quizzes/road-to-war"));
        settle(page);
        page.locator("button.quiz-start").click();
        settle(page);

        int total = Integer.parseInt(page.locator(".quiz-step").textContent().replaceAll(".* of ", ""));
        boolean orderedByKeyboard = false;
        boolean scannedQuestion = false;
        for (int i = 0; i < total; i++) {
            String kind = page.locator(".quiz-kind").textContent();
            if (!scannedQuestion && kind.equals("Put in order")) {
                assertNoSeriousAccessibilityViolations(page, "an order question");
                scannedQuestion = true;
            }
            answer(page, kind);
            if (kind.equals("Put in order")) {
                orderedByKeyboard = true;
            }
            page.locator("button.quiz-check").click();
            settle(page);
            assertThat(page.locator(".quiz-feedback h2").textContent()).isIn("Right!", "Not quite.");
            assertThat(page.locator(".quiz-feedback a.quiz-source").getAttribute("href")).startsWith("cables/");
            if (i == 0) {
                assertNoSeriousAccessibilityViolations(page, "feedback");
            }
            page.locator("button.quiz-next").click();
            settle(page);
        }
        assertThat(orderedByKeyboard).isTrue();
        assertThat(page.locator(".quiz-score").textContent()).matches("\\d+ out of " + total);
        assertNoSeriousAccessibilityViolations(page, "results");

        List<Integer> stored = jdbc.sql("SELECT COUNT(*) FROM quiz_answer a JOIN quiz_attempt t ON a.attempt_id = t.id "
                + "WHERE t.quiz_id = 'road-to-war' AND t.finished_at IS NOT NULL GROUP BY t.id").query(Integer.class).list();
        assertThat(stored).contains(total);
    }

    private void answer(Page page, String kind) {
        switch (kind) {
            case "Put in order" -> {
                // Keyboard only: Tab to a move button and press Enter, twice.
                for (int moves = 0; moves < 2; moves++) {
                    Locator down = page.locator(".order-row button.order-down:not([disabled])").first();
                    down.focus();
                    page.keyboard().press("Enter");
                    settle(page);
                }
                String focused = (String) page.evaluate("() => document.activeElement && document.activeElement.className");
                assertThat(focused).as("focus stays on the moved item's button").contains("order-");
            }
            case "Match the pairs" -> {
                Locator selects = page.locator(".quiz-match vaadin-select");
                for (int k = 0; k < selects.count(); k++) {
                    selects.nth(k).click();
                    page.locator("vaadin-select[opened] vaadin-select-list-box vaadin-select-item").first().click();
                    settle(page);
                }
            }
            case "Choose every right answer" -> page.locator(".quiz-choices vaadin-checkbox").first().click();
            default -> page.locator(".quiz-choices vaadin-radio-button").first().click();
        }
        settle(page);
    }
}
