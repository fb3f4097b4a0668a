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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
import org.cables.content.Person;
import org.cables.content.PersonId;
import org.cables.map.FrontLineMap;
import org.jsoup.nodes.Element;

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

    /**
     * The page: the way back, the record with its heading, the links, the map and the citation.
     * What only reads (the record, the links, the citation) is drawn as HTML made here, every text
     * escaped by jsoup and the document's words made safe where they are rendered: as components
     * a document's page was 125 to 164 state nodes kept in the visitor's session and sent to the
     * browser one by one; now it is about fifteen (issue 22, decision 61). The blocks are the same
     * for every visitor in a language, so they are drawn once and kept with the corpus (decision 62).
     * What acts stays a component: the teacher's "add to a set" and the map.
     */
    private void build(Cable cable, Corpus corpus) {
        removeAll();
        // By address, not by the view's class: a reference to ArchiveView would put the archive's grid and
        // filters into this page's first load (the bundle follows the classes a view names).
        Anchor archive = new Anchor(ArchiveNavigation.archive(), getTranslation("cable.back-to-archive"));
        archive.addClassName("back-link");
        Drawn drawn = corpus.drawn(new Page(cable.id(), getLocale()), page -> draw(cable, corpus));

        Article record = new Article();
        record.addClassName("cable-record");
        TrustedHtml head = TrustedHtml.div(drawn.heading());
        head.addClassName("cable-heading");
        record.add(head);
        addToSet.ifPresent(add -> record.add(add.button(cable.id(), cable.title()), add));
        record.add(TrustedHtml.div(drawn.body()));

        TrustedHtml links = TrustedHtml.div(drawn.links());
        links.addClassName("cable-links");
        add(archive, record, links, mapOf(cable), TrustedHtml.div(drawn.citation()));
    }

    /** A document's page in a language (the corpus is the other input). */
    private record Page(CableId cable, Locale locale) {
    }

    /**
     * The page's blocks of HTML, the same for every visitor in a language: drawn once per corpus
     * and kept there ({@link Corpus#drawn}), so each visitor's page holds the kept strings, not copies.
     */
    private record Drawn(String heading, String body, String links, String citation) {
    }

    private Drawn draw(Cable cable, Corpus corpus) {
        Element heading = TrustedHtml.builder("div");
        heading.appendElement("h1").text(cable.title());
        heading.appendElement("p").addClass("cable-when")
                .text(cable.date().display(getLocale()) + " · " + getTranslation("cable.type." + cable.type().key()));
        route(heading.appendElement("div").addClass("cable-route"), cable, corpus);
        return new Drawn(heading.html(), body(cable, corpus).html(), links(cable, corpus).html(), citation(cable, corpus).outerHtml());
    }

    /** The record below its heading: the facts, our summary, the words or our account, the notes. */
    private Element body(Cable cable, Corpus corpus) {
        Locale locale = getLocale();
        Element body = TrustedHtml.builder("div");
        Element facts = body.appendElement("dl").addClass("cable-facts");
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

        section(body, "cable.summary").appendElement("p").text(cable.summary());
        if (cable.text() != Cable.TextKind.NONE || cable.account() == null) {
            text(body, cable, corpus);
        }
        if (cable.account() != null) {
            account(body, cable, corpus);
        }
        if (cable.publishedRecord() != null) {
            publishedRecord(body, cable);
        }
        if (!cable.editorialNotes().isEmpty()) {
            Element list = section(body, "cable.notes").addClass("editorial-notes").appendElement("ul");
            cable.editorialNotes().forEach(n -> list.appendElement("li").text(n));
        }
        return body;
    }

    /** From → via → to, each person linked, cover names resolved: "Filippov [Joseph Stalin]". */
    private void route(Element route, Cable cable, Corpus corpus) {
        label(route, "cable.from");
        people(route, cable.from(), cable, corpus);
        if (!cable.via().isEmpty()) {
            route.appendElement("span").text(" → ");
            label(route, "cable.via");
            people(route, cable.via(), cable, corpus);
        }
        if (!cable.to().isEmpty()) {
            route.appendElement("span").text(" → ");
            label(route, "cable.to");
            people(route, cable.to(), cable, corpus);
        }
    }

    private void label(Element route, String key) {
        route.appendElement("span").addClass("route-label").text(getTranslation(key) + " ");
    }

    private void people(Element into, List<PersonId> ids, Cable cable, Corpus corpus) {
        boolean first = true;
        for (PersonId personId : ids) {
            if (!first) {
                into.appendElement("span").text(", ");
            }
            first = false;
            Optional<Person> person = corpus.person(personId);
            String name = person.map(Person::name).orElse(personId.value());
            String written = cable.asWritten().stream().filter(w -> w.person().equals(personId)).map(Cable.NameAsWritten::name)
                    .filter(n -> !n.equalsIgnoreCase(name)).findFirst().orElse(null);
            into.appendElement("a").attr("href", PeopleNavigation.person(personId)).addClass("person-link")
                    .text(written == null ? name : written + " [" + name + "]");
        }
    }

    private void fact(Element list, String key, String value) {
        list.appendElement("dt").text(getTranslation(key));
        list.appendElement("dd").text(value);
    }

    private Element section(Element parent, String headingKey) {
        Element section = parent.appendElement("section").addClass("cable-section");
        section.appendElement("h2").text(getTranslation(headingKey));
        return section;
    }

    /** The document's own words: the translation or the quoted passages, each paragraph anchored. */
    private void text(Element parent, Cable cable, Corpus corpus) {
        Element section = section(parent, cable.text() == Cable.TextKind.FULL ? "cable.text.full" : "cable.text.excerpts")
                .addClass("cable-text");
        switch (cable.text()) {
            case NONE -> section.appendElement("p").text(getTranslation(cable.publishedRecord() != null
                    ? "cable.text.none-but-published" : "cable.text.none"));
            case FULL -> {
                section.appendElement("p").addClass("text-source").text(getTranslation("cable.text.source", cable.textSource()));
                quotation(section, cable);
            }
            case EXCERPTS -> {
                section.appendElement("p").addClass("text-source").text(getTranslation("cable.text.excerpts-note"));
                quotation(section, cable);
            }
        }
        corpus.ourTranslation(cable.id()).ifPresent(translation -> OurTranslation.appendTo(section,
                getTranslation("translation.ours.note"), ExhibitMarkdown.toSafeHtml(translation), corpus.language().toLanguageTag()));
    }

    /** Our account of the published translation: plainly ours, never a quotation, with its source. */
    private void account(Element parent, Cable cable, Corpus corpus) {
        Account account = cable.account();
        Element section = section(parent, "cable.account").addClass("cable-account");
        section.appendElement("p").addClass("text-source").text(getTranslation(cable.text() == Cable.TextKind.NONE
                ? "cable.account.note-no-words" : "cable.account.note",
                cable.publishedRecord() == null ? "" : cable.publishedRecord().publisher()));
        if (account.coverage() == Account.Coverage.PARTIAL) {
            section.appendElement("p").addClass("account-partial").text(getTranslation("cable.account.partial", account.coverageNote()));
        }
        Element text = section.appendElement("div").addClass("account-text").attr("lang", corpus.language().toLanguageTag());
        account.paragraphs().forEach(paragraph -> text.appendElement("p").text(paragraph));
        if (cable.publishedRecord() != null) {
            section.appendElement("p").addClass("account-source")
                    .text(getTranslation("cable.account.source", cable.publishedRecord().citation()));
        }
    }

    /** What the publication prints about the document beyond its text: the facts carry over. */
    private void publishedRecord(Element parent, Cable cable) {
        PublishedRecord r = cable.publishedRecord();
        Element section = section(parent, "cable.record").addClass("cable-published-record");
        section.appendElement("p").addClass("text-source").text(getTranslation("cable.record.as-published"));
        Element facts = section.appendElement("dl").addClass("cable-facts");
        fact(facts, "cable.record.publisher", r.publisher());
        fact(facts, "cable.record.title", r.title());
        if (r.recordId() != null) {
            fact(facts, "cable.record.id", r.recordId().toString());
        }
        if (r.address() != null) {
            facts.appendElement("dt").text(getTranslation("cable.record.address"));
            facts.appendElement("dd").appendElement("span").addClass("record-address").text(r.address());
        }
        factIfAny(facts, "cable.record.sent-from", r.sentFrom());
        factIfAny(facts, "cable.record.sent-to", r.sentTo());
        factIfAny(facts, "cable.record.sent", r.sent());
        factIfAny(facts, "cable.record.received", r.received());
        factIfAny(facts, "cable.record.distribution", r.distribution());
        factIfAny(facts, "cable.record.translator", r.translator());
        // The facts are printed as the publication prints them, in English.
        facts.select("dd").attr("lang", "en");
    }

    private void factIfAny(Element list, String key, String value) {
        if (value != null) {
            fact(list, key, value);
        }
    }

    /** The document's words with their paragraphs numbered and anchored (drawn once with the page, {@link #draw}). */
    private void quotation(Element section, Cable cable) {
        Locale locale = getLocale();
        String numbered = ExhibitMarkdown.numberedHtml(java.util.Objects.requireNonNullElse(cable.body(), ""),
                n -> "<a class=\"para-anchor\" href=\"#p" + n + "\" aria-label=\""
                        + escape(getTranslation(locale, "cable.paragraph", n)) + "\">¶" + n + "</a> ");
        TrustedHtml.appendSafe(section.appendElement("div").addClass("document-text").attr("lang", "en"), numbered);
    }

    /** People and places, the thread, and the tours and events that use this cable. */
    private Element links(Cable cable, Corpus corpus) {
        Element links = TrustedHtml.builder("div");
        List<PersonId> people = cable.people();
        if (!people.isEmpty()) {
            Element list = listSection(links, "cable.people");
            people.forEach(p -> link(list.appendElement("li"), PeopleNavigation.person(p),
                    corpus.person(p).map(Person::name).orElse(p.value())));
        }
        if (!cable.places().isEmpty()) {
            Element list = listSection(links, "cable.places");
            cable.places().forEach(p -> list.appendElement("li").appendElement("span")
                    .text(corpus.place(p).map(place -> place.name()).orElse(p.value())));
        }
        List<java.util.Map.Entry<String, Cable>> thread = new ArrayList<>();
        if (cable.inReplyTo() != null) {
            corpus.cable(cable.inReplyTo()).ifPresent(c -> thread.add(java.util.Map.entry("cable.in-reply-to", c)));
        }
        corpus.repliesTo(cable.id()).forEach(c -> thread.add(java.util.Map.entry("cable.reply", c)));
        Set<CableId> shown = new LinkedHashSet<>();
        cable.related().forEach(r -> corpus.cable(r).ifPresent(c -> {
            if (shown.add(c.id())) {
                thread.add(java.util.Map.entry("cable.related", c));
            }
        }));
        corpus.relatedTo(cable.id()).forEach(c -> {
            if (shown.add(c.id())) {
                thread.add(java.util.Map.entry("cable.related", c));
            }
        });
        if (!thread.isEmpty()) {
            Element list = listSection(links, "cable.thread");
            thread.forEach(t -> {
                Element item = list.appendElement("li").appendElement("span");
                item.appendElement("span").addClass("thread-kind").text(getTranslation(t.getKey()) + ": ");
                link(item, ArchiveNavigation.cable(t.getValue().id()),
                        t.getValue().date().display(getLocale()) + " — " + t.getValue().title());
            });
        }
        var stops = corpus.stopsCiting(cable.id());
        if (!stops.isEmpty()) {
            Element list = listSection(links, "cable.tours");
            stops.forEach(ts -> link(list.appendElement("li"), TourNavigation.stop(ts.tour().id(), ts.stop().id()),
                    ts.tour().title() + ": " + ts.stop().title()));
        }
        var events = corpus.eventsCiting(cable.id());
        if (!events.isEmpty()) {
            Element list = listSection(links, "cable.events");
            events.forEach(e -> link(list.appendElement("li"), ChronologyNavigation.event(e.id()),
                    e.date().display(getLocale()) + " — " + e.title()));
        }
        return links;
    }

    private static void link(Element parent, String href, String text) {
        parent.appendElement("a").attr("href", href).text(text);
    }

    private Element listSection(Element parent, String key) {
        return section(parent, key).appendElement("ul");
    }

    /** The front on the cable's date, when the war had begun. */
    private Component mapOf(Cable cable) {
        Section section = new Section(new H2(getTranslation("cable.map")));
        section.addClassNames("cable-section", "cable-map");
        var day = cable.date().start();
        if (day.isBefore(FrontLines.FIRST_DAY)) {
            section.add(new Paragraph(getTranslation("cable.map.before-war")));
            return section;
        }
        FrontLineMap map = FrontLineMap.compact(content.corpus(getLocale()), day, cable.places());
        section.add(map, new Paragraph(new Anchor(MapNavigation.onDay(FrontLineMap.clamp(day)), getTranslation("cable.map.open"))));
        return section;
    }

    /** How to cite the document: the note to copy and the files for reference managers. */
    private Element citation(Cable cable, Corpus corpus) {
        Citation citation = Citation.of(cable, corpus);
        Element section = section(TrustedHtml.builder("div"), "cable.cite").addClass("cable-citation");
        section.appendElement("p").text(getTranslation("cable.cite.chicago"));
        section.appendElement("p").addClass("chicago-note").text(citation.chicago());
        Element downloads = section.appendElement("div").addClass("citation-downloads");
        String id = cable.id().value();
        downloads.appendElement("a").attr("href", "citation/" + id + ".bib").attr("download", id + ".bib")
                .attr("router-ignore", "").text(getTranslation("cable.cite.bibtex"));
        downloads.appendElement("a").attr("href", "citation/" + id + ".ris").attr("download", id + ".ris")
                .attr("router-ignore", "").text(getTranslation("cable.cite.ris"));
        return section;
    }

    CableId cableId() {
        return id;
    }
}
