package org.cables.content;

/**
 * One thing wrong in the content, where it is and how to put it right.
 *
 * @param file    path relative to the content folder, e.g. {@code cables/1950-10-01-stalin-to-mao.md}
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong
 * @param hint    how to fix it
 */
public record ContentProblem(String file, int line, String message, String hint) implements Comparable<ContentProblem> {

    /** {@code cables/x.md:12: message. Fix: hint} — the form a curator reads in a terminal. */
    public String format() {
        return file + (line > 0 ? ":" + line : "") + ": " + message + (hint == null || hint.isBlank() ? "" : ". Fix: " + hint);
    }

    @Override
    public int compareTo(ContentProblem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return format();
    }
}
