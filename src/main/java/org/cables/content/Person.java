package org.cables.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Someone who sends, receives, relays or appears in the documents, or a body (such as the
 * Soviet Politburo) that sends documents in its own name.
 */
public record Person(
        PersonId id,
        String name,
        Kind kind,
        Side side,
        Map<String, String> nativeNames,
        ExhibitDate born,
        ExhibitDate died,
        List<Role> roles,
        List<String> variants,
        List<Codename> codenames,
        List<String> misspellings,
        String bio,
        List<String> editorialNotes) {

    public enum Kind { PERSON, BODY }

    /**
     * The government or camp a person served or a body belonged to, as the correspondence
     * network groups them: Moscow, Beijing, Pyongyang, the other side of the war, and others.
     */
    public enum Side {
        SOVIET_UNION, CHINA, NORTH_KOREA, UN_SIDE, OTHER;

        public String key() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** A position held, with the period when known. */
    public record Role(String title, ExhibitDate from, ExhibitDate to) {
    }

    /** A cover name used on cipher traffic, and when. */
    public record Codename(String name, ExhibitDate from, ExhibitDate to, String note) {

        /** Whether the cover name was in use at some point of {@code date}. */
        public boolean usedAt(ExhibitDate date) {
            boolean afterStart = from == null || !date.end().isBefore(from.start());
            boolean beforeEnd = to == null || !date.start().isAfter(to.end());
            return afterStart && beforeEnd;
        }
    }

    public Person {
        nativeNames = Map.copyOf(nativeNames);
        roles = List.copyOf(roles);
        variants = List.copyOf(variants);
        codenames = List.copyOf(codenames);
        misspellings = List.copyOf(misspellings);
        editorialNotes = List.copyOf(editorialNotes);
    }

    /** Every name this person is known by in the exhibit and its sources. */
    public Stream<String> allNames() {
        return Stream.of(Stream.of(name), variants.stream(), codenames.stream().map(Codename::name),
                        misspellings.stream(), nativeNames.values().stream())
                .flatMap(s -> s);
    }

    public Optional<Codename> codename(String name) {
        return codenames.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }
}
