package org.cables.search;

import java.util.List;

import org.cables.content.ExhibitDate;

/**
 * One result: what it is, its id, a title, its date (for cables and events) and a snippet
 * of safe HTML in which the matching words are wrapped in {@code <mark>}.
 */
public record SearchHit(Kind kind, String id, String title, ExhibitDate date, String snippetHtml, float score) {

    public enum Kind { CABLE, PERSON, PLACE, EVENT }

    /** A page of results and how many there are in all. */
    public record Page(long total, List<SearchHit> hits) {
    }
}
