package org.cables.content;

import java.util.List;

/** The rules for the chronology: events within the exhibit's years, in date order, naming entries that exist. */
final class ChronologyRules {

    private final ContentRead read;
    private final ContentIndex index;
    private final OwnWords words;
    private final ContentProblems problems;

    ChronologyRules(ContentRead read, ContentIndex index, OwnWords words, ContentProblems problems) {
        this.read = read;
        this.index = index;
        this.words = words;
        this.problems = problems;
    }

    void check() {
        ExhibitDate previous = null;
        for (Located<ChronologyEvent> located : read.events()) {
            ChronologyEvent e = located.value();
            if (!e.date().isWithinExhibit()) {
                problems.add(located.file(), located.line("date"), "The date " + e.date() + " is outside the exhibit's years 1945–1954",
                        "check the year");
            }
            if (previous != null && e.date().start().isBefore(previous.start())) {
                problems.add(located.file(), located.line("date"), "The event " + e.id() + " (" + e.date()
                                + ") comes after a later event (" + previous + ")",
                        "keep chronology.yaml in date order: move this event up, or check its year");
            }
            previous = e.date();
            e.cables().forEach(id -> index.cable(located, "cables", id));
            e.people().forEach(id -> index.person(located, "people", id));
            e.places().forEach(id -> index.place(located, "places", id));
            words.check(located, "title", e.title());
            words.check(located, "text", e.text());
            words.noInternalReferences(located, "provenance", List.of(e.provenance()));
            words.noInternalReferences(located, "editorial_notes", e.editorialNotes());
        }
    }
}
