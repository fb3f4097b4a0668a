package org.cables.content;

/**
 * Our account of what a document says, written in our own words from its published
 * translation (never a quotation, never from a title or a summary alone).
 *
 * @param coverage     whether the account covers the whole translation or only the part that could be read
 * @param coverageNote for a partial account, which part it covers
 * @param text         the account, one or more paragraphs of plain text
 */
public record Account(Coverage coverage, String coverageNote, String text) {

    public enum Coverage {
        FULL, PARTIAL;

        public String key() {
            return name().toLowerCase();
        }
    }

    /** The account's paragraphs (separated by blank lines in the file), each on one line. */
    public java.util.List<String> paragraphs() {
        return java.util.Arrays.stream(text.strip().split("\\n\\s*\\n")).map(p -> p.strip().replaceAll("\\s+", " ")).toList();
    }

    /** The account's length in words. */
    public int words() {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
