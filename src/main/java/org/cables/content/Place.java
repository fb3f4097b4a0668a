package org.cables.content;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A place named in the documents, the chronology or on the map. */
public record Place(
        PlaceId id,
        String name,
        List<String> variants,
        List<String> misspellings,
        Map<String, String> nativeNames,
        double lat,
        double lon,
        String kind,
        String country,
        String note,
        List<String> editorialNotes) {

    public Place {
        variants = List.copyOf(variants);
        misspellings = List.copyOf(misspellings);
        nativeNames = Map.copyOf(nativeNames);
        editorialNotes = List.copyOf(editorialNotes);
    }

    public Stream<String> allNames() {
        return Stream.of(Stream.of(name), variants.stream(), misspellings.stream(), nativeNames.values().stream())
                .flatMap(s -> s);
    }
}
