package org.cables.archive;

import org.cables.navigation.ArchiveNavigation;
import org.cables.content.CableId;
import org.cables.ui.AddressBar;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.cables.content.Cable;
import org.cables.content.ContentId;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.Person;
import org.cables.content.PersonId;
import org.cables.content.Topic;
import org.cables.content.TopicId;
import org.cables.content.Tour;
import org.cables.content.TourId;
import org.cables.search.ArchiveIndex;
import org.cables.search.ArchiveSearch;
import org.cables.search.SearchHit;
import org.cables.search.SearchQuery;
import org.cables.search.SearchRefused;

/**
 * Every cable, searchable by any spelling or cover name, filterable by date, sender,
 * recipient, type, topic, tour and whether its words survive. The state of the search lives
 * in the address, so a teacher can share it: {@code /archive?q=Filippov&from=1950-06-25}.
 */
@Route(ArchiveNavigation.ARCHIVE)
@Menu(title = "nav.archive", order = 2, icon = "vaadin:archive")
@AnonymousAllowed
final class ArchiveView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final ExhibitContent content;
    private final ArchiveSearch search;

    private final H1 heading = new H1();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<Person> sender = new ComboBox<>();
    private final ComboBox<Person> recipient = new ComboBox<>();
    private final ComboBox<Cable.DocumentType> type = new ComboBox<>();
    private final ComboBox<Topic> topic = new ComboBox<>();
    private final ComboBox<Tour> tour = new ComboBox<>();
    private final Checkbox withText = new Checkbox();
    private final Select<ArchiveIndex.Order> order = new Select<>();
    private final Paragraph count = new Paragraph();
    private final Grid<SearchHit> grid = new Grid<>();
    private final Optional<org.cables.sets.AddToSet> addToSet;
    private final Anchor clear = new Anchor(ArchiveNavigation.archive(), "");
    private boolean applyingUrl;
    private SearchQuery query = SearchQuery.text("").onlyCables();
    /** The search the results show now, so that the same one is not run again. */
    private Shown shown;

    private final AlsoFound alsoFound;

    private record Shown(SearchQuery query, ArchiveIndex.Order order, java.util.Locale locale) {
    }

    ArchiveView(ExhibitContent content, ArchiveSearch search, org.cables.visitor.KioskMode kiosk, org.cables.sets.DocumentSets sets,
                com.vaadin.flow.spring.security.AuthenticationContext authentication) {
        this.content = content;
        this.search = search;
        this.alsoFound = new AlsoFound(search);
        addClassName("archive-view");

        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(350);
        text.setClearButtonVisible(true);
        // The browser stops typing at the limit; words that come longer anyway are refused by the index.
        text.setMaxLength(SearchQuery.MAX_CHARACTERS);
        text.setManualValidation(true);
        text.setPrefixComponent(org.cables.ui.ExhibitIcon.of("search"));
        text.addClassName("archive-search");
        for (DatePicker picker : List.of(from, to)) {
            picker.setMin(org.cables.content.ExhibitDate.FIRST);
            picker.setMax(org.cables.content.ExhibitDate.LAST);
            picker.setClearButtonVisible(true);
        }
        for (ComboBox<Person> box : List.of(sender, recipient)) {
            box.setItemLabelGenerator(Person::name);
            box.setClearButtonVisible(true);
        }
        type.setClearButtonVisible(true);
        topic.setItemLabelGenerator(Topic::name);
        topic.setClearButtonVisible(true);
        tour.setItemLabelGenerator(Tour::title);
        tour.setClearButtonVisible(true);
        order.setItems(ArchiveIndex.Order.values());
        order.setValue(ArchiveIndex.Order.RELEVANCE);

        List<HasValue<?, ?>> fields = List.of(text, from, to, sender, recipient, type, topic, tour, withText, order);
        fields.forEach(f -> f.addValueChangeListener(e -> {
            if (!applyingUrl) {
                refresh(true);
            }
        }));

        Div filters = new Div(from, to, sender, recipient, type, topic, tour, order, withText);
        filters.addClassName("archive-filters");

        count.addClassName("result-count");
        count.getElement().setAttribute("role", "status");
        count.getElement().setAttribute("aria-live", "polite");
        clear.addClassName("clear-filters");
        clear.getElement().setAttribute("router-link", true);

        grid.addClassName("archive-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.addColumn(hit -> hit.date() == null ? "" : hit.date().display(getLocale()))
                .setKey("date").setAutoWidth(true).setFlexGrow(0);
        // A Lit template rather than components per row: the grid's rows cost no server-side
        // components and no HTML parsing, and the template escapes every text it is given.
        grid.addColumn(LitRenderer.<SearchHit>of("""
                <div class="hit"><a class="hit-title" href="${item.href}">${item.title}</a>\
                <div class="hit-route">${item.route}</div>\
                <div class="hit-snippet">${item.snippet.map((part, i) => i % 2 ? html`<mark>${part}</mark>` : part)}</div></div>""")
                .withProperty("href", hit -> ArchiveNavigation.cable(new CableId(hit.id())))
                .withProperty("title", SearchHit::title)
                .withProperty("route", hit -> correspondents(hit.id()))
                .withProperty("snippet", SearchHit::snippetParts))
                .setKey("document").setFlexGrow(1);
        // A teacher adds a found document to one of their own sets, from the row.
        addToSet = org.cables.sets.AddToSet.forSignedIn(sets, authentication);
        addToSet.ifPresent(addToSet -> grid.addColumn(LitRenderer.<SearchHit>of(
                        "<vaadin-button theme=\"small\" class=\"add-to-set\" aria-label=\"${item.label}\" @click=${add}>${item.text}</vaadin-button>")
                .withProperty("label", hit -> getTranslation("sets.add-to-set-named", hit.title()))
                .withProperty("text", hit -> getTranslation("sets.add-to-set"))
                .withFunction("add", hit -> addToSet.open(new CableId(hit.id()), hit.title())))
                .setKey("add-to-set").setAutoWidth(true).setFlexGrow(0));
        // The first page is what a visitor sees; each further page is fetched as they scroll.
        grid.setPageSize(20);

        add(heading, text, filters, new Div(count, clear), alsoFound);
        addToSet.ifPresent(this::add);
        add(grid);
        if (kiosk.active()) {
            // A kiosk has no keyboard: the archive is browsed by its choices alone.
            text.setVisible(false);
            from.setVisible(false);
            to.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("archive.heading"));
        text.setLabel(getTranslation("archive.search"));
        text.setPlaceholder(getTranslation("archive.search-placeholder"));
        text.setHelperText(getTranslation("archive.search-help"));
        from.setLabel(getTranslation("archive.from"));
        to.setLabel(getTranslation("archive.to"));
        sender.setLabel(getTranslation("archive.sender"));
        recipient.setLabel(getTranslation("archive.recipient"));
        type.setLabel(getTranslation("archive.type"));
        type.setItemLabelGenerator(t -> getTranslation("cable.type." + t.key()));
        topic.setLabel(getTranslation("archive.topic"));
        tour.setLabel(getTranslation("archive.tour"));
        withText.setLabel(getTranslation("archive.with-text"));
        order.setLabel(getTranslation("archive.order"));
        order.setItemLabelGenerator(o -> getTranslation("archive.order." + o.name().toLowerCase()));
        clear.setText(getTranslation("archive.clear"));
        grid.getColumnByKey("date").setHeader(getTranslation("archive.column.date"));
        grid.getColumnByKey("document").setHeader(getTranslation("archive.column.document"));
        refresh(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Corpus corpus = content.corpus(getLocale());
        List<Person> correspondents = corpus.people().stream()
                .filter(p -> !corpus.cablesOf(p.id()).isEmpty())
                .sorted(Comparator.comparing(Person::name)).toList();
        sender.setItems(correspondents);
        recipient.setItems(correspondents);
        type.setItems(Cable.DocumentType.values());
        topic.setItems(corpus.topics());
        tour.setItems(corpus.tours());

        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        applyingUrl = true;
        try {
            text.setValue(first(params, "q").orElse(""));
            from.setValue(first(params, "from").flatMap(ArchiveView::date).orElse(null));
            to.setValue(first(params, "to").flatMap(ArchiveView::date).orElse(null));
            sender.setValue(person(corpus, first(params, "sender")));
            recipient.setValue(person(corpus, first(params, "recipient")));
            type.setValue(first(params, "type").flatMap(t -> java.util.Arrays.stream(Cable.DocumentType.values())
                    .filter(d -> d.key().equals(t)).findFirst()).orElse(null));
            topic.setValue(first(params, "topic").filter(ContentId::isValidId).map(TopicId::new).flatMap(corpus::topic).orElse(null));
            tour.setValue(first(params, "tour").filter(ContentId::isValidId).map(TourId::new).flatMap(corpus::tour).orElse(null));
            withText.setValue(first(params, "text").map("yes"::equals).orElse(false));
            order.setValue(first(params, "sort").flatMap(s -> java.util.Arrays.stream(ArchiveIndex.Order.values())
                    .filter(o -> o.name().toLowerCase().replace('_', '-').equals(s)).findFirst()).orElse(ArchiveIndex.Order.RELEVANCE));
        } finally {
            applyingUrl = false;
        }
        refresh(false);
    }

    private static Optional<String> first(Map<String, List<String>> params, String key) {
        return params.getOrDefault(key, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Person person(Corpus corpus, Optional<String> id) {
        return id.filter(ContentId::isValidId).map(PersonId::new).flatMap(corpus::person).orElse(null);
    }

    /** Runs the search shown by the fields; with {@code updateUrl}, writes it into the address too. */
    private void refresh(boolean updateUrl) {
        query = new SearchQuery(text.getValue(), from.getValue(), to.getValue(), null, type.getValue(),
                topic.getValue() == null ? null : topic.getValue().id(), java.util.Set.of(SearchHit.Kind.CABLE),
                sender.getValue() == null ? null : sender.getValue().id(),
                recipient.getValue() == null ? null : recipient.getValue().id(),
                tour.getValue() == null ? null : tour.getValue().id(), withText.getValue());
        ArchiveIndex.Order sort = order.getValue() == null ? ArchiveIndex.Order.RELEVANCE : order.getValue();
        SearchQuery current = query;
        Shown next = new Shown(current, sort, getLocale());
        if (!updateUrl && next.equals(shown)) {
            // Entering the view and taking its language both ask for the results; run them once.
            return;
        }
        shown = next;
        long total;
        try {
            total = search.count(current, getLocale());
        } catch (SearchRefused refused) {
            refuse(refused);
            return;
        }
        text.setInvalid(false);
        count.setText(getTranslation(total == 1 ? "archive.count.one" : "archive.count", total));
        grid.setItems(q -> search.search(current, sort, q.getOffset(), q.getLimit(), getLocale()).hits().stream(),
                q -> (int) total);
        clear.setVisible(!parameters().isEmpty());
        alsoFound.show(text.getValue());
        if (updateUrl) {
            getUI().ifPresent(ui -> AddressBar.show(ui, ArchiveNavigation.archive(parameters())));
        }
    }

    /** Words the archive will not look for: the field and the count say why, and nothing is listed. */
    private void refuse(SearchRefused refused) {
        String why = getTranslation(refused.key(), refused.arguments());
        text.setErrorMessage(why);
        text.setInvalid(true);
        count.setText(why);
        grid.setItems(List.of());
        clear.setVisible(true);
        alsoFound.show("");
    }

    private Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (!text.getValue().isBlank()) {
            p.put("q", text.getValue().strip());
        }
        put(p, "from", from.getValue(), LocalDate::toString);
        put(p, "to", to.getValue(), LocalDate::toString);
        put(p, "sender", sender.getValue(), s -> s.id().value());
        put(p, "recipient", recipient.getValue(), r -> r.id().value());
        put(p, "type", type.getValue(), Cable.DocumentType::key);
        put(p, "topic", topic.getValue(), t -> t.id().value());
        put(p, "tour", tour.getValue(), t -> t.id().value());
        if (withText.getValue()) {
            p.put("text", "yes");
        }
        if (order.getValue() != null && order.getValue() != ArchiveIndex.Order.RELEVANCE) {
            p.put("sort", order.getValue().name().toLowerCase().replace('_', '-'));
        }
        return p;
    }

    private static <T> void put(Map<String, String> p, String key, T value, Function<T, String> text) {
        if (value != null) {
            p.put(key, text.apply(value));
        }
    }

    private String correspondents(String cableId) {
        Corpus corpus = content.corpus(getLocale());
        return corpus.cable(new org.cables.content.CableId(cableId)).map(c -> corpus.names(c.from(), ", ")
                + (c.to().isEmpty() ? "" : " → " + corpus.names(c.to(), ", "))).orElse("");
    }

    SearchQuery currentQuery() {
        return query;
    }

    Grid<SearchHit> grid() {
        return grid;
    }

    ExhibitContent content() {
        return content;
    }

}
