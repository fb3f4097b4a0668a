package org.cables.search;

import java.util.List;

import org.cables.content.ExhibitDate;

/**
 * One result: what it is, its id, a title, its date (for cables and events) and a snippet
 * of safe HTML in which the matching words are wrapped in {@code <mark>}.
 */
public record SearchHit(Kind kind, String id, String title, ExhibitDate date, String snippetHtml, float score) {

    private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("</?mark>");

    /**
     * The snippet as plain text in parts: the even ones as they stand, the odd ones the marked
     * matches. For a template that escapes text itself (a grid's Lit renderer), so that no HTML
     * has to be parsed per row.
     */
    public List<String> snippetParts() {
        String html = snippetHtml == null ? "" : snippetHtml;
        return MARK.splitAsStream(html).map(part -> org.jsoup.parser.Parser.unescapeEntities(part, false)).toList();
    }

    public enum Kind { CABLE, PERSON, PLACE, EVENT }

    /** A page of results and how many there are in all. */
    public record Page(long total, List<SearchHit> hits) {
    }
}
