package org.cables.map;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import org.cables.content.Corpus;
import org.cables.content.FrontLines;
import org.cables.content.PlaceId;

/**
 * The Java side of {@code <cables-front-map>}: the front-line map of Korea on a chosen day.
 * The server sets the day and the places to highlight; the browser reports the day the
 * visitor chose (slider, play) and the places clicked.
 */
@Tag("cables-front-map")
@JsModule("./components/cables-front-map.ts")
@NpmPackage(value = "d3-geo", version = "3.1.1")
public class FrontLineMap extends Component implements HasSize, HasStyle, LocaleChangeObserver {

    /** Texts of the component's own controls ({@code map.control.*} in the translations). */
    public static final List<String> CONTROL_KEYS = List.of("loading", "mapLabel", "mapLabelBare", "mapKeys", "zoomIn",
            "zoomOut", "resetView", "play", "pause", "slider", "speed", "speed.slow", "speed.normal", "speed.fast", "legend",
            "legend.un", "legend.communist", "legend.line", "legend.approx");

    private LocalDate day = FrontLines.FIRST_DAY;

    public FrontLineMap() {
        getElement().setProperty("basemapUrl", MapDataController.BASEMAP.substring(1));
        getElement().setProperty("riversUrl", MapDataController.RIVERS.substring(1));
    }

    /** A smaller map for a page about something else, showing the front on a day, some places picked out. */
    public static FrontLineMap compact(Corpus corpus, LocalDate day, Collection<PlaceId> places) {
        FrontLineMap map = new FrontLineMap();
        map.setContent(corpus);
        map.setCompact(true);
        map.setDay(day);
        map.setHighlightedPlaces(places);
        return map;
    }

    /**
     * Gives the map its data: the dated states, the places it may label and the events it may
     * mark, in the corpus's language. The map fetches them from the exhibit's address for them
     * ({@link FrontLineData}), which the browser keeps: only that address is in the page's state.
     */
    public void setContent(Corpus corpus) {
        getElement().setProperty("dataUrl", FrontLineData.address(corpus));
    }

    /** Shows the front on this day (clamped to 25 June 1950 – 27 July 1953). */
    public void setDay(LocalDate day) {
        this.day = clamp(Objects.requireNonNull(day));
        getElement().setProperty("day", this.day.toEpochDay());
    }

    public LocalDate getDay() {
        return day;
    }

    public static LocalDate clamp(LocalDate day) {
        return FrontLines.clamp(day);
    }

    public void setHighlightedPlaces(Collection<PlaceId> places) {
        getElement().setPropertyList("highlight", places.stream().map(PlaceId::value).toList());
    }

    /** The controls speak the visitor's language, and dates are written in it. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        CONTROL_KEYS.forEach(key -> labels.put(key, getTranslation("map.control." + key)));
        setLabels(labels, "ko".equals(event.getLocale().getLanguage()) ? "ko-KR" : "en-GB");
    }

    /** Texts of the map's controls in the visitor's language, and the locale for its dates. */
    public void setLabels(Map<String, String> labels, String languageTag) {
        getElement().setPropertyBean("labels", labels);
        getElement().setProperty("locale", languageTag);
    }

    /** For quiz questions: no date, slider or event markers that would give the answer away. */
    public void setBare(boolean bare) {
        getElement().setProperty("bare", bare);
    }

    /** For a kiosk's attract loop: no controls; the war plays by itself, captioned, over and over. */
    public void setAttract(boolean attract) {
        getElement().setProperty("attract", attract);
    }

    /** A smaller map, for embedding beside text. */
    public void setCompact(boolean compact) {
        getElement().setProperty("compact", compact);
    }

    public Registration addDayChangeListener(ComponentEventListener<DayChangeEvent> listener) {
        return addListener(DayChangeEvent.class, listener);
    }

    public Registration addPlaceClickListener(ComponentEventListener<PlaceClickEvent> listener) {
        return addListener(PlaceClickEvent.class, listener);
    }

    /** The visitor moved the map to another day. */
    @DomEvent("day-changed")
    public static class DayChangeEvent extends ComponentEvent<FrontLineMap> {
        private final LocalDate day;

        public DayChangeEvent(FrontLineMap source, boolean fromClient, @EventData("event.detail.day") double epochDay) {
            super(source, fromClient);
            this.day = clamp(LocalDate.ofEpochDay((long) epochDay));
            source.day = this.day;
        }

        public LocalDate getDay() {
            return day;
        }
    }

    /** The visitor clicked a place on the map. */
    @DomEvent("place-clicked")
    public static class PlaceClickEvent extends ComponentEvent<FrontLineMap> {
        private final String placeId;

        public PlaceClickEvent(FrontLineMap source, boolean fromClient, @EventData("event.detail.id") String placeId) {
            super(source, fromClient);
            this.placeId = placeId;
        }

        public String getPlaceId() {
            return placeId;
        }
    }
}
