package org.cables.navigation;

import java.time.LocalDate;
import java.util.Map;

/** The map of the front lines. */
public final class MapNavigation {

    public static final String MAP = "map";
    /** The address parameter that names the day shown. */
    public static final String DATE = "date";

    private MapNavigation() {
    }

    /** The map on a day ({@code map?date=1950-09-28}). */
    public static String onDay(LocalDate day) {
        return Addresses.withQuery(MAP, Map.of(DATE, day.toString()));
    }
}
