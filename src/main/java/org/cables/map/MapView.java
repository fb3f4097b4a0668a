package org.cables.map;

import org.cables.navigation.MapNavigation;
import org.cables.navigation.NetworkNavigation;
import org.cables.ui.AddressBar;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import static org.jsoup.nodes.Entities.escape;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import org.cables.content.Cable;
import org.cables.content.ChronologyEvent;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.ExhibitDate;
import org.cables.content.FrontLines;

/**
 * The front lines over time: the map on any day of the war, what the nearest dated state
 * was and how exact it is, a written description, the lines as a table, and the events and
 * cables of the weeks around the day. {@code /map?date=1951-01-24} opens that day.
 */
@Route(MapNavigation.MAP)
@Menu(title = "nav.map", order = 3, icon = "vaadin:map-marker")
@AnonymousAllowed
final class MapView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final int WINDOW_DAYS = 30;
    static final int AROUND_MAX = 8;

    private final ExhibitContent content;
    private final FrontLineMap map = new FrontLineMap();
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Paragraph dateProblem = new Paragraph();
    private final H2 stateLabel = new H2();
    private final Paragraph stateDate = new Paragraph();
    private final Paragraph description = new Paragraph();
    private final Paragraph interpolation = new Paragraph();
    private final Paragraph sources = new Paragraph();
    private final Paragraph accuracy = new Paragraph();
    private final Paragraph placeNote = new Paragraph();
    private final H3 aroundHeading = new H3();
    private final UnorderedList around = new UnorderedList();
    private final NativeDetails table = new NativeDetails();
    private final Anchor network = new Anchor();

    MapView(ExhibitContent content) {
        this.content = content;
        addClassName("map-view");
        intro.addClassName("map-intro");
        dateProblem.addClassName("date-problem");
        dateProblem.getElement().setAttribute("role", "alert");
        dateProblem.setVisible(false);
        map.addClassName("front-map");
        map.setContent(content.corpus(getLocale()));
        map.addDayChangeListener(e -> showDay(e.getDay(), true));
        map.addPlaceClickListener(e -> showPlace(e.getPlaceId()));
        placeNote.addClassName("place-note");
        placeNote.getElement().setAttribute("aria-live", "polite");
        placeNote.setVisible(false);

        description.addClassName("state-description");
        description.getElement().setAttribute("aria-live", "polite");
        stateDate.addClassName("state-date");
        interpolation.addClassName("state-interpolation");
        sources.addClassName("state-sources");
        accuracy.addClassName("state-accuracy");
        around.addClassName("around-list");
        network.addClassName("map-network");
        Aside panel = new Aside(stateLabel, stateDate, description, interpolation, sources, accuracy, placeNote,
                aroundHeading, around, network);
        panel.addClassName("map-panel");
        Div layout = new Div(map, panel);
        layout.addClassName("map-layout");
        table.addClassName("lines-table");
        add(heading, intro, dateProblem, layout, table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("map.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(MapNavigation.DATE, List.of());
        LocalDate day = FrontLines.FIRST_DAY;
        dateProblem.setVisible(false);
        if (!values.isEmpty()) {
            String asked = values.getFirst();
            try {
                LocalDate parsed = LocalDate.parse(asked);
                day = FrontLineMap.clamp(parsed);
                if (!day.equals(parsed)) {
                    showDateProblem(getTranslation("map.date-outside", asked, display(day)));
                }
            } catch (DateTimeParseException e) {
                showDateProblem(getTranslation("map.date-invalid", abbreviate(asked), display(day)));
            }
        }
        showDay(day, false);
    }

    private void showDateProblem(String message) {
        dateProblem.setText(message);
        dateProblem.setVisible(true);
    }

    private static String abbreviate(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("map.heading"));
        intro.setText(getTranslation("map.intro"));
        aroundHeading.setText(getTranslation("map.around"));
        buildTable();
        showDay(map.getDay(), false);
    }

    /** Shows a day: the map, the nearest dated state, and what happened around it. */
    void showDay(LocalDate day, boolean fromMap) {
        if (!fromMap) {
            map.setDay(day);
        }
        Corpus corpus = content.corpus(getLocale());
        FrontLines lines = corpus.frontLines();
        Optional<FrontLines.State> nearest = lines.nearest(day);
        if (nearest.isEmpty()) {
            return;
        }
        FrontLines.State state = nearest.get();
        map.setHighlightedPlaces(state.places());
        stateLabel.setText(state.label());
        stateDate.setText(getTranslation("map.state-date", display(state.date())));
        description.setText(state.description());
        if (state.date().equals(day)) {
            interpolation.setVisible(false);
        } else {
            FrontLines.State before = lines.stateOn(day).orElse(state);
            FrontLines.State after = lines.states().stream().filter(s -> s.date().isAfter(day)).findFirst().orElse(state);
            interpolation.setText(getTranslation("map.interpolated", display(day), display(before.date()), display(after.date())));
            interpolation.setVisible(true);
        }
        sources.setText(getTranslation("map.sources", String.join("; ",
                state.sources().stream().map(source -> source.replaceAll("\\.$", "")).toList()) + "."));
        accuracy.setText(getTranslation("map.accuracy", state.accuracy()));
        showAround(corpus, day);
        // The network of the month before the day to the month after it.
        java.time.YearMonth month = java.time.YearMonth.from(day);
        network.setHref(NetworkNavigation.between(month.minusMonths(1), month.plusMonths(1)));
        network.setText(getTranslation("map.network", monthName(month.minusMonths(1)) + " – " + monthName(month.plusMonths(1))));
        if (fromMap) {
            showInAddress(day);
        }
    }

    /** The events and cables closest to the day (within a month), at most {@value #AROUND_MAX}, in date order. */
    private void showAround(Corpus corpus, LocalDate day) {
        around.removeAll();
        record Entry(ExhibitDate date, String title, String kind) {
        }
        java.util.List<Entry> entries = new java.util.ArrayList<>();
        corpus.events().stream().filter(e -> near(e.date(), day))
                .forEach(e -> entries.add(new Entry(e.date(), e.title(), "event")));
        corpus.cables().stream().filter(c -> near(c.date(), day))
                .forEach(c -> entries.add(new Entry(c.date(), c.title(), "cable")));
        entries.stream()
                .sorted(java.util.Comparator.comparingLong(e -> Math.abs(ChronoUnit.DAYS.between(e.date().start(), day))))
                .limit(AROUND_MAX)
                .sorted(java.util.Comparator.comparing(Entry::date))
                .forEach(e -> around.add(item(e.date(), e.title(), e.kind(), e.date().start())));
        if (entries.isEmpty()) {
            around.add(new ListItem(getTranslation("map.around-none")));
        }
    }

    private static boolean near(ExhibitDate date, LocalDate day) {
        return date.isExactDay() && Math.abs(ChronoUnit.DAYS.between(date.start(), day)) <= WINDOW_DAYS;
    }

    private Component item(ExhibitDate date, String title, String kind, LocalDate target) {
        NativeButton go = new NativeButton(title, e -> {
            showDay(target, false);
            showInAddress(target);
        });
        go.addClassName("around-go");
        go.getElement().setAttribute("aria-label", getTranslation("map.go-to", title, display(target)));
        Span when = new Span(date.display(getLocale()));
        when.addClassName("around-date");
        Span what = new Span(getTranslation("map.kind." + kind));
        what.addClassName("around-kind");
        ListItem item = new ListItem(when, what, go);
        item.addClassName("around-" + kind);
        return item;
    }

    /** A place clicked on the map: its name, other names and what it was. */
    void showPlace(String id) {
        if (id == null || !org.cables.content.ContentId.isValidId(id)) {
            return;
        }
        content.corpus(getLocale()).place(new org.cables.content.PlaceId(id)).ifPresent(place -> {
            String names = place.variants().isEmpty() ? "" : " (" + String.join(", ", place.variants()) + ")";
            placeNote.setText(place.name() + names + (place.note() == null ? "" : ": " + place.note().strip()));
            placeNote.setVisible(true);
        });
    }

    /** The dated states as a table, for screen readers and for checking. */
    private void buildTable() {
        table.setSummaryText(getTranslation("map.table"));
        StringBuilder html = new StringBuilder("<table class=\"lines\"><caption>")
                .append(escape(getTranslation("map.table-caption")))
                .append("</caption><thead><tr><th scope=\"col\">").append(escape(getTranslation("map.table-date")))
                .append("</th><th scope=\"col\">").append(escape(getTranslation("map.table-line")))
                .append("</th><th scope=\"col\">").append(escape(getTranslation("map.table-points")))
                .append("</th><th scope=\"col\">").append(escape(getTranslation("map.table-accuracy")))
                .append("</th></tr></thead><tbody>");
        for (FrontLines.State state : content.corpus(getLocale()).frontLines().states()) {
            html.append("<tr><th scope=\"row\">").append(escape(display(state.date()))).append("</th><td>")
                    .append(escape(state.label())).append("</td><td>");
            for (FrontLines.Point p : state.line()) {
                html.append(String.format(Locale.ROOT, "%.2f° N, %.2f° E", p.lat(), p.lon()));
                if (p.approx()) {
                    html.append(" (").append(escape(getTranslation("map.table-approx"))).append(")");
                }
                html.append(p.gap() ? " — " + escape(getTranslation("map.table-gap")) + "<br>" : "<br>");
            }
            html.append("</td><td>").append(escape(state.accuracy())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        Div wrapper = new Div();
        wrapper.addClassName("lines-table-scroll");
        wrapper.getElement().setProperty("innerHTML", html.toString());
        table.setContent(wrapper);
    }


    /** The day shown goes into the address, so that a reload or a change of language keeps it. */
    private void showInAddress(LocalDate day) {
        getUI().ifPresent(ui -> AddressBar.show(ui, MapNavigation.onDay(day)));
    }

    private String monthName(java.time.YearMonth month) {
        return ExhibitDate.of(month).display(getLocale());
    }

    private String display(LocalDate day) {
        return ExhibitDate.of(day).display(getLocale());
    }

    FrontLineMap map() {
        return map;
    }
}
