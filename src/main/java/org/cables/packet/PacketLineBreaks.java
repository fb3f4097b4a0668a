package org.cables.packet;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

/**
 * Where a line of a packet may break: where Unicode's rules allow (and inside long addresses, as
 * openhtmltopdf does), except inside a Korean word or after an apostrophe. Unicode lets a line
 * break between any two Hangul syllables; Korean print, like the exhibit's pages
 * ({@code word-break: keep-all}), breaks at the spaces between words, so that a word is never
 * split across two lines. Java's rules also break after a typographic apostrophe, which would
 * leave {@code document’} at the end of a line and {@code s} on the next.
 */
final class PacketLineBreaks implements FSTextBreaker {

    private final FSTextBreaker rules = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.ROOT));
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        rules.setText(newText);
    }

    @Override
    public int next() {
        int at = rules.next();
        while (at > 0 && at < text.length() && insideAWord(at)) {
            at = rules.next();
        }
        return at;
    }

    /** Whether a break before the character at {@code at} would split a word. */
    private boolean insideAWord(int at) {
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at);
        if (Character.isWhitespace(before) || Character.isWhitespace(after)) {
            return false;
        }
        boolean apostrophe = (before == '\u2019' || before == '\'') && Character.isLetter(after);
        return apostrophe || hangul(before) || hangul(after);
    }

    private static boolean hangul(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
    }
}
