package org.cables.navigation;

import java.util.Map;
import java.util.Optional;

import org.cables.content.CableId;
import org.cables.content.ContentId;
import org.cables.content.PersonId;
import org.cables.content.TourId;

/** The archive and each document's record. */
public final class ArchiveNavigation {

    public static final String ARCHIVE = "archive";
    private static final String CABLES = "cables/";
    public static final String CABLE = CABLES + ":id";

    private ArchiveNavigation() {
    }

    /** The archive with filters, as its own address parameters ({@code q}, {@code sender}, {@code tour}...). */
    public static String archive(Map<String, String> filters) {
        return Addresses.withQuery(ARCHIVE, filters);
    }

    public static String archive() {
        return ARCHIVE;
    }

    /** The documents a tour uses. */
    public static String documentsOfTour(TourId tour) {
        return archive(Map.of("tour", tour.value()));
    }

    /** The documents a person sent, or (when they sent none) received. */
    public static String documentsOf(PersonId person, boolean sender) {
        return archive(Map.of(sender ? "sender" : "recipient", person.value()));
    }

    public static String cable(CableId id) {
        return CABLES + Addresses.segment(id.value());
    }

    /** The document a request path ({@code /cables/<id>}) addresses, if it is one. */
    public static Optional<CableId> cableAt(String path) {
        if (path == null || !path.startsWith("/" + CABLES)) {
            return Optional.empty();
        }
        String id = path.substring(1 + CABLES.length());
        return ContentId.isValidId(id) ? Optional.of(new CableId(id)) : Optional.empty();
    }

    /** A numbered paragraph of a cable's text; the whole record when {@code paragraph} is null. */
    public static String passage(CableId id, Integer paragraph) {
        return cable(id) + (paragraph == null ? "" : "#p" + paragraph);
    }
}
