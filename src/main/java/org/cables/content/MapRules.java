package org.cables.content;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules for the map: key places and events that exist, and front-line states in date order
 * from the first day of the war to the armistice.
 */
final class MapRules {

    private final ContentRead.MapData map;
    private final ContentIndex index;
    private final OwnWords words;
    private final ContentProblems problems;

    MapRules(ContentRead read, ContentIndex index, OwnWords words, ContentProblems problems) {
        this.map = read.map();
        this.index = index;
        this.words = words;
        this.problems = problems;
    }

    void check() {
        if (map.keyPlaces() != null) {
            map.keyPlaces().value().forEach(id -> index.place(map.keyPlaces(), "key_places", id));
        }
        for (Located<FrontLines.MapEvent> e : map.events()) {
            index.event(e, "event", e.value().event());
            index.place(e, "place", e.value().place());
        }
        Set<String> ids = new HashSet<>();
        LocalDate previous = null;
        for (Located<FrontLines.State> located : map.states()) {
            FrontLines.State state = located.value();
            if (!ids.add(state.id())) {
                problems.add(located.file(), located.line("id"), "The state id '" + state.id() + "' is used twice", "give it another id");
            }
            if (state.date().isBefore(FrontLines.FIRST_DAY) || state.date().isAfter(FrontLines.LAST_DAY)) {
                problems.add(located.file(), located.line("date"), "The state's date " + state.date()
                        + " is outside the war (1950-06-25 to 1953-07-27)", "check the year");
            }
            if (previous != null && !state.date().isAfter(previous)) {
                problems.add(located.file(), located.line("date"), "The state of " + state.date()
                        + " does not come after the previous state (" + previous + ")", "keep the states in date order, one per day");
            }
            previous = state.date();
            state.places().forEach(id -> index.place(located, "places", id));
            words.check(located, "label", state.label());
            words.check(located, "description", state.description());
            words.check(located, "accuracy", state.accuracy());
        }
        checkFirstAndLast(map.states());
    }

    private void checkFirstAndLast(List<Located<FrontLines.State>> states) {
        if (states.isEmpty()) {
            return;
        }
        FrontLines.State first = states.getFirst().value();
        FrontLines.State last = states.getLast().value();
        if (!first.date().equals(FrontLines.FIRST_DAY)) {
            problems.add(MapReader.FRONT_LINES, states.getFirst().line("date"),
                    "The first state must be the front on 1950-06-25, not " + first.date(), "the map starts on the day the war began");
        }
        if (!last.date().equals(FrontLines.LAST_DAY)) {
            problems.add(MapReader.FRONT_LINES, states.getLast().line("date"),
                    "The last state must be the demarcation line of 1953-07-27, not " + last.date(), "the map ends with the armistice");
        }
    }
}
