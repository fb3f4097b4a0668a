package org.cables.content;

import java.util.List;

/** A dated event of the war and its diplomacy. */
public record ChronologyEvent(
        EventId id,
        ExhibitDate date,
        Category category,
        String title,
        String text,
        List<CableId> cables,
        List<PersonId> people,
        List<PlaceId> places,
        String provenance,
        List<String> editorialNotes) {

    public enum Category {
        DIPLOMACY, MILITARY, NEGOTIATIONS, DOMESTIC;

        public String key() {
            return name().toLowerCase();
        }
    }

    public ChronologyEvent {
        cables = List.copyOf(cables);
        people = List.copyOf(people);
        places = List.copyOf(places);
        editorialNotes = List.copyOf(editorialNotes);
    }
}
