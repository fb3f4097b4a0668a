package org.cables.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cables.browser.BrowserSupport.settle;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.cables.content.ContentChecker;
import org.cables.content.ContentFiles;
import org.cables.content.Tour;
import org.cables.content.TourId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A visitor takes a whole tour with the keyboard alone, and comes back to it another day. */
class TourIT extends BrowserTest {

    static Tour roadToWar;
    static Tour roadToWarInKorean;
    static org.cables.content.Quiz roadToWarQuiz;


    @BeforeAll
    static void loadTheTour() {
        var checked = ContentChecker.check(ContentFiles.fromDirectory(Path.of("content")));
        roadToWar = checked.corpus().orElseThrow().tour(new TourId("road-to-war")).orElseThrow();
        roadToWarInKorean = checked.korean().orElseThrow().tour(new TourId("road-to-war")).orElseThrow();
        roadToWarQuiz = checked.corpus().orElseThrow().quiz(roadToWar.quiz()).orElseThrow();
    }

    Page newPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-GB"));
        return context.newPage();
    }

    @Test
    void aWholeTourByKeyboardOnly() {
        Page page = newPage();
        page.navigate(url("/tours"));
        settle(page);
        boolean found = false;
        for (int i = 0; i < 60 && !found; i++) {
            page.keyboard().press("Tab");
            found = Boolean.TRUE.equals(page.evaluate("() => document.activeElement && document.activeElement.textContent === 'Start the tour'"
                    + " && document.activeElement.getAttribute('href') && document.activeElement.getAttribute('href').startsWith('tours/road-to-war/')"));
        }
        assertThat(found).as("the first tour's start link is reachable with Tab").isTrue();
        page.keyboard().press("Enter");
        List<Tour.Stop> stops = roadToWar.stops();
        page.waitForURL("**/tours/road-to-war/" + stops.getFirst().id());
        settle(page);
        for (int i = 1; i < stops.size(); i++) {
            assertThat(page.locator(".stop-step").textContent()).isEqualTo("Stop " + i + " of " + stops.size());
            page.keyboard().press("ArrowRight");
            page.waitForURL("**/tours/road-to-war/" + stops.get(i).id());
            settle(page);
        }
        assertThat(page.locator("h1").textContent()).isEqualTo(stops.getLast().title());
        page.keyboard().press("ArrowLeft");
        page.waitForURL("**/tours/road-to-war/" + stops.get(stops.size() - 2).id());
        settle(page);
        page.keyboard().press("ArrowRight");
        page.waitForURL("**/tours/road-to-war/" + stops.getLast().id());
        settle(page);

        // The last "next" finishes the tour.
        page.keyboard().press("ArrowRight");
        page.waitForURL("**/tours/road-to-war");
        settle(page);
        assertThat(page.locator(".tour-done h2").textContent()).isEqualTo("Tour complete");
    }

    /**
     * The same tour in Korean, opened from a Korean address by a browser set to English: every
     * stop's title, story and question are the Korean edition's, the quoted words stay English and
     * carry our translation beside them, all by keyboard.
     */
    @Test
    void aWholeTourInKoreanByKeyboardOnly() {
        Page page = newPage();
        page.navigate(url("/tours?lang=ko"));
        settle(page);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ko");
        boolean found = false;
        for (int i = 0; i < 60 && !found; i++) {
            page.keyboard().press("Tab");
            found = Boolean.TRUE.equals(page.evaluate("() => document.activeElement && document.activeElement.textContent === '투어 시작하기'"
                    + " && document.activeElement.getAttribute('href') && document.activeElement.getAttribute('href').startsWith('tours/road-to-war/')"));
        }
        assertThat(found).as("the first tour's start link is reachable with Tab").isTrue();
        page.keyboard().press("Enter");
        List<Tour.Stop> stops = roadToWarInKorean.stops();
        page.waitForURL("**/tours/road-to-war/" + stops.getFirst().id());
        settle(page);
        int translatedPassages = 0;
        for (int i = 0; i < stops.size(); i++) {
            Tour.Stop stop = stops.get(i);
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ko");
            assertThat(page.locator(".stop-step").textContent()).isEqualTo("전시 구간 " + stops.size() + "곳 중 " + (i + 1) + "번째");
            assertThat(page.locator("h1").textContent()).isEqualTo(stop.title());
            assertThat(page.locator("h1").textContent()).containsPattern("\\p{IsHangul}");
            String firstParagraph = stop.narrative().split("\\n\\s*\\n")[0].replaceAll("\\s+", " ").strip();
            assertThat(page.locator("#main-content").innerText().replaceAll("\\s+", " ")).contains(firstParagraph.substring(0, 20));
            for (var quote : page.locator(".stop-excerpt").all()) {
                assertThat(quote.getAttribute("lang")).isEqualTo("en");
            }
            translatedPassages += page.locator(".our-translation .our-translation-text[lang=ko]").count();
            if (i < stops.size() - 1) {
                page.keyboard().press("ArrowRight");
                page.waitForURL("**/tours/road-to-war/" + stops.get(i + 1).id());
                settle(page);
            }
        }
        assertThat(translatedPassages).as("highlighted English passages shown with our Korean translation").isPositive();
        page.keyboard().press("ArrowRight");
        page.waitForURL("**/tours/road-to-war");
        settle(page);
        assertThat(page.locator(".tour-done h2").textContent()).isEqualTo("투어 완료");
    }

    @Test
    void aReturningVisitorContinuesWhereTheyStopped() {
        Page page = newPage();
        Tour.Stop third = roadToWar.stops().get(2);
        page.navigate(url("/tours/road-to-war/" + third.id()));
        settle(page);
        List<Cookie> visitor = context.cookies().stream().filter(c -> c.name.equals("cables-visitor")).toList();
        assertThat(visitor).hasSize(1);
        assertThat(visitor.getFirst().expires).as("kept after the browser closes").isGreaterThan(0);
        context.close();

        // Another day: a new browser with only the long-lived cookie left.
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-GB"));
        context.addCookies(visitor);
        Page again = context.newPage();
        again.navigate(url("/tours"));
        settle(again);
        assertThat(again.locator("a.continue-link").textContent()).isEqualTo("Continue where you left off: stop 3, " + third.title());
        again.locator("a.continue-link").click();
        again.waitForURL("**/tours/road-to-war/" + third.id());
    }

    /**
     * A stop's checkpoint is the browser's own radio buttons (decision 65): pressing the check
     * button with nothing chosen asks for a choice; the choice made with the keyboard is marked
     * and explained; the arrow keys inside the choices move between them without turning the page.
     */
    @Test
    void aCheckpointIsAnsweredWithTheBrowsersOwnControls() {
        Page page = newPage();
        Tour.Stop first = roadToWar.stops().getFirst();
        var question = roadToWarQuiz.question(first.checkpoint()).orElseThrow();
        page.navigate(url("/tours/road-to-war/" + first.id()));
        settle(page);
        var checkpoint = page.locator(".stop-checkpoint");
        var check = checkpoint.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Check my answer"));
        check.click();
        checkpoint.locator(".quiz-problem").waitFor();
        assertThat(checkpoint.locator(".quiz-feedback").textContent()).isEqualTo("Choose an answer first.");

        // The first choice by keyboard, the arrow keys to the last and back to the right one: the page stays.
        checkpoint.locator("input[type=radio]").first().focus();
        page.keyboard().press("Space");
        int last = question.choices().size() - 1;
        int right = 0;
        while (!question.choices().get(right).correct()) {
            right++;
        }
        for (int i = 0; i < last; i++) {
            page.keyboard().press("ArrowRight");
        }
        assertThat(checkpoint.getByLabel(question.choices().get(last).text()).isChecked()).isTrue();
        for (int i = last; i > right; i--) {
            page.keyboard().press("ArrowLeft");
        }
        assertThat(page.url()).endsWith("/tours/road-to-war/" + first.id());
        assertThat(page.locator(".stop-step").textContent()).isEqualTo("Stop 1 of " + roadToWar.stops().size());
        assertThat(checkpoint.getByLabel(question.choices().get(right).text()).isChecked()).isTrue();
        check.click();
        checkpoint.locator(".quiz-feedback.correct").waitFor();
        assertThat(checkpoint.locator(".quiz-feedback h2").textContent()).isEqualTo("Right!");
        assertThat(checkpoint.locator(".quiz-feedback").textContent()).contains(question.explanation().strip().substring(0, 30));
        assertThat(checkpoint.locator(".quiz-problem").count()).isZero();
    }
}
