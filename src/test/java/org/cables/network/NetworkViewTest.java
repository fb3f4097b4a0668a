package org.cables.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import org.cables.content.Cable;
import org.cables.content.PersonId;
import org.cables.testing.ExhibitViewTest;
import org.cables.ui.AddressBar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The network page without a browser: deep links, what is opened, the address, playback, and the pages linked to it. */
@SpringBootTest
class NetworkViewTest extends ExhibitViewTest {

    @Autowired
    CorrespondenceNetwork network;

    private NetworkView open(String address) {
        visit(address);
        return (NetworkView) getCurrentView();
    }

    private List<String> documentLinks() {
        return $(OrderedList.class).withClassName("network-documents").single().getChildren()
                .flatMap(item -> item.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .toList();
    }

    @Test
    void aDeepLinkOpensALinkWithItsDocumentsInDateOrder() {
        NetworkView view = open("network?from=1950-06&to=1950-10&open=stalin~mao-zedong");
        assertThat(view.filter().from()).isEqualTo(YearMonth.of(1950, 6));
        assertThat(view.filter().to()).isEqualTo(YearMonth.of(1950, 10));
        assertThat(view.drawing().opened()).isEqualTo("mao-zedong~stalin");
        assertThat($(H2.class).id("network-opened-heading").getText()).isEqualTo("Mao Zedong and Joseph Stalin, June 1950 – October 1950");
        List<Cable> between = network.of(UI.getCurrent().getLocale())
                .between(new Pair(new PersonId("stalin"), new PersonId("mao-zedong")), view.filter());
        assertThat(between).isNotEmpty();
        assertThat(documentLinks()).containsExactlyElementsOf(between.stream().map(c -> "cables/" + c.id().value()).toList());
        assertThat(view.drawing().graph().getElement().getProperty("selected")).isEqualTo("mao-zedong~stalin");
        assertThat($(Paragraph.class).withClassName("network-summary").single().getText())
                .startsWith("June 1950 – October 1950: ").contains(" documents, between ").contains("The busiest links: ");
    }

    @Test
    void theArchivesFiltersLiveInTheAddressAndReachTheArchiveLink() {
        NetworkView view = open("network?from=1951-07&to=1951-09&topic=armistice-negotiations&text=yes");
        assertThat(view.filter().topic().value()).isEqualTo("armistice-negotiations");
        assertThat(view.filter().withWords()).isTrue();
        Correspondence.Counts counts = network.of(UI.getCurrent().getLocale()).counts(view.filter());
        assertThat($(Paragraph.class).withClassName("network-summary").single().getText())
                .startsWith("July 1951 – September 1951: " + counts.documents() + " documents");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("map?date=1951-09-30")
                .filteredOn(h -> h.startsWith("archive?")).singleElement().satisfies(h -> assertThat(h.substring("archive?".length()).split("&"))
                        .containsExactlyInAnyOrder("from=1951-07-01", "to=1951-09-30", "topic=armistice-negotiations", "text=yes", "sort=date-ascending"));
    }

    @Test
    void openingAPersonPutsItInTheAddressAndClosingTakesItOut() {
        NetworkView view = open("network?from=1950-10&to=1950-10");
        NetworkGraph graph = view.drawing().graph();
        ComponentUtil.fireEvent(graph, new NetworkGraph.OpenEvent(graph, true, "node", "zhou-enlai"));
        assertThat(view.drawing().opened()).isEqualTo("zhou-enlai");
        assertThat($(H2.class).id("network-opened-heading").getText()).startsWith("Zhou Enlai: ").endsWith(" documents, October 1950");
        assertThat(AddressBar.current(UI.getCurrent()).getPathWithQueryParameters())
                .isEqualTo("network?from=1950-10&to=1950-10&open=zhou-enlai");
        test($(com.vaadin.flow.component.html.NativeButton.class).withClassName("network-close").single()).click();
        assertThat(view.drawing().opened()).isEmpty();
        assertThat(AddressBar.current(UI.getCurrent()).getPathWithQueryParameters()).isEqualTo("network?from=1950-10&to=1950-10");
    }

    @Test
    void anAddressThatMakesNoSenseIsSaidNotFatal() {
        NetworkView view = open("network?from=June&to=1951-13&topic=no-such-topic&open=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat($(Paragraph.class).withClassName("network-problem").single().getText())
                .isEqualTo("Some of the address could not be read (from, to, topic), so the network shows what it could.");
        assertThat(view.filter()).isEqualTo(NetworkFilter.everything());
        assertThat(view.drawing().opened()).isEmpty();
    }

    @Test
    void playMovesAThreeMonthWindowAMonthAtATime() {
        NetworkView view = open("network?from=1950-06&to=1950-08");
        test($(Button.class).withClassName("network-play").single()).click();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(NetworkView.PLAY_STEP_MS);
        assertThat($(Button.class).withClassName("network-play").single().getText()).isEqualTo("Pause");
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(view.filter().from()).isEqualTo(YearMonth.of(1950, 7));
        assertThat(view.filter().to()).isEqualTo(YearMonth.of(1950, 9));
        assertThat(AddressBar.current(UI.getCurrent()).getPathWithQueryParameters()).isEqualTo("network?from=1950-07&to=1950-09");
        test($(Button.class).withClassName("network-play").single()).click();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void playingTheWholeArchiveStartsFromItsFirstDocument() {
        NetworkView view = open("network");
        test($(Button.class).withClassName("network-play").single()).click();
        assertThat(view.filter().from()).as("the Moscow communiqué of December 1945").isEqualTo(YearMonth.of(1945, 12));
        assertThat(view.filter().to()).isEqualTo(YearMonth.of(1946, 2));
        test($(Button.class).withClassName("network-play").single()).click();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void gapsInTheRecordAreCountedAndListed() {
        open("network?from=1951-06&to=1951-06");
        assertThat($(com.vaadin.flow.component.html.NativeDetails.class).withClassName("question-missing").single().getSummaryText())
                .startsWith("Answers whose question the archive lacks: ");
        assertThat($(ListItem.class).all()).extracting(item -> item.getElement().getTextRecursively())
                .anyMatch(t -> t.contains("answers a message of 4 June 1951 from Mao Zedong that the archive does not hold"));
        open("network?from=1946-01&to=1946-12");
        assertThat($(Paragraph.class).withClassName("silences").single().getText())
                .startsWith("Months with no document in the archive: January 1946 – December 1946.");
    }

    @Test
    void aPersonsPageShowsTheirCorrespondentsYearByYearAndLinksToTheNetwork() {
        visit("people/kim-il-sung");
        CorrespondentsOverTime table = $(CorrespondentsOverTime.class).single();
        assertThat(table.isEmpty()).isFalse();
        String html = table.getElement().getChild(0).getProperty("innerHTML");
        assertThat(html).contains("<table class=\"over-time\">").contains("<th scope=\"col\">1950</th>")
                .contains("href=\"people/stalin\"");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("network?open=kim-il-sung");
    }

    @Test
    void theMapLinksTheNetworkOfTheMonthsAroundItsDay() {
        visit("map?date=1950-10-25");
        assertThat($(Anchor.class).withClassName("map-network").single().getHref()).isEqualTo("network?from=1950-09&to=1950-11");
    }

    @Test
    void inKoreanTheNetworkSpeaksKorean() {
        open("network");
        chooseLanguage(org.cables.i18n.ExhibitLanguage.KOREAN);
        open("network?from=1950-10&to=1950-10&open=mao-zedong~stalin");
        assertThat($(H2.class).id("network-opened-heading").getText()).isEqualTo("마오쩌둥 – 이오시프 스탈린, 1950년 10월");
        assertThat($(Paragraph.class).withClassName("network-summary").single().getText()).startsWith("1950년 10월: 문서 ");
    }
}
