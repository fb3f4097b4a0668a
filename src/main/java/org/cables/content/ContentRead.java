package org.cables.content;

import java.util.List;
import java.util.Set;

/**
 * Everything read from a content folder, before the rules that look across entries: the
 * entries of each kind with where they were read, the map's data, and every id seen.
 *
 * @param knownIds every id found in the files, readable or not ("person:stalin"), and kinds whose
 *                 whole file could not be read ("person"); a reference to an entry that exists but
 *                 has problems of its own is not reported again: the curator sees the cause, not a
 *                 cascade of consequences
 */
record ContentRead(List<Located<Person>> people, List<Located<Place>> places, List<Located<Topic>> topics,
                   List<Located<ChronologyEvent>> events, List<Located<Cable>> cables, List<Located<Tour>> tours,
                   List<Located<Tour.Stop>> stops, MapData map, List<Located<Quiz>> quizzes,
                   List<Located<Quiz.Question>> questions, Set<String> knownIds) {

    ContentRead {
        people = List.copyOf(people);
        places = List.copyOf(places);
        topics = List.copyOf(topics);
        events = List.copyOf(events);
        cables = List.copyOf(cables);
        tours = List.copyOf(tours);
        stops = List.copyOf(stops);
        quizzes = List.copyOf(quizzes);
        questions = List.copyOf(questions);
        knownIds = Set.copyOf(knownIds);
    }

    /**
     * The map's data, with the location of each state, event and key place.
     *
     * @param keyPlaces null when the map's file could not be read
     */
    record MapData(FrontLines frontLines, Located<List<PlaceId>> keyPlaces, List<Located<FrontLines.State>> states,
                   List<Located<FrontLines.MapEvent>> events) {

        MapData {
            states = List.copyOf(states);
            events = List.copyOf(events);
        }

        static MapData none() {
            return new MapData(FrontLines.none(), null, List.of(), List.of());
        }
    }

    /** Whether an id was seen in the files, or its kind's whole file could not be read. */
    boolean seen(String kind, Object id) {
        return knownIds.contains(kind) || knownIds.contains(kind + ":" + id);
    }

    /** The place a stop was read from. */
    Located<Tour.Stop> where(Tour.Stop stop) {
        return stops.stream().filter(s -> s.value() == stop).findFirst().orElseThrow();
    }
}
