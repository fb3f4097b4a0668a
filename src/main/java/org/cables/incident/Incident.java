package org.cables.incident;

import java.time.Instant;

/**
 * An unexpected error that a visitor met, kept so that staff can find it by its reference.
 * The location is the page's address without its query string, which can hold what a visitor
 * typed (search words, a class's join code). Overlong texts are cut to what the table holds, so
 * that keeping an incident cannot fail.
 */
public record Incident(IncidentId id, Instant occurredAt, String location, String errorType, String message) {

    static final int MAX_MESSAGE = 1000;
    static final int MAX_LOCATION = 500;
    static final int MAX_ERROR_TYPE = 300;

    public Incident {
        location = truncate(withoutQuery(location), MAX_LOCATION);
        errorType = truncate(errorType, MAX_ERROR_TYPE);
        message = truncate(message, MAX_MESSAGE);
    }

    private static String withoutQuery(String location) {
        if (location == null) {
            return null;
        }
        int query = location.indexOf('?');
        return query < 0 ? location : location.substring(0, query);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
