package org.cables.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Korean edition as read from {@code ko/} and {@code glossary.yaml}: the Korean texts of
 * every entry, found by the English file (and id) they translate, and the glossary.
 *
 * @param entries  by {@link #key(String, Object)}: the English file, then {@code #id} for entries of a list file
 * @param glossary null when glossary.yaml is missing or unreadable
 */
record KoreanEdition(Map<String, KoreanEntry> entries, Glossary glossary) {

    /** The folder that holds the Korean counterpart of every content file, at the same path. */
    static final String FOLDER = "ko/";
    static final String GLOSSARY = "glossary.yaml";

    KoreanEdition {
        entries = Map.copyOf(entries);
    }

    static KoreanEdition none() {
        return new KoreanEdition(Map.of(), null);
    }

    /** The key of an English entry: its file, and its id when the file is a list of entries. */
    static String key(String englishFile, Object id) {
        return id == null ? englishFile : englishFile + "#" + id;
    }

    Optional<KoreanEntry> of(Located<?> english, Object id) {
        return Optional.ofNullable(entries.get(key(english.file(), isListFile(english.file()) ? id : null)));
    }

    static boolean isListFile(String englishFile) {
        return englishFile.equals(PeoplePlacesTopicsReader.PEOPLE) || englishFile.equals(PeoplePlacesTopicsReader.PLACES)
                || englishFile.equals(PeoplePlacesTopicsReader.TOPICS) || englishFile.equals(ChronologyReader.CHRONOLOGY);
    }

    /**
     * The glossary: one Korean rendering for every recurring term and every person, body, place
     * and topic, and the forms no Korean text may use.
     */
    record Glossary(List<Term> terms, Map<String, Name> names) {

        Glossary {
            terms = List.copyOf(terms);
            names = Map.copyOf(names);
        }

        /** A recurring term. */
        record Term(String english, String korean, List<String> avoid, int line) {
        }

        /** The Korean name of an entry ("person:stalin", "place:seoul", "topic:armistice"). */
        record Name(String korean, String hanja, List<String> avoid, int line) {
        }
    }
}
