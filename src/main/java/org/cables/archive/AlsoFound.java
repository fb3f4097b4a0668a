package org.cables.archive;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.html.Section;
import org.cables.content.EventId;
import org.cables.content.PersonId;
import org.cables.navigation.ChronologyNavigation;
import org.cables.navigation.PeopleNavigation;
import org.cables.search.ArchiveIndex;
import org.cables.search.ArchiveSearch;
import org.cables.search.SearchHit;
import org.cables.search.SearchQuery;
import org.cables.ui.TrustedHtml;
import org.jsoup.nodes.Element;

/**
 * What the archive's words find elsewhere in the exhibit: the people (their pages), the places
 * (what they were) and the chronology's events. One search covers everything; the documents
 * themselves are the archive's own list below.
 */
final class AlsoFound extends Section {

    /** At most this many of each kind, people first, then places, then events. */
    static final int EACH = 3;
    private static final List<SearchHit.Kind> ELSEWHERE = List.of(SearchHit.Kind.PERSON, SearchHit.Kind.PLACE, SearchHit.Kind.EVENT);

    private final ArchiveSearch search;

    AlsoFound(ArchiveSearch search) {
        this.search = search;
        addClassName("also-found");
        setVisible(false);
    }

    /** Shows what {@code words} find beyond the documents; nothing for no words. */
    void show(String words) {
        removeAll();
        // One search per kind, EACH hits: a page's snippets are the costly part of a search, so
        // none is made for hits that would not be shown (issue 22).
        List<SearchHit> hits = words == null || words.isBlank() ? List.of()
                : ELSEWHERE.stream().flatMap(kind -> search.search(new SearchQuery(words, null, null, null, null, null, Set.of(kind)),
                        ArchiveIndex.Order.RELEVANCE, 0, EACH, getLocale()).hits().stream()).toList();
        setVisible(!hits.isEmpty());
        if (hits.isEmpty()) {
            return;
        }
        // Drawn as HTML made here (every text escaped by jsoup): as components each line was five
        // state nodes kept in the visitor's session (issue 22, decision 61).
        Element block = TrustedHtml.builder("div");
        block.appendElement("h2").text(getTranslation("archive.also-found"));
        Element list = block.appendElement("ul");
        hits.forEach(hit -> item(list.appendElement("li"), hit));
        add(TrustedHtml.div(block.html()));
    }

    private void item(Element line, SearchHit hit) {
        line.appendElement("span").addClass("also-found-kind")
                .text(getTranslation("archive.also-found." + hit.kind().name().toLowerCase(java.util.Locale.ROOT)));
        switch (hit.kind()) {
            case PERSON -> line.appendElement("a").attr("href", PeopleNavigation.person(new PersonId(hit.id()))).text(hit.title());
            case EVENT -> line.appendElement("a").attr("href", ChronologyNavigation.event(new EventId(hit.id())))
                    .text((hit.date() == null ? "" : hit.date().display(getLocale()) + " — ") + hit.title());
            default -> line.appendElement("span")
                    .text(hit.title() + (hit.snippetParts().isEmpty() ? "" : ": " + String.join("", hit.snippetParts())));
        }
    }
}
