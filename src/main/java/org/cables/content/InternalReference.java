package org.cables.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never reach visitors from the project's own workings: names of its source files,
 * notes to ourselves, and paths of files on somebody's computer.
 */
enum InternalReference {

    /** Source files by their working names: "seed 003", "seeds/…", "…/seeds". */
    SOURCE_FILE("(?i)\\bseeds?\\s*\\d{3}\\b|\\bseeds?/|\\w/seeds?\\b",
            "mentions the project's internal source files",
            "name the publication instead (e.g. \"the index of The Korean War in Secret Documents\")"),

    /** The markers of unfinished work, written in capitals as programmers and editors do. */
    NOTE_TO_SELF("\\b(?:TODO|FIXME|XXX|TBD)\\b",
            "holds a note to ourselves",
            "finish the text and remove the note; open questions belong in the issue tracker, not in the content"),

    /**
     * Paths of files: absolute ones (/home/…, ~/…, a slash then a folder then a slash, except the
     * exhibit's own pages /cables/…, /people/…, /quizzes/…, /tours/…), Windows ones (C:\…,
     * \\server\…), file: addresses, and relative ones into the project (../, ./, content/…, src/…).
     * A slash between words or numbers (1950/51, US/UN, Kim Il Sung/Kim Il-sung) is no path.
     */
    FILE_PATH("(?<![^\\s(\\[\"'`])(?:/(?!(?:cables|people|quizzes|tours)/)[\\w.-]+/|~/|\\.\\.?/[\\w.-])"
            + "|\\b[A-Za-z]:\\\\|(?<![^\\s(\\[\"'`])\\\\\\\\[\\w.-]+\\\\"
            + "|(?i:\\bfile:/)"
            + "|\\b(?:content|src)/[\\w.-]*[/.]\\w",
            "holds a file path",
            "visitors cannot open our files: name the publication, or describe the source in words");

    private final Pattern pattern;
    private final String message;
    private final String hint;

    InternalReference(String regex, String message, String hint) {
        this.pattern = Pattern.compile(regex);
        this.message = message;
        this.hint = hint;
    }

    /** One internal reference found in a text: what it is and the text that gave it away. */
    record Found(InternalReference kind, String excerpt) {

        /** What a curator reads about the field, e.g. "'summary' holds a note to ourselves ('TODO')". */
        String message(String field) {
            String what = "'" + field + "' " + kind.message;
            return kind == SOURCE_FILE ? what : what + " ('" + excerpt + "')";
        }

        String hint() {
            return kind.hint;
        }
    }

    /** The first kind of internal reference in the text, if any. */
    static Optional<Found> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (InternalReference kind : values()) {
            Matcher m = kind.pattern.matcher(text);
            if (m.find()) {
                return Optional.of(new Found(kind, excerpt(text, m.start())));
            }
        }
        return Optional.empty();
    }

    /** The match up to the next space or closing bracket, without the sentence's punctuation: what to search for. */
    private static String excerpt(String text, int start) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ")]\"'”’»>".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        while (end > start + 1 && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        String found = text.substring(start, end);
        return found.length() > 60 ? found.substring(0, 57) + "…" : found;
    }
}
