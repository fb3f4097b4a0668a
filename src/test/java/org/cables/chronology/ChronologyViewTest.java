package org.cables.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.cables.testing.ExhibitViewTest;
import org.cables.ui.TrustedHtml;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.cables.content.ChronologyEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ChronologyViewTest extends ExhibitViewTest {

    /** The events as the browser receives them: one block of HTML. */
    private Document events() {
        TrustedHtml list = $(TrustedHtml.class).withClassName("chronology-list").single();
        return Jsoup.parseBodyFragment(list.getElement().getProperty("innerHTML"));
    }

    @Test
    void eventsByYearAndMonthWithCablesAndTheMap() {
        navigate(ChronologyView.class);
        assertThat(events().select("h2").eachText()).contains("1945", "1950", "1953", "1954");
        Element armistice = events().getElementById("event-1953-07-27-armistice-signed");
        assertThat(armistice.select("a").eachAttr("href"))
                .contains("map?date=1953-07-27").anySatisfy(h -> assertThat(h).startsWith("cables/"));
    }

    @Test
    void theEventsAreOneBlockNotThousandsOfComponents() {
        navigate(ChronologyView.class);
        assertThat(events().select("li.event")).hasSizeGreaterThan(400);
        long components = UI.getCurrent().getChildren().flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), descendants(c))).count();
        assertThat(components).as("components on the chronology page, frame included").isLessThan(200);
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component c) {
        return c.getChildren().flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child), descendants(child)));
    }

    @Test
    void inKoreanTheEventsAreKoreanAndMonthsReadYearFirst() {
        navigate(ChronologyView.class);
        chooseLanguage(org.cables.i18n.ExhibitLanguage.KOREAN);
        assertThat(events().select("h3").eachText())
                .contains("1950년 12월", "1953년 7월").doesNotContain("12월 1950");
        assertThat(events().getElementById("event-1953-07-27-armistice-signed").text()).contains("정전협정");
    }

    @Test
    void filteringByCategoryFromTheAddressOrTheMenu() {
        navigate(ChronologyView.class);
        int everything = events().select("li.event").size();
        UI.getCurrent().navigate(ChronologyView.class, QueryParameters.of("category", "negotiations"));
        assertThat(events().select("li.event")).isNotEmpty().hasSizeLessThan(everything)
                .allSatisfy(li -> assertThat(li.select(".event-category").text()).isEqualTo("Negotiations"));
        @SuppressWarnings("unchecked")
        Select<Optional<ChronologyEvent.Category>> select = $(Select.class).single();
        test(select).selectItem("Military");
        assertThat(events().select("li.event")).isNotEmpty().hasSizeLessThan(everything)
                .allSatisfy(li -> assertThat(li.select(".event-category").text()).isEqualTo("Military"));
    }

    @Test
    void eventTextIsEscaped() {
        navigate(ChronologyView.class);
        assertThat(events().select("script, [onerror], [onclick]")).isEmpty();
    }
}
