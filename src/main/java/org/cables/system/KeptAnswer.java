package org.cables.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * The last answer an open page got over Vaadin's channel, kept deflated. Vaadin keeps it in every
 * page (its {@code UI}) as text, to send it again if the browser repeats a message whose answer
 * never reached it (a connection dropped mid-answer). After a change of page that answer is the
 * whole new page: in a heap dump under load about 34 KB of a learner's session, twice its length
 * whenever the page holds a character beyond Latin-1 (a curly quote, any Korean). An answer of
 * {@value #SMALLEST} characters or more is deflated once it is sent, and inflated only when a
 * message is repeated; the browser gets the same answer as before ({@link ExhibitChannel},
 * decision 54).
 */
final class KeptAnswer {

    /** Shorter answers (a click's, a checked answer's) are kept as Vaadin keeps them. */
    static final int SMALLEST = 2_048;

    /** The answer deflated (raw DEFLATE of its UTF-8), with its length in bytes. */
    record Deflated(byte[] bytes, int utf8Length) {
    }

    private KeptAnswer() {
    }

    /**
     * After a request: a new answer of {@value #SMALLEST} characters or more is deflated and
     * Vaadin's text copy dropped; a shorter new one stays with Vaadin and any older deflated one
     * goes. When the request wrote no answer, nothing changes.
     */
    static void compact(UI ui) {
        String last = ui.getInternals().getLastRequestResponse();
        if (last == null) {
            return;
        }
        keep(ui, last, last.length() < SMALLEST ? null : last.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The same for a new answer whose UTF-8 bytes are already at hand (the bytes the browser is
     * sent, {@link ExhibitChannel}), so that they are not encoded a second time to be deflated;
     * {@code utf8} is not read for an answer shorter than {@value #SMALLEST} characters.
     */
    static void keep(UI ui, String answer, byte[] utf8) {
        if (answer.length() < SMALLEST) {
            ComponentUtil.setData(ui, Deflated.class, null);
            return;
        }
        ComponentUtil.setData(ui, Deflated.class, deflate(utf8));
        ui.getInternals().setLastRequestResponse(null);
    }

    /** Gives Vaadin its text copy of the last answer back, when it was kept deflated. */
    static void restore(UI ui) {
        Deflated kept = ComponentUtil.getData(ui, Deflated.class);
        if (kept != null && ui.getInternals().getLastRequestResponse() == null) {
            ui.getInternals().setLastRequestResponse(inflate(kept));
        }
    }

    static Deflated deflate(String text) {
        return deflate(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Deflates straight into one array of a fifth of the input, doubled whenever that is not enough,
     * and then cut to length: no stream, buffer or copy besides.
     */
    static Deflated deflate(byte[] utf8) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            byte[] out = new byte[utf8.length / 5 + 64];
            int length = 0;
            while (!deflater.finished()) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                length += deflater.deflate(out, length, out.length - length);
            }
            return new Deflated(Arrays.copyOf(out, length), utf8.length);
        } finally {
            deflater.end();
        }
    }

    static String inflate(Deflated kept) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(kept.bytes());
            byte[] utf8 = new byte[kept.utf8Length()];
            int read = 0;
            while (read < utf8.length && !inflater.finished()) {
                int n = inflater.inflate(utf8, read, utf8.length - read);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                read += n;
            }
            if (read != utf8.length) {
                throw new IllegalStateException("the kept answer inflated to " + read + " of its " + utf8.length + " bytes");
            }
            return new String(utf8, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("the kept answer could not be inflated", e);
        } finally {
            inflater.end();
        }
    }
}
