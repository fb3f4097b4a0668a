package org.cables.navigation;

import java.util.Map;

import org.cables.content.EventId;

/** The chronology. */
public final class ChronologyNavigation {

    public static final String CHRONOLOGY = "chronology";
    public static final String CATEGORY = "category";

    private ChronologyNavigation() {
    }

    /** One event in the whole chronology. */
    public static String event(EventId event) {
        return CHRONOLOGY + "#event-" + Addresses.segment(event.value());
    }

    /** The chronology showing one category of events, or all when {@code category} is null. */
    public static String chronology(String category) {
        return category == null ? CHRONOLOGY : Addresses.withQuery(CHRONOLOGY, Map.of(CATEGORY, category));
    }
}
