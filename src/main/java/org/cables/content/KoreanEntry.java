package org.cables.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Korean texts of one content entry, read from its counterpart under {@code ko/}, flattened
 * to keys that name the English field they translate: {@code title}, {@code notes.0},
 * {@code choices.us-troops}, {@code questions.who-was-kim-il.prompt}, {@code body}.
 *
 * @param file        the Korean file
 * @param line        where the entry starts in it
 * @param texts       every translated text by key
 * @param lines       the line of every key
 * @param keepEnglish keys (or key prefixes) the curators chose to leave in English
 */
record KoreanEntry(String file, int line, Map<String, String> texts, Map<String, Integer> lines, Set<String> keepEnglish) {

    KoreanEntry {
        texts = Map.copyOf(texts);
        lines = Map.copyOf(lines);
        keepEnglish = Set.copyOf(keepEnglish);
    }

    String text(String key) {
        return texts.get(key);
    }

    /** The text for a key, or the English one when the Korean is missing (only ever for keep_english keys). */
    String or(String key, String english) {
        String text = texts.get(key);
        return text == null ? english : text;
    }

    int line(String key) {
        return lines.getOrDefault(key, line);
    }

    /** The translated list under a key ({@code notes.0}, {@code notes.1}…), English where missing. */
    List<String> list(String key, List<String> english) {
        return java.util.stream.IntStream.range(0, english.size()).mapToObj(i -> or(key + "." + i, english.get(i))).toList();
    }

    /** The keys under a prefix, in order ({@code passages} gives passages.0.en, passages.0.ko…). */
    Map<String, String> under(String prefix) {
        Map<String, String> result = new TreeMap<>();
        texts.forEach((k, v) -> {
            if (k.startsWith(prefix + ".")) {
                result.put(k.substring(prefix.length() + 1), v);
            }
        });
        return result;
    }

    /** Whether a key is to stay in English (the key itself or a field it belongs to is listed). */
    boolean keepsEnglish(String key) {
        for (String kept : keepEnglish) {
            if (key.equals(kept) || key.startsWith(kept + ".")) {
                return true;
            }
        }
        return false;
    }
}
