package org.cables.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.cables.content.ChronologyEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ChronologyViewTest extends ExhibitViewTest {


    @Test
    void eventsByYearAndMonthWithCablesAndTheMap() {
        navigate(ChronologyView.class);
        assertThat($(H2.class).all()).extracting(H2::getText).contains("1945", "1950", "1953", "1954");
        ListItem armistice = $(ListItem.class).id("event-1953-07-27-armistice-signed");
        assertThat($(Anchor.class, armistice).all()).extracting(Anchor::getHref)
                .contains("map?date=1953-07-27").anySatisfy(h -> assertThat(h).startsWith("cables/"));
    }

    @Test
    void inKoreanTheEventsAreKoreanAndMonthsReadYearFirst() {
        navigate(ChronologyView.class);
        chooseLanguage(org.cables.i18n.ExhibitLanguage.KOREAN);
        assertThat($(com.vaadin.flow.component.html.H3.class).all()).extracting(h -> h.getText())
                .contains("1950년 12월", "1953년 7월").doesNotContain("12월 1950");
        ListItem armistice = $(ListItem.class).id("event-1953-07-27-armistice-signed");
        assertThat(armistice.getElement().getTextRecursively()).contains("정전협정");
    }

    @Test
    void filteringByCategoryFromTheAddressOrTheMenu() {
        navigate(ChronologyView.class);
        int everything = $(ListItem.class).withClassName("event").all().size();
        UI.getCurrent().navigate(ChronologyView.class, QueryParameters.of("category", "negotiations"));
        assertThat($(ListItem.class).withClassName("event").all()).isNotEmpty().hasSizeLessThan(everything)
                .allSatisfy(li -> assertThat(li.getElement().getTextRecursively()).contains("Negotiations"));
        @SuppressWarnings("unchecked")
        Select<Optional<ChronologyEvent.Category>> select = $(Select.class).single();
        test(select).selectItem("Military");
        assertThat($(ListItem.class).withClassName("event").all()).isNotEmpty().hasSizeLessThan(everything)
                .allSatisfy(li -> assertThat(li.getElement().getTextRecursively()).contains("Military"));
    }
}
