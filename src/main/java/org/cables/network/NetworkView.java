package org.cables.network;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import org.cables.content.Cable;
import org.cables.content.Corpus;
import org.cables.content.ExhibitDate;
import org.cables.content.Topic;
import org.cables.content.Tour;
import org.cables.content.FrontLines;
import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.MapNavigation;
import org.cables.navigation.NetworkNavigation;
import org.cables.ui.AddressBar;
import org.cables.visitor.KioskMode;

/**
 * Who wrote to whom, and when: the correspondence as a network over a window of months, the
 * documents per month below it with the war's phases, the archive's filters, play through
 * time, the gaps in the record, and links to the map of the window's last day and to the
 * archive. The whole state lives in the address ({@code /network?from=1950-06&to=1950-10&open=mao-zedong~stalin}).
 */
@Route(NetworkNavigation.NETWORK)
@Menu(title = "nav.network", order = 3.5, icon = "vaadin:connect")
@AnonymousAllowed
final class NetworkView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    /** How long each month of the playback stays on screen. */
    static final int PLAY_STEP_MS = 1500;
    /** The window playback moves, when the chosen one is wider than a year. */
    static final int PLAY_MONTHS = 3;

    private final CorrespondenceNetwork network;
    private final KioskMode kiosk;
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();
    private final ComboBox<Topic> topic = new ComboBox<>();
    private final ComboBox<Cable.DocumentType> type = new ComboBox<>();
    private final ComboBox<Tour> tour = new ComboBox<>();
    private final Checkbox withWords = new Checkbox();
    private final Button play = new Button();
    private final Button whole = new Button();
    private final MonthHistogram histogram = new MonthHistogram(this::showMonth);
    private final UnorderedList phases = new UnorderedList();
    private final NetworkDrawing drawing = new NetworkDrawing(open -> showInAddress());
    private final H2 gapsHeading = new H2();
    private final Div gaps = new Div();
    private final Paragraph elsewhere = new Paragraph();
    private NetworkFilter filter = NetworkFilter.everything();
    private boolean quiet;
    private Registration playing;

    NetworkView(CorrespondenceNetwork network, KioskMode kiosk) {
        this.network = network;
        this.kiosk = kiosk;
        addClassName("network-view");
        problem.addClassName("network-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        for (Select<YearMonth> month : List.of(from, to)) {
            month.setItems(NetworkFilter.allMonths());
            month.setItemLabelGenerator(drawing::month);
            month.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    update();
                }
            });
        }
        topic.setItemLabelGenerator(Topic::name);
        type.setItemLabelGenerator(t -> getTranslation("cable.type." + t.key()));
        tour.setItemLabelGenerator(Tour::title);
        for (ComboBox<?> box : List.of(topic, type, tour)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    update();
                }
            });
        }
        withWords.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                update();
            }
        });
        play.addClassName("network-play");
        play.addClickListener(e -> togglePlay());
        whole.addClassName("network-whole");
        whole.addClickListener(e -> {
            stopPlaying();
            filter = filter.allTime();
            showFilter();
            update();
        });
        Div window = new Div(from, to, play, whole);
        window.addClassName("network-window");
        Div filters = new Div(topic, type, tour, withWords);
        filters.addClassName("network-filters");
        phases.addClassName("phase-legend");
        gaps.addClassName("network-gaps");
        elsewhere.addClassName("network-elsewhere");
        add(heading, intro, problem, window, filters, histogram, phases, drawing, gapsHeading, gaps, elsewhere);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> unreadable = new ArrayList<>();
        Corpus corpus = network.of(getLocale()).corpus();
        NetworkFilter asked = NetworkFilter.of(parameters, unreadable);
        // Ids of topics and tours the content does not know are dropped, and said.
        if (asked.topic() != null && corpus.topic(asked.topic()).isEmpty()) {
            unreadable.add("topic");
        }
        if (asked.tour() != null && corpus.tour(asked.tour()).isEmpty()) {
            unreadable.add("tour");
        }
        filter = new NetworkFilter(asked.from(), asked.to(),
                unreadable.contains("topic") ? null : asked.topic(), asked.type(),
                unreadable.contains("tour") ? null : asked.tour(), asked.withWords());
        // What is open is checked against the graph: anything else opens nothing.
        String open = NetworkFilter.first(parameters, NetworkNavigation.OPEN).filter(id -> id.length() <= 200).orElse("");
        problem.setVisible(!unreadable.isEmpty());
        problem.setText(unreadable.isEmpty() ? "" : getTranslation("network.unreadable", String.join(", ", unreadable)));
        fillChoices();
        showFilter();
        show(open);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("network.heading"));
        intro.setText(getTranslation("network.intro"));
        from.setLabel(getTranslation("network.from"));
        to.setLabel(getTranslation("network.to"));
        topic.setLabel(getTranslation("archive.topic"));
        type.setLabel(getTranslation("archive.type"));
        tour.setLabel(getTranslation("archive.tour"));
        withWords.setLabel(getTranslation("archive.with-text"));
        whole.setText(getTranslation("network.whole"));
        gapsHeading.setText(getTranslation("network.gaps"));
        fillChoices();
        showFilter();
        phases.removeAll();
        for (WarPhase phase : WarPhase.values()) {
            Span swatch = new Span();
            swatch.addClassNames("phase-swatch", "phase-" + phase.ordinal() % 2);
            phases.add(new ListItem(swatch, new Span(getTranslation("network.phase." + phase.key()) + " ("
                    + ExhibitDate.of(phase.first()).display(getLocale()) + " – " + ExhibitDate.of(phase.last()).display(getLocale()) + ")")));
        }
        showPlayButton();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        drawing.graph().setKiosk(kiosk.active());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPlaying();
    }

    /** The topics and tours in the page's language (the fields keep the filter's choice). */
    private void fillChoices() {
        Corpus corpus = network.of(getLocale()).corpus();
        quiet = true;
        topic.setItems(corpus.topics());
        type.setItems(Cable.DocumentType.values());
        tour.setItems(corpus.tours());
        quiet = false;
    }

    /** Puts the filter into the fields (without reacting to them). */
    private void showFilter() {
        Corpus corpus = network.of(getLocale()).corpus();
        from.setValue(filter.from());
        to.setValue(filter.to());
        topic.setValue(filter.topic() == null ? null : corpus.topic(filter.topic()).orElse(null));
        type.setValue(filter.type());
        tour.setValue(filter.tour() == null ? null : corpus.tour(filter.tour()).orElse(null));
        withWords.setValue(filter.withWords());
    }

    /** Reads the fields into the filter and redraws. */
    private void update() {
        if (quiet) {
            return;
        }
        filter = new NetworkFilter(from.getValue(), to.getValue(),
                topic.getValue() == null ? null : topic.getValue().id(), type.getValue(),
                tour.getValue() == null ? null : tour.getValue().id(), withWords.getValue());
        showFilter();
        show(drawing.opened());
        showInAddress();
    }

    /** A bar of the timeline clicked: that month alone. */
    private void showMonth(YearMonth month) {
        stopPlaying();
        filter = filter.window(month, month);
        showFilter();
        show(drawing.opened());
        showInAddress();
    }

    private void show(String open) {
        Correspondence correspondence = network.of(getLocale());
        histogram.show(correspondence.perMonth(filter), filter.from(), filter.to(),
                getTranslation("network.histogram", drawing.period(filter)));
        drawing.show(correspondence, filter, open);
        showGaps(correspondence);
        // The map covers the war's days only: a window outside them shows its nearest end.
        LocalDate last = FrontLines.clamp(filter.lastDay());
        ExhibitDate lastDay = ExhibitDate.of(last);
        elsewhere.removeAll();
        elsewhere.add(new Anchor(MapNavigation.onDay(last), getTranslation("network.on-map", lastDay.display(getLocale()))),
                new Span(" · "),
                new Anchor(ArchiveNavigation.archive(archiveFilters()), getTranslation("network.in-archive")));
    }

    /** The archive's own parameters for the same documents. */
    private Map<String, String> archiveFilters() {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("from", filter.firstDay().toString());
        p.put("to", filter.lastDay().toString());
        filter.parameters().forEach((key, value) -> {
            if (!key.equals("from") && !key.equals("to")) {
                p.put(key, value);
            }
        });
        p.put("sort", "date-ascending");
        return p;
    }

    /** Months with no documents, letters with no known answer, answers whose question the archive lacks. */
    private void showGaps(Correspondence correspondence) {
        gaps.removeAll();
        List<Correspondence.Silence> silences = correspondence.silences(filter);
        Paragraph months = new Paragraph(silences.isEmpty() ? getTranslation("network.gaps.no-silence")
                : getTranslation("network.gaps.silences", silences.stream()
                .map(s -> s.months() == 1 ? drawing.month(s.from()) : drawing.period(filter.window(s.from(), s.to())))
                .reduce((a, b) -> a + getTranslation("network.list-separator") + b).orElse("")));
        months.addClassName("silences");
        gaps.add(months);
        gaps.add(gapList(correspondence.unanswered(filter), "network.gaps.unanswered", "unanswered",
                getTranslation("network.gaps.unanswered-how", Correspondence.ANSWER_DAYS)));
        gaps.add(gapList(correspondence.answersWithoutQuestion(filter), "network.gaps.question-missing", "question-missing",
                getTranslation("network.gaps.question-missing-how")));
    }

    private NativeDetails gapList(List<Cable> documents, String key, String className, String how) {
        NativeDetails details = new NativeDetails(getTranslation(key, documents.size()));
        details.addClassName(className);
        Div content = new Div(new Paragraph(how));
        if (!documents.isEmpty()) {
            OrderedList list = new OrderedList();
            documents.stream().limit(NetworkDrawing.LIST_MAX).forEach(c -> {
                Span when = new Span(c.date().display(getLocale()) + " ");
                when.addClassName("when");
                String note = c.inReplyToUnlisted() == null ? ""
                        : " — " + getTranslation("network.gap.question-missing", network.of(getLocale()).name(c.inReplyToUnlisted().from()),
                        c.inReplyToUnlisted().date().display(getLocale()));
                list.add(new ListItem(when, new Anchor(ArchiveNavigation.cable(c.id()), c.title()), new Span(note)));
            });
            if (documents.size() > NetworkDrawing.LIST_MAX) {
                list.add(new ListItem(getTranslation("network.list-more", documents.size() - NetworkDrawing.LIST_MAX)));
            }
            content.add(list);
        }
        details.setContent(content);
        return details;
    }

    private void togglePlay() {
        if (playing != null) {
            stopPlaying();
            return;
        }
        UI ui = UI.getCurrent();
        if (filter.months() > 12 || !filter.to().isBefore(NetworkFilter.LAST)) {
            // A wide window plays from its first month with documents; a window at the end starts the archive again.
            YearMonth start = firstMonthWithDocuments(filter.months() > 12 ? filter.from() : NetworkFilter.FIRST);
            filter = filter.window(start, start.plusMonths(PLAY_MONTHS - 1));
            showFilter();
            show(drawing.opened());
            showInAddress();
        }
        ui.setPollInterval(PLAY_STEP_MS);
        playing = ui.addPollListener(e -> step());
        showPlayButton();
    }

    private YearMonth firstMonthWithDocuments(YearMonth from) {
        return network.of(getLocale()).perMonth(filter).entrySet().stream()
                .filter(e -> !e.getKey().isBefore(from) && e.getValue() > 0)
                .map(Map.Entry::getKey).findFirst().orElse(from);
    }

    /** One month on; the playback stops at the archive's last month. */
    private void step() {
        if (!filter.to().isBefore(NetworkFilter.LAST)) {
            stopPlaying();
            return;
        }
        filter = filter.window(filter.from().plusMonths(1), filter.to().plusMonths(1));
        showFilter();
        show(drawing.opened());
        showInAddress();
    }

    private void stopPlaying() {
        if (playing != null) {
            playing.remove();
            playing = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
            showPlayButton();
        }
    }

    private void showPlayButton() {
        play.setText(getTranslation(playing == null ? "network.play" : "network.pause"));
        play.getElement().setAttribute("aria-pressed", Boolean.toString(playing != null));
    }

    private void showInAddress() {
        getUI().ifPresent(ui -> AddressBar.show(ui, NetworkNavigation.network(filter.parameters(), drawing.opened())));
    }

    NetworkFilter filter() {
        return filter;
    }

    NetworkDrawing drawing() {
        return drawing;
    }
}
