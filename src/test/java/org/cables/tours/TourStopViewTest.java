package org.cables.tours;

import static org.assertj.core.api.Assertions.assertThat;


import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import org.cables.content.ExhibitContent;
import org.cables.content.TourId;
import org.cables.visitor.VisitorId;
import org.cables.map.FrontLineMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class TourStopViewTest extends ExhibitViewTest {

    @Autowired
    TourProgressService progress;

    @Autowired
    ExhibitContent content;


    private String html() {
        return getCurrentView().getElement().getOuterHTML();
    }

    @Test
    void theToursAreListedInTheOrderOfTheStory() {
        navigate(ToursView.class);
        assertThat($(Anchor.class).withClassName("tour-title").all()).extracting(Anchor::getText)
                .containsExactly("The road to war", "The decision to intervene", "The armistice talks");
        assertThat($(Anchor.class).withText("Start the tour").all()).hasSize(3);
    }

    @Test
    void aStopShowsTheStoryTheHighlightedDocumentTheMapAndTheQuestion() {
        navigate("tours/decision-to-intervene/beijing-hesitates", TourStopView.class);
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html()).select("h1").eachText()).containsExactly("Beijing hesitates");
        assertThat(html()).contains("<span class=\"stop-step\">Stop 6 of 10</span>")
                .contains("<a href=\"tours/decision-to-intervene/beijing-hesitates\" aria-label=\"Stop 6: Beijing hesitates\" aria-current=\"step\">6</a>");
        assertThat(html()).contains("<mark>it is most likely that this will provoke an open conflict");
        assertThat(html()).contains("Something to think about");
        FrontLineMap map = $(FrontLineMap.class).single();
        assertThat(map.getDay()).isEqualTo(java.time.LocalDate.of(1950, 10, 3));
        assertThat($(Anchor.class).withClassName("stop-previous").single().getHref()).startsWith("tours/decision-to-intervene/");
        assertThat($(Anchor.class).withClassName("stop-next").single().getHref()).startsWith("tours/decision-to-intervene/");
    }

    @Test
    void inKoreanTheStoryIsKoreanAndQuotedWordsStayEnglishWithOurTranslationBesideThem() {
        navigate("tours/decision-to-intervene/beijing-hesitates", TourStopView.class);
        chooseLanguage(org.cables.i18n.ExhibitLanguage.KOREAN);
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html()).select("h1").eachText()).containsExactly("베이징이 망설이다");
        assertThat(html()).contains("<span class=\"stop-step\">전시 구간 10곳 중 6번째</span>");
        String page = html();
        // The highlighted passage: the published English, marked English, then our Korean, labelled as ours.
        assertThat(page).contains("<mark>it is most likely that this will provoke an open conflict");
        assertThat(org.jsoup.Jsoup.parse(page).selectFirst("blockquote.stop-excerpt").attr("lang")).isEqualTo("en");
        assertThat(page).contains("우리말 번역(전시팀이 영어 번역에서 옮김, 원문 번역 아님):");
        assertThat(page).contains("이것은 미국과 중국 사이의 공공연한 충돌을 불러일으킬 가능성이 매우 크며");
        // The checkpoint's English excerpt has our translation too.
        String checkpoint = page.substring(page.indexOf("stop-checkpoint"));
        assertThat(checkpoint).contains("Many comrades in the CC CPC").contains("our-translation-text");
    }

    @Test
    void everyStopOfEveryTourHasAHighlightedPassageOrAnHonestSummary() {
        for (var tour : content.corpus().tours()) {
            for (var stop : tour.stops()) {
                navigate("tours/" + tour.id().value() + "/" + stop.id().value(), TourStopView.class);
                boolean highlighted = stop.cables().stream().anyMatch(c -> c.highlight() != null);
                if (highlighted) {
                    assertThat(html()).as(stop.id().value()).contains("<mark>");
                }
                assertThat(html()).as(stop.id().value()).contains(">Read the whole record</a>");
            }
        }
    }

    @Test
    void aDocumentKnownThroughItsPublishedTranslationIsShownAsOurAccountNeverAsAQuotation() {
        navigate("tours/road-to-war/an-envoy-to-mao", TourStopView.class);
        String text = org.jsoup.Jsoup.parse(html()).text();
        assertThat(text).contains("What the document says, in our words, from its published translation (Wilson Center Digital "
                + "Archive); an account, not a quotation:").doesNotContain("No published text of this document is available");
        assertThat(html()).contains("class=\"stop-account\"").contains("lang=\"en\"");
        // an account is never dressed as a quotation
        assertThat(getCurrentView().getElement().getOuterHTML().split("class=\"stop-account\"")[1].split("</div>")[0])
                .doesNotContain("<blockquote").doesNotContain("<mark>");
    }

    @Test
    void theVisitorsPlaceIsRememberedAndTheFinishRecorded() {
        navigate("tours/road-to-war/" + content.corpus().tour(new TourId("road-to-war")).orElseThrow().stops().get(2).id(), TourStopView.class);
        navigate(ToursView.class);
        assertThat($(Anchor.class).withClassName("continue-link").single().getText()).startsWith("Continue where you left off: stop 3,");

        var stops = content.corpus().tour(new TourId("road-to-war")).orElseThrow().stops();
        navigate("tours/road-to-war/" + stops.getLast().id(), TourStopView.class);
        test($(NativeButton.class).withClassName("stop-finish").single()).click();
        assertThat(getCurrentView()).isInstanceOf(TourView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Tour complete").contains("You have finished this tour.");
        assertThat(progress.progress(VisitorId.current(), new TourId("road-to-war")).orElseThrow().finished()).isTrue();
    }

    @Test
    void anUnknownTourOrStopIsAFriendly404() {
        navigate("tours/road-to-war/no-such-stop", org.cables.shell.NotFoundViewAccess.type());
        navigate("tours/no-such-tour", org.cables.shell.NotFoundViewAccess.type());
        assertThat($(H1.class).single().getText()).isEqualTo("We could not find this page");
    }

    @Test
    void aCheckpointAsksAQuestionOfTheToursQuizAndExplainsTheAnswer() {
        navigate("tours/decision-to-intervene/volunteers-ordered", TourStopView.class);
        assertThat(viewText()).contains("Check yourself");
        var question = content.corpus().quiz(new org.cables.content.QuizId("decision-to-intervene")).orElseThrow()
                .question(new org.cables.content.QuestionId("order-not-the-end")).orElseThrow();
        // The choices are the browser's own radio buttons; the check button brings the one checked.
        var checkpoint = $(Checkpoint.class).single();
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html()).select(".stop-checkpoint input[type=radio]").eachAttr("value"))
                .containsExactly("true", "false");
        CheckpointTest.pressCheck(checkpoint, String.valueOf(Boolean.TRUE.equals(question.answer())));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Right!").contains(question.explanation().strip().substring(0, 20));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theTimeAtAStopIsCountedWhenTheVisitorMovesOn() {
        var stops = content.corpus().tour(new TourId("road-to-war")).orElseThrow().stops();
        String first = "road-to-war/" + stops.get(0).id();
        int before = stopTimes(first);
        navigate("tours/" + first, TourStopView.class);
        assertThat(stopTimes(first)).as("not while the visitor is still there").isEqualTo(before);
        navigate("tours/road-to-war/" + stops.get(1).id(), TourStopView.class);
        assertThat(stopTimes(first)).isEqualTo(before + 1);
        navigate(ToursView.class);
        assertThat(stopTimes("road-to-war/" + stops.get(1).id())).isPositive();
    }

    private int stopTimes(String stop) {
        return jdbc.sql("SELECT COUNT(*) FROM visit_event WHERE kind = 'STOP_TIME' AND subject = ?").param(stop)
                .query(Integer.class).single();
    }
}
