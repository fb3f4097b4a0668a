package org.cables.content;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks of text in our own words: it must not repeat the sources' known misspellings,
 * and no text a visitor sees may carry internal notes or file paths.
 */
final class OwnWords {

    private final ContentProblems problems;
    /** Known misspellings (lower case) and whose they are. */
    private final Map<String, String> misspellings = new HashMap<>();

    OwnWords(ContentRead read, ContentProblems problems) {
        this.problems = problems;
        read.people().forEach(p -> p.value().misspellings().forEach(m -> misspellings.put(m.toLowerCase(Locale.ROOT), p.value().name())));
        read.places().forEach(p -> p.value().misspellings().forEach(m -> misspellings.put(m.toLowerCase(Locale.ROOT), p.value().name())));
    }

    /** Text in our own words must not repeat the sources' known misspellings, nor carry internal references. */
    void check(Located<?> where, String field, String text) {
        if (text == null) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        misspellings.forEach((wrong, right) -> {
            int at = lower.indexOf(wrong);
            while (at >= 0) {
                boolean startOk = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
                int end = at + wrong.length();
                boolean endOk = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
                if (startOk && endOk) {
                    problems.add(where.file(), where.line(field), "'" + text.substring(at, end) + "' in '" + field
                                    + "' is a known misspelling of " + right,
                            "write " + right + " (misspellings belong only in quotations, as_written and editorial notes)");
                    return;
                }
                at = lower.indexOf(wrong, at + 1);
            }
        });
        noInternalReferences(where, field, List.of(text));
    }

    /** Text that may quote the sources (notes, provenance, bodies) must still not carry internal references. */
    void noInternalReferences(Located<?> where, String field, List<String> texts) {
        for (String text : texts) {
            InternalReference.in(text).ifPresent(found ->
                    problems.add(where.file(), where.line(field), found.message(field), found.hint()));
        }
    }
}
