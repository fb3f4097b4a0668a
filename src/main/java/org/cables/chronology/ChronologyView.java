package org.cables.chronology;

import org.cables.navigation.MapNavigation;
import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.ChronologyNavigation;
import org.cables.ui.AddressBar;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
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
import org.cables.content.ChronologyEvent;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.FrontLines;

/**
 * The war's events from 1945 to 1954 by year and month, filterable by category, each with
 * its cables and a link to the map on its date. {@code /chronology?category=military}.
 */
@Route(ChronologyNavigation.CHRONOLOGY)
@Menu(title = "nav.chronology", order = 5, icon = "vaadin:calendar")
@AnonymousAllowed
final class ChronologyView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final ExhibitContent content;
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Select<Optional<ChronologyEvent.Category>> category = new Select<>();
    private final Div events = new Div();
    private boolean applyingUrl;

    ChronologyView(ExhibitContent content) {
        this.content = content;
        addClassNames("chronology-view", "reading-wide");
        List<Optional<ChronologyEvent.Category>> items = new java.util.ArrayList<>();
        items.add(Optional.empty());
        for (ChronologyEvent.Category c : ChronologyEvent.Category.values()) {
            items.add(Optional.of(c));
        }
        category.setItems(items);
        category.setValue(Optional.empty());
        category.addValueChangeListener(e -> {
            if (!applyingUrl) {
                show();
                String key = e.getValue().map(ChronologyEvent.Category::key).orElse(null);
                getUI().ifPresent(ui -> AddressBar.show(ui, ChronologyNavigation.chronology(key)));
            }
        });
        events.addClassName("chronology-events");
        add(heading, intro, category, events);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chronology.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("category", List.of(""))
                .stream().findFirst().orElse("");
        applyingUrl = true;
        try {
            category.setValue(java.util.Arrays.stream(ChronologyEvent.Category.values())
                    .filter(c -> c.key().equals(asked)).findFirst());
        } finally {
            applyingUrl = false;
        }
        show();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("chronology.heading"));
        intro.setText(getTranslation("chronology.intro"));
        category.setLabel(getTranslation("chronology.category"));
        category.setItemLabelGenerator(c -> c.map(x -> getTranslation("chronology.category." + x.key()))
                .orElse(getTranslation("chronology.category.all")));
        show();
    }

    private void show() {
        events.removeAll();
        Corpus corpus = content.corpus(getLocale());
        Locale locale = getLocale();
        Optional<ChronologyEvent.Category> only = category.getValue() == null ? Optional.empty() : category.getValue();
        Map<Integer, Map<Integer, List<ChronologyEvent>>> byYear = new TreeMap<>();
        for (ChronologyEvent e : corpus.events()) {
            if (only.isPresent() && e.category() != only.get()) {
                continue;
            }
            int month = e.date().month() == null ? 0 : e.date().month();
            byYear.computeIfAbsent(e.date().year(), y -> new TreeMap<>())
                    .computeIfAbsent(month, m -> new java.util.ArrayList<>()).add(e);
        }
        byYear.forEach((year, months) -> {
            events.add(new H2(Integer.toString(year)));
            months.forEach((month, list) -> {
                String monthName = month == 0 ? getTranslation("chronology.month-unknown")
                        : "ko".equals(locale.getLanguage()) ? month + "월"
                        : Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
                // "December 1950"; in Korean the year comes first: "1950년 12월".
                events.add(new H3("ko".equals(locale.getLanguage()) ? year + "년 " + monthName : monthName + " " + year));
                UnorderedList ul = new UnorderedList();
                ul.addClassName("event-list");
                for (ChronologyEvent e : list) {
                    ul.add(item(e, corpus, locale));
                }
                events.add(ul);
            });
        });
    }

    private ListItem item(ChronologyEvent e, Corpus corpus, Locale locale) {
        Span when = new Span(e.date().display(locale));
        when.addClassName("event-date");
        Span kind = new Span(getTranslation("chronology.category." + e.category().key()));
        kind.addClassName("event-category");
        Span title = new Span(e.title());
        title.addClassName("event-title");
        Paragraph text = new Paragraph(e.text());
        Div links = new Div();
        links.addClassName("event-links");
        for (var cableId : e.cables()) {
            corpus.cable(cableId).ifPresent(c -> links.add(new Anchor(ArchiveNavigation.cable(c.id()), getTranslation("chronology.cable", c.title()))));
        }
        if (e.date().isExactDay() && !e.date().start().isBefore(FrontLines.FIRST_DAY) && !e.date().start().isAfter(FrontLines.LAST_DAY)) {
            links.add(new Anchor(MapNavigation.onDay(e.date().start()), getTranslation("chronology.on-map")));
        }
        ListItem item = new ListItem(when, kind, title, text, links);
        item.setId("event-" + e.id().value());
        item.addClassName("event");
        return item;
    }

}
