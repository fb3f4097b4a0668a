package org.cables.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.cables.content.ExhibitContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;

@SpringBootTest
class MapViewTest extends ExhibitViewTest {

    @Autowired
    MapDataController mapData;

    @Autowired
    ExhibitContent content;


    private MapView open(String date) {
        com.vaadin.flow.component.UI.getCurrent().navigate(MapView.class, com.vaadin.flow.router.QueryParameters.of("date", date));
        return (MapView) getCurrentView();
    }

    private String text(String className) {
        return $(Paragraph.class).withClassName(className).single().getText();
    }

    @Test
    void aDeepLinkOpensThatDayWithItsDescription() {
        MapView view = open("1951-01-24");
        assertThat(view.map().getDay()).isEqualTo(LocalDate.of(1951, 1, 24));
        assertThat(view.map().getElement().getProperty("day", 0.0)).isEqualTo(LocalDate.of(1951, 1, 24).toEpochDay());
        assertThat($(H2.class).single().getText()).isEqualTo("Line D, the low point");
        assertThat(text("state-description")).startsWith("On 24 January 1951 the front ran from Pyongtaek through Ansong and Wonju to Samchok");
        assertThat(text("state-sources")).isEqualTo("Sources: Mossman, Ebb and Flow (1990).");
        assertThat(text("state-accuracy")).startsWith("How exact: About ±10 km");
        assertThat($(Paragraph.class).withClassName("state-interpolation").exists()).as("shown only between states").isFalse();
    }

    @Test
    void betweenDatedStatesTheNearestIsNamedAndTheBlendIsSaid() {
        open("1950-08-10");
        assertThat($(H2.class).single().getText()).isEqualTo("The Pusan Perimeter as first held");
        assertThat(text("state-interpolation"))
                .isEqualTo("On 10 August 1950 the map blends the states of 4 August 1950 and 1 September 1950: where the front ran between them is not known exactly.");
    }

    @Test
    void theLastDayIsTheDemarcationLine() {
        open("1953-07-27");
        assertThat($(H2.class).single().getText()).isEqualTo("The Military Demarcation Line");
        assertThat(text("state-description")).contains("Panmunjom");
    }

    @Test
    void aDateThatIsNotADateIsExplainedNotFatal() {
        MapView view = open("<script>alert(1)</script>");
        assertThat(view.map().getDay()).isEqualTo(LocalDate.of(1950, 6, 25));
        assertThat(text("date-problem")).isEqualTo("“<script>alert(1)</script>” is not a date the map understands, so it "
                + "shows 25 June 1950. Write dates as 1951-01-24.");
    }

    @Test
    void aDateOutsideTheWarIsClamped() {
        MapView view = open("1949-03-05");
        assertThat(view.map().getDay()).isEqualTo(LocalDate.of(1950, 6, 25));
        assertThat(text("date-problem")).isEqualTo("The map covers 25 June 1950 to 27 July 1953; 1949-03-05 is outside that, so it shows 25 June 1950.");
        open("1999-01-01");
        assertThat($(H2.class).single().getText()).isEqualTo("The Military Demarcation Line");
    }

    @Test
    void whenTheVisitorMovesTheMapThePanelFollows() {
        MapView view = open("1950-06-25");
        ComponentUtil.fireEvent(view.map(), new FrontLineMap.DayChangeEvent(view.map(), true, LocalDate.of(1951, 7, 10).toEpochDay()));
        assertThat($(H2.class).single().getText()).isEqualTo("The front when the talks opened");
        assertThat(view.map().getDay()).isEqualTo(LocalDate.of(1951, 7, 10));
    }

    @Test
    void eventsAndCablesAroundTheDayMoveTheMapToTheirDate() {
        MapView view = open("1950-09-15");
        List<NativeButton> around = $(NativeButton.class).withClassName("around-go").all();
        assertThat(around).hasSizeBetween(1, MapView.AROUND_MAX);
        NativeButton landing = $(NativeButton.class).withText("UN forces land at Inchon").single();
        open("1950-10-01");
        // from another day, choosing an entry moves the map to that entry's date
        NativeButton first = $(NativeButton.class).withClassName("around-go").first();
        test(first).click();
        assertThat(view.map().getDay()).isNotNull();
        assertThat(landing).isNotNull();
    }

    @Test
    void clickingAPlaceSaysWhatItWas() {
        MapView view = open("1950-10-19");
        ComponentUtil.fireEvent(view.map(), new FrontLineMap.PlaceClickEvent(view.map(), true, "andong"));
        assertThat(text("place-note")).startsWith("Andong (").contains("Dandong");
        ComponentUtil.fireEvent(view.map(), new FrontLineMap.PlaceClickEvent(view.map(), true, "<img src=x>"));
        assertThat(text("place-note")).startsWith("Andong (");
    }

    @Test
    void everyComputedTextKeyExists() {
        var english = org.cables.i18n.TranslationsTestAccess.englishKeys();
        FrontLineMap.CONTROL_KEYS.forEach(k -> assertThat(english).contains("map.control." + k));
        List.of("event", "cable").forEach(k -> assertThat(english).contains("map.kind." + k));
    }

    @Test
    void theMapFetchesEveryStateFromTheExhibitsOwnAddressInsteadOfCarryingThem() {
        MapView view = open("1950-06-25");
        String address = view.map().getElement().getProperty("dataUrl");
        assertThat(address).matches("map-data/front-lines-en\\.json\\?v=[0-9a-f]{12}");
        assertThat(view.map().getElement().hasProperty("data")).as("the states are not in the page's state").isFalse();
        assertThat(view.map().getElement().getPropertyRaw("labels").toString()).contains("Play through the war");

        ResponseEntity<String> english = mapData.frontLines("en", request());
        assertThat(english.getStatusCode().value()).isEqualTo(200);
        assertThat(english.getBody()).contains("\"id\":\"1950-06-25-38th-parallel\"").contains("1953-07-27-demarcation-line")
                .contains("\"approx\":true").contains("\"name\":\"Seoul\"");
        assertThat(english.getHeaders().getCacheControl()).contains("max-age=3600");
        assertThat(address).endsWith(FrontLineData.of(content.corpus()).version());
    }

    @Test
    void aKoreanMapFetchesTheKoreanEdition() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.KOREAN);
        MapView view = open("1950-06-25");
        assertThat(view.map().getElement().getProperty("dataUrl")).startsWith("map-data/front-lines-ko.json?v=");
        assertThat(mapData.frontLines("ko", request()).getBody()).contains("\"label\":\"38선\"").contains("\"name\":\"서울\"");
    }

    @Test
    void theDataIsRevalidatedByItsTagAndOtherLanguagesAreNotFound() {
        ResponseEntity<String> first = mapData.frontLines("en", request());
        MockHttpServletRequest again = new MockHttpServletRequest("GET", "/map-data/front-lines-en.json");
        again.addHeader("If-None-Match", first.getHeaders().getETag());
        ServletWebRequest revalidation = new ServletWebRequest(again, new MockHttpServletResponse());
        assertThat(mapData.frontLines("en", revalidation)).isNull();
        assertThat(revalidation.getResponse().getStatus()).isEqualTo(304);
        assertThat(mapData.frontLines("fr", request()).getStatusCode().value()).isEqualTo(404);
        assertThat(mapData.frontLines("../en", request()).getStatusCode().value()).isEqualTo(404);
    }

    private static ServletWebRequest request() {
        return new ServletWebRequest(new MockHttpServletRequest("GET", "/map-data/front-lines.json"), new MockHttpServletResponse());
    }
}
