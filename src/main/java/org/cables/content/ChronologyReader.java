package org.cables.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads chronology.yaml: the dated events of the timeline. */
final class ChronologyReader {

    static final String CHRONOLOGY = "chronology.yaml";

    private static final Set<String> EVENT_FIELDS = Set.of("id", "date", "category", "title", "text", "cables",
            "people", "places", "provenance", "editorial_notes");

    private final ContentYaml yaml;
    private final KnownIds known;

    ChronologyReader(ContentYaml yaml, KnownIds known) {
        this.yaml = yaml;
        this.known = known;
    }

    List<Located<ChronologyEvent>> read(ContentFiles files) {
        List<Located<ChronologyEvent>> events = new ArrayList<>();
        if (!yaml.eachEntry(files, CHRONOLOGY, f -> event(f, events))) {
            known.unreadable("event");
        }
        return events;
    }

    private void event(YamlFields f, List<Located<ChronologyEvent>> events) {
        f.allowOnly(EVENT_FIELDS, "a chronology event");
        String id = f.string("id", true);
        ExhibitDate date = f.date("date", true);
        var category = f.enumeration("category", ChronologyEvent.Category.class, true);
        String title = f.string("title", true);
        String text = f.string("text", true);
        String provenance = f.string("provenance", true);
        var cables = f.ids("cables", CableId::new, "cable");
        var people = f.ids("people", PersonId::new, "person");
        var places = f.ids("places", PlaceId::new, "place");
        var notes = f.strings("editorial_notes");
        EventId eventId = f.id("id", id, EventId::new, "event");
        known.remember("event", eventId);
        if (eventId != null && date != null && category != null && title != null && text != null && provenance != null) {
            events.add(ContentYaml.located(new ChronologyEvent(eventId, date, category, title, text, cables, people,
                    places, provenance, notes), f));
        }
    }
}
