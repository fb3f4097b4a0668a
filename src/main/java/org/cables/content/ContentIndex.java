package org.cables.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The entries of every kind by id, for the rules that follow a reference from one entry to
 * another: it reports ids used twice, and references to entries that do not exist.
 */
final class ContentIndex {

    private final ContentRead read;
    private final ContentProblems problems;
    private final Map<PersonId, Located<Person>> people = new HashMap<>();
    private final Map<PlaceId, Located<Place>> places = new HashMap<>();
    private final Map<TopicId, Located<Topic>> topics = new HashMap<>();
    private final Map<CableId, Located<Cable>> cables = new HashMap<>();
    private final Map<EventId, Located<ChronologyEvent>> events = new HashMap<>();
    private final Map<TourId, Located<Tour>> tours = new HashMap<>();

    /** Indexes what was read, reporting every id used twice. */
    ContentIndex(ContentRead read, ContentProblems problems) {
        this.read = read;
        this.problems = problems;
        index(read.people(), Person::id, people, "person");
        index(read.places(), Place::id, places, "place");
        index(read.topics(), Topic::id, topics, "topic");
        index(read.cables(), Cable::id, cables, "cable");
        index(read.events(), ChronologyEvent::id, events, "event");
        index(read.tours(), Tour::id, tours, "tour");
    }

    private <T, I> void index(List<Located<T>> entries, Function<T, I> id, Map<I, Located<T>> into, String kind) {
        for (Located<T> entry : entries) {
            I key = id.apply(entry.value());
            Located<T> earlier = into.putIfAbsent(key, entry);
            if (earlier != null) {
                problems.add(entry.file(), entry.line("id"), "The " + kind + " id '" + key + "' is used twice",
                        "it is also used at " + earlier.file() + ":" + earlier.line("id") + "; give one of them another id");
            }
        }
    }

    /** Whether a place exists, without reporting anything. */
    boolean isPlace(PlaceId id) {
        return places.containsKey(id);
    }

    // Each lookup below reports a reference from {@code where}'s {@code field} to an entry that does not exist.

    Located<Person> person(Located<?> where, String field, PersonId id) {
        return exists(where, field, id, people, "person", PeoplePlacesTopicsReader.PEOPLE);
    }

    Located<Place> place(Located<?> where, String field, PlaceId id) {
        return exists(where, field, id, places, "place", PeoplePlacesTopicsReader.PLACES);
    }

    Located<Topic> topic(Located<?> where, String field, TopicId id) {
        return exists(where, field, id, topics, "topic", PeoplePlacesTopicsReader.TOPICS);
    }

    Located<Cable> cable(Located<?> where, String field, CableId id) {
        return exists(where, field, id, cables, "cable", "cables/");
    }

    Located<ChronologyEvent> event(Located<?> where, String field, EventId id) {
        return exists(where, field, id, events, "event", ChronologyReader.CHRONOLOGY);
    }

    Located<Tour> tour(Located<?> where, String field, TourId id) {
        return exists(where, field, id, tours, "tour", "tours/");
    }

    private <I, T> Located<T> exists(Located<?> where, String field, I id, Map<I, Located<T>> known, String kind, String file) {
        Located<T> target = known.get(id);
        if (target == null && read.seen(kind, id)) {
            return null; // its own file or entry has problems, already reported
        }
        if (target == null) {
            problems.add(where.file(), where.line(field), "'" + field + "' refers to the " + kind + " '" + id + "', which does not exist",
                    "add it to " + file + " or correct the id");
        }
        return target;
    }
}
