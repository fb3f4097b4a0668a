package org.cables.chronology;

import org.cables.navigation.MapNavigation;
import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.ChronologyNavigation;
import org.cables.ui.AddressBar;
import org.cables.ui.TrustedHtml;
import org.jsoup.nodes.Element;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
        // On the first visit the view is not attached yet and localeChange, which follows on
        // attach, draws the events: drawing them here too would make the whole list twice.
        if (isAttached()) {
            show();
        }
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
        TrustedHtml list = TrustedHtml.div(render(content.corpus(getLocale()), getLocale(), category.getValue()));
        list.addClassName("chronology-list");
        events.add(list);
    }

    /**
     * The events as one block of HTML made here (every text and address escaped by jsoup): a
     * chronology of hundreds of events would otherwise be several thousand components on the
     * server, each kept in the visitor's session and sent as its own node (issue 22).
     */
    private String render(Corpus corpus, Locale locale, Optional<ChronologyEvent.Category> chosen) {
        Optional<ChronologyEvent.Category> only = chosen == null ? Optional.empty() : chosen;
        Map<Integer, Map<Integer, List<ChronologyEvent>>> byYear = new TreeMap<>();
        for (ChronologyEvent e : corpus.events()) {
            if (only.isPresent() && e.category() != only.get()) {
                continue;
            }
            int month = e.date().month() == null ? 0 : e.date().month();
            byYear.computeIfAbsent(e.date().year(), y -> new TreeMap<>())
                    .computeIfAbsent(month, m -> new java.util.ArrayList<>()).add(e);
        }
        boolean korean = "ko".equals(locale.getLanguage());
        Element root = TrustedHtml.builder("div");
        byYear.forEach((year, months) -> {
            root.appendElement("h2").text(Integer.toString(year));
            months.forEach((month, list) -> {
                String monthName = month == 0 ? getTranslation("chronology.month-unknown")
                        : korean ? month + "월"
                        : Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
                // "December 1950"; in Korean the year comes first: "1950년 12월".
                root.appendElement("h3").text(korean ? year + "년 " + monthName : monthName + " " + year);
                Element ul = root.appendElement("ul").addClass("event-list");
                for (ChronologyEvent e : list) {
                    item(ul.appendElement("li"), e, corpus, locale);
                }
            });
        });
        return root.html();
    }

    private void item(Element item, ChronologyEvent e, Corpus corpus, Locale locale) {
        item.id("event-" + e.id().value()).addClass("event");
        item.appendElement("span").addClass("event-date").text(e.date().display(locale));
        item.appendElement("span").addClass("event-category").text(getTranslation("chronology.category." + e.category().key()));
        item.appendElement("span").addClass("event-title").text(e.title());
        item.appendElement("p").text(e.text());
        Element links = item.appendElement("div").addClass("event-links");
        for (var cableId : e.cables()) {
            corpus.cable(cableId).ifPresent(c -> links.appendElement("a").attr("href", ArchiveNavigation.cable(c.id()))
                    .text(getTranslation("chronology.cable", c.title())));
        }
        if (e.date().isExactDay() && !e.date().start().isBefore(FrontLines.FIRST_DAY) && !e.date().start().isAfter(FrontLines.LAST_DAY)) {
            links.appendElement("a").attr("href", MapNavigation.onDay(e.date().start())).text(getTranslation("chronology.on-map"));
        }
    }

}
