package org.cables.search;

import java.time.LocalDate;
import java.util.Set;

import org.cables.content.Cable;
import org.cables.content.PersonId;
import org.cables.content.TopicId;
import org.cables.content.TourId;

/**
 * What a visitor asks the archive: words (any spelling or cover name of a person works),
 * and optional filters.
 *
 * @param text   free text; blank means "everything that passes the filters"
 * @param from   earliest date, inclusive (null: no limit)
 * @param to     latest date, inclusive (null: no limit)
 * @param person only documents this person sent, received or relayed
 * @param type   only this kind of document
 * @param topic  only documents with this topic
 * @param kinds  which kinds of entries to return (empty: all)
 * @param sender only documents this person sent
 * @param recipient only documents this person received
 * @param tour   only documents a stop of this tour cites
 * @param withTextOnly only documents whose content we can show: their words (full text or excerpts) or our account
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, PersonId person, Cable.DocumentType type,
                          TopicId topic, Set<SearchHit.Kind> kinds, PersonId sender, PersonId recipient,
                          TourId tour, boolean withTextOnly) {

    /** The most characters a search may have: a long question, never a pasted document. */
    public static final int MAX_CHARACTERS = 200;
    /** The most words a search may have (a Chinese character counts as a word). */
    public static final int MAX_WORDS = 32;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public SearchQuery(String text, LocalDate from, LocalDate to, PersonId person, Cable.DocumentType type,
                       TopicId topic, Set<SearchHit.Kind> kinds) {
        this(text, from, to, person, type, topic, kinds, null, null, null, false);
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, null, null, Set.of());
    }

    public SearchQuery onlyCables() {
        return new SearchQuery(text, from, to, person, type, topic, Set.of(SearchHit.Kind.CABLE), sender, recipient,
                tour, withTextOnly);
    }
}
