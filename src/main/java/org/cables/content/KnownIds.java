package org.cables.content;

import java.util.HashSet;
import java.util.Set;

/**
 * Collects, while reading, every id found in the files, readable or not ("person:stalin"), and
 * the kinds whose whole file could not be read ("person").
 */
final class KnownIds {

    private final Set<String> ids = new HashSet<>();

    /** Notes an id as existing, even when its entry has problems of its own. */
    void remember(String kind, Object id) {
        if (id != null) {
            ids.add(kind + ":" + id);
        }
    }

    /** Notes that a kind's file could not be read, so none of its ids can be checked. */
    void unreadable(String kind) {
        ids.add(kind);
    }

    Set<String> toSet() {
        return Set.copyOf(ids);
    }
}
