package org.cables.archive;

import org.cables.navigation.MapNavigation;
import org.cables.navigation.TourNavigation;
import org.cables.navigation.PeopleNavigation;
import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.ChronologyNavigation;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import static org.jsoup.nodes.Entities.escape;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.cables.ui.RouteParameter;
import org.cables.ui.OurTranslation;
import org.cables.ui.TrustedHtml;
import org.cables.content.Account;
import org.cables.content.Cable;
import org.cables.content.PublishedRecord;
import org.cables.content.CableId;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.ExhibitMarkdown;
import org.cables.content.FrontLines;
import org.cables.content.Memo;
import org.cables.content.Person;
import org.cables.content.PersonId;
import org.cables.map.FrontLineMap;

/**
 * One document as an archival record: who wrote to whom and through whom (cover names
 * resolved), when, what kind, where it is kept and published, our summary, the text or
 * the quoted excerpts with paragraph anchors, its thread, the tours that use it, the map
 * on its date and how to cite it.
 */
@Route(ArchiveNavigation.CABLE)
@AnonymousAllowed
final class CableView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ExhibitContent content;
    private final Optional<org.cables.sets.AddToSet> addToSet;
    private CableId id;
    private String title = "";

    CableView(ExhibitContent content, org.cables.sets.DocumentSets sets,
              com.vaadin.flow.spring.security.AuthenticationContext authentication) {
        this.content = content;
        this.addToSet = org.cables.sets.AddToSet.forSignedIn(sets, authentication);
        addClassNames("cable-view", "reading-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Corpus corpus = content.corpus(getLocale());
        Optional<Cable> cable = RouteParameter.find(event, "id", id -> corpus.cable(new CableId(id)));
        if (cable.isEmpty()) {
            return;
        }
        id = cable.get().id();
        title = cable.get().title();
        build(cable.get(), corpus);
        CitationMetadata metadata = CitationMetadata.of(cable.get(), corpus);
        event.getUI().getPage().executeJs(HEAD_SCRIPT, metadata.tagsJson(), metadata.jsonLd());
        clearHeadOnLeaving(event.getUI());
    }

    /**
     * Puts the page's citation tags in the document head (replacing a previous document's), for
     * reference managers that read the page as it is now; with no arguments it only removes them.
     */
    private static final String HEAD_SCRIPT = """
            const head = document.head;
            head.querySelectorAll('[data-cables-citation]').forEach(e => e.remove());
            if ($0) {
              for (const [name, content] of JSON.parse($0)) {
                const meta = document.createElement('meta');
                meta.name = name; meta.content = content; meta.setAttribute('data-cables-citation', '');
                head.appendChild(meta);
              }
              const ld = document.createElement('script');
              ld.type = 'application/ld+json'; ld.setAttribute('data-cables-citation', ''); ld.textContent = $1;
              head.appendChild(ld);
            }""";

    /** Once per browser tab: leaving the document pages takes their citation tags out of the head. */
    private static void clearHeadOnLeaving(com.vaadin.flow.component.UI ui) {
        if (com.vaadin.flow.component.ComponentUtil.getData(ui, HeadCleaner.class) != null) {
            return;
        }
        com.vaadin.flow.component.ComponentUtil.setData(ui, HeadCleaner.class, new HeadCleaner());
        ui.addAfterNavigationListener(after -> {
            if (after.getActiveChain().stream().noneMatch(CableView.class::isInstance)) {
                ui.getPage().executeJs(HEAD_SCRIPT, "", "");
            }
        });
    }

    /** Marks a tab whose navigation already clears the citation tags. */
    private static final class HeadCleaner {
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("shell.title");
    }

    private void build(Cable cable, Corpus corpus) {
        removeAll();
        Locale locale = getLocale();
        // By address, not by the view's class: a reference to ArchiveView would put the archive's grid and
        // filters into this page's first load (the bundle follows the classes a view names).
        com.vaadin.flow.component.html.Anchor archive = new com.vaadin.flow.component.html.Anchor(ArchiveNavigation.archive(),
                getTranslation("cable.back-to-archive"));
        archive.addClassName("back-link");

        H1 heading = new H1(cable.title());
        Paragraph when = new Paragraph(cable.date().display(locale) + " · " + getTranslation("cable.type." + cable.type().key()));
        when.addClassName("cable-when");

        Article record = new Article();
        record.addClassName("cable-record");
        record.add(heading, when, route(cable, corpus));
        addToSet.ifPresent(add -> record.add(add.button(cable.id(), cable.title()), add));

        DescriptionList facts = new DescriptionList();
        facts.addClassName("cable-facts");
        fact(facts, "cable.date", cable.date().display(locale) + (cable.dateNote() == null ? "" : " — " + cable.dateNote()));
        fact(facts, "cable.type", getTranslation("cable.type." + cable.type().key()));
        fact(facts, "cable.language", getTranslation("cable.language." + cable.originalLanguage().key()));
        if (cable.documentNumber() != null) {
            fact(facts, "cable.number", cable.documentNumber());
        }
        fact(facts, "cable.archive", cable.archiveRef() == null ? getTranslation("cable.archive-unknown") : cable.archiveRef());
        List<String> collections = new ArrayList<>();
        if (cable.wilsonCenter() != null) {
            collections.add(getTranslation("cable.collection.wilson", cable.wilsonCenter().toString()));
        }
        if (cable.secretDocuments() != null) {
            collections.add(getTranslation("cable.collection.book", String.format("%03d", cable.secretDocuments())));
        }
        if (!collections.isEmpty()) {
            fact(facts, "cable.collections", String.join("; ", collections));
        }
        fact(facts, "cable.provenance", cable.provenance());
        record.add(facts);

        Section summary = section("cable.summary");
        summary.add(new Paragraph(cable.summary()));
        record.add(summary);

        if (cable.text() != Cable.TextKind.NONE || cable.account() == null) {
            record.add(text(cable));
        }
        if (cable.account() != null) {
            record.add(account(cable));
        }
        if (cable.publishedRecord() != null) {
            record.add(publishedRecord(cable));
        }

        if (!cable.editorialNotes().isEmpty()) {
            Section notes = section("cable.notes");
            UnorderedList list = new UnorderedList();
            cable.editorialNotes().forEach(n -> list.add(new ListItem(n)));
            notes.add(list);
            notes.addClassName("editorial-notes");
            record.add(notes);
        }
        add(archive, record, links(cable, corpus), mapOf(cable), citation(cable, corpus));
    }

    /** From → via → to, each person linked, cover names resolved: "Filippov [Joseph Stalin]". */
    private Component route(Cable cable, Corpus corpus) {
        Div route = new Div();
        route.addClassName("cable-route");
        route.add(label("cable.from"));
        people(route, cable.from(), cable, corpus);
        if (!cable.via().isEmpty()) {
            route.add(new Span(" → "), label("cable.via"));
            people(route, cable.via(), cable, corpus);
        }
        if (!cable.to().isEmpty()) {
            route.add(new Span(" → "), label("cable.to"));
            people(route, cable.to(), cable, corpus);
        }
        return route;
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key) + " ");
        label.addClassName("route-label");
        return label;
    }

    private void people(Div into, List<PersonId> ids, Cable cable, Corpus corpus) {
        boolean first = true;
        for (PersonId personId : ids) {
            if (!first) {
                into.add(new Span(", "));
            }
            first = false;
            Optional<Person> person = corpus.person(personId);
            String name = person.map(Person::name).orElse(personId.value());
            String written = cable.asWritten().stream().filter(w -> w.person().equals(personId)).map(Cable.NameAsWritten::name)
                    .filter(n -> !n.equalsIgnoreCase(name)).findFirst().orElse(null);
            Anchor link = new Anchor(PeopleNavigation.person(personId), written == null ? name : written + " [" + name + "]");
            link.addClassName("person-link");
            into.add(link);
        }
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private Section section(String headingKey) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.addClassName("cable-section");
        return section;
    }

    /** The document's own words: the translation or the quoted passages, each paragraph anchored. */
    private Component text(Cable cable) {
        Section section = section(cable.text() == Cable.TextKind.FULL ? "cable.text.full" : "cable.text.excerpts");
        section.addClassName("cable-text");
        switch (cable.text()) {
            case NONE -> section.add(new Paragraph(getTranslation(cable.publishedRecord() != null
                    ? "cable.text.none-but-published" : "cable.text.none")));
            case FULL -> {
                Paragraph source = new Paragraph(getTranslation("cable.text.source", cable.textSource()));
                source.addClassName("text-source");
                section.add(source, quotation(cable));
            }
            case EXCERPTS -> {
                Paragraph note = new Paragraph(getTranslation("cable.text.excerpts-note"));
                note.addClassName("text-source");
                section.add(note, quotation(cable));
            }
        }
        Corpus corpus = content.corpus(getLocale());
        corpus.ourTranslation(cable.id()).ifPresent(translation -> section.add(new OurTranslation(
                getTranslation("translation.ours.note"), ExhibitMarkdown.toSafeHtml(translation), corpus.language().toLanguageTag())));
        return section;
    }

    /** Our account of the published translation: plainly ours, never a quotation, with its source. */
    private Component account(Cable cable) {
        Account account = cable.account();
        Section section = section("cable.account");
        section.addClassName("cable-account");
        Paragraph note = new Paragraph(getTranslation(cable.text() == Cable.TextKind.NONE ? "cable.account.note-no-words"
                : "cable.account.note", cable.publishedRecord() == null ? "" : cable.publishedRecord().publisher()));
        note.addClassName("text-source");
        section.add(note);
        if (account.coverage() == Account.Coverage.PARTIAL) {
            Paragraph partial = new Paragraph(getTranslation("cable.account.partial", account.coverageNote()));
            partial.addClassName("account-partial");
            section.add(partial);
        }
        Div text = new Div();
        text.addClassName("account-text");
        text.getElement().setAttribute("lang", content.corpus(getLocale()).language().toLanguageTag());
        account.paragraphs().forEach(paragraph -> text.add(new Paragraph(paragraph)));
        section.add(text);
        if (cable.publishedRecord() != null) {
            Paragraph source = new Paragraph(getTranslation("cable.account.source", cable.publishedRecord().citation()));
            source.addClassName("account-source");
            section.add(source);
        }
        return section;
    }

    /** What the publication prints about the document beyond its text: the facts carry over. */
    private Component publishedRecord(Cable cable) {
        PublishedRecord r = cable.publishedRecord();
        Section section = section("cable.record");
        section.addClassName("cable-published-record");
        Paragraph asPublished = new Paragraph(getTranslation("cable.record.as-published"));
        asPublished.addClassName("text-source");
        section.add(asPublished);
        DescriptionList facts = new DescriptionList();
        facts.addClassName("cable-facts");
        fact(facts, "cable.record.publisher", r.publisher());
        fact(facts, "cable.record.title", r.title());
        if (r.recordId() != null) {
            fact(facts, "cable.record.id", r.recordId().toString());
        }
        if (r.address() != null) {
            Span address = new Span(r.address());
            address.addClassName("record-address");
            facts.add(new DescriptionList.Term(getTranslation("cable.record.address")), new DescriptionList.Description(address));
        }
        factIfAny(facts, "cable.record.sent-from", r.sentFrom());
        factIfAny(facts, "cable.record.sent-to", r.sentTo());
        factIfAny(facts, "cable.record.sent", r.sent());
        factIfAny(facts, "cable.record.received", r.received());
        factIfAny(facts, "cable.record.distribution", r.distribution());
        factIfAny(facts, "cable.record.translator", r.translator());
        // The facts are printed as the publication prints them, in English.
        facts.getChildren().filter(DescriptionList.Description.class::isInstance)
                .forEach(d -> d.getElement().setAttribute("lang", "en"));
        section.add(facts);
        return section;
    }

    private void factIfAny(DescriptionList list, String key, String value) {
        if (value != null) {
            fact(list, key, value);
        }
    }

    private Component quotation(Cable cable) {
        java.util.Locale locale = getLocale();
        String numbered = NUMBERED.get(new Numbered(java.util.Objects.requireNonNullElse(cable.body(), ""), locale),
                key -> ExhibitMarkdown.numberedHtml(key.body(), n -> "<a class=\"para-anchor\" href=\"#p" + n
                        + "\" aria-label=\"" + escape(getTranslation(locale, "cable.paragraph", n)) + "\">¶" + n + "</a> "));
        TrustedHtml text = TrustedHtml.div(numbered).lang("en");
        text.addClassName("document-text");
        return text;
    }

    /** A document's numbered text in a language of the exhibit: the same for every visitor. */
    private record Numbered(String body, java.util.Locale locale) {
    }

    private static final Memo<Numbered, String> NUMBERED = new Memo<>(1_000);

    /** People and places, the thread, and the tours and events that use this cable. */
    private Component links(Cable cable, Corpus corpus) {
        Div links = new Div();
        links.addClassName("cable-links");
        List<PersonId> people = cable.people();
        if (!people.isEmpty()) {
            links.add(listSection("cable.people", people.stream().map(p -> (Component) link(PeopleNavigation.person(p),
                    corpus.person(p).map(Person::name).orElse(p.value()))).toList()));
        }
        if (!cable.places().isEmpty()) {
            links.add(listSection("cable.places", cable.places().stream().map(p -> corpus.place(p)
                    .map(place -> (Component) new Span(place.name())).orElse(new Span(p.value()))).toList()));
        }
        List<Component> thread = new ArrayList<>();
        if (cable.inReplyTo() != null) {
            corpus.cable(cable.inReplyTo()).ifPresent(c -> thread.add(threadLink("cable.in-reply-to", c)));
        }
        corpus.repliesTo(cable.id()).forEach(c -> thread.add(threadLink("cable.reply", c)));
        Set<CableId> shown = new LinkedHashSet<>();
        cable.related().forEach(r -> corpus.cable(r).ifPresent(c -> {
            if (shown.add(c.id())) {
                thread.add(threadLink("cable.related", c));
            }
        }));
        corpus.relatedTo(cable.id()).forEach(c -> {
            if (shown.add(c.id())) {
                thread.add(threadLink("cable.related", c));
            }
        });
        if (!thread.isEmpty()) {
            links.add(listSection("cable.thread", thread));
        }
        List<Component> stops = corpus.stopsCiting(cable.id()).stream()
                .map(ts -> (Component) link(TourNavigation.stop(ts.tour().id(), ts.stop().id()),
                        ts.tour().title() + ": " + ts.stop().title()))
                .toList();
        if (!stops.isEmpty()) {
            links.add(listSection("cable.tours", stops));
        }
        List<Component> events = corpus.eventsCiting(cable.id()).stream()
                .map(e -> (Component) link(ChronologyNavigation.event(e.id()), e.date().display(getLocale()) + " — " + e.title()))
                .toList();
        if (!events.isEmpty()) {
            links.add(listSection("cable.events", events));
        }
        return links;
    }

    private Component threadLink(String key, Cable other) {
        Span kind = new Span(getTranslation(key) + ": ");
        kind.addClassName("thread-kind");
        return new Span(kind, link(ArchiveNavigation.cable(other.id()), other.date().display(getLocale()) + " — " + other.title()));
    }

    private static Anchor link(String href, String text) {
        return new Anchor(href, text);
    }

    private Section listSection(String key, List<Component> items) {
        Section section = section(key);
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        section.add(list);
        return section;
    }

    /** The front on the cable's date, when the war had begun. */
    private Component mapOf(Cable cable) {
        Section section = section("cable.map");
        section.addClassName("cable-map");
        var day = cable.date().start();
        if (day.isBefore(FrontLines.FIRST_DAY)) {
            section.add(new Paragraph(getTranslation("cable.map.before-war")));
            return section;
        }
        FrontLineMap map = FrontLineMap.compact(content.corpus(getLocale()), day, cable.places());
        section.add(map, new Paragraph(new Anchor(MapNavigation.onDay(FrontLineMap.clamp(day)), getTranslation("cable.map.open"))));
        return section;
    }

    private Component citation(Cable cable, Corpus corpus) {
        Citation citation = Citation.of(cable, corpus);
        Section section = section("cable.cite");
        section.addClassName("cable-citation");
        Paragraph note = new Paragraph(citation.chicago());
        note.addClassName("chicago-note");
        Anchor bib = new Anchor("citation/" + cable.id().value() + ".bib", getTranslation("cable.cite.bibtex"));
        bib.getElement().setAttribute("download", cable.id().value() + ".bib");
        bib.getElement().setAttribute("router-ignore", true);
        Anchor ris = new Anchor("citation/" + cable.id().value() + ".ris", getTranslation("cable.cite.ris"));
        ris.getElement().setAttribute("download", cable.id().value() + ".ris");
        ris.getElement().setAttribute("router-ignore", true);
        Div downloads = new Div(bib, ris);
        downloads.addClassName("citation-downloads");
        section.add(new Paragraph(getTranslation("cable.cite.chicago")), note, downloads);
        return section;
    }

    CableId cableId() {
        return id;
    }
}
