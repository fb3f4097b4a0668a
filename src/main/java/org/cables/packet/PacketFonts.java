package org.cables.packet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts a packet is printed in, from {@code packet-fonts/} on the classpath (see its README):
 * Noto Sans for Latin text, Nanum Gothic for Hangul. Each file is read once and kept.
 */
final class PacketFonts {

    static final String LATIN = "Noto Sans";
    static final String HANGUL = "Nanum Gothic";
    /** The CSS family list: each letter is taken from the first family that has it. */
    static final String FAMILIES = "\"" + LATIN + "\", \"" + HANGUL + "\"";

    static final FontFile NOTO_REGULAR = new FontFile("NotoSans-Regular.ttf", LATIN, 400, false);
    static final FontFile NOTO_BOLD = new FontFile("NotoSans-Bold.ttf", LATIN, 700, false);
    static final FontFile NOTO_ITALIC = new FontFile("NotoSans-Italic.ttf", LATIN, 400, true);
    static final FontFile NANUM_REGULAR = new FontFile("NanumGothic-Regular.ttf", HANGUL, 400, false);
    static final FontFile NANUM_BOLD = new FontFile("NanumGothic-Bold.ttf", HANGUL, 700, false);

    static final List<FontFile> ALL = List.of(NOTO_REGULAR, NOTO_BOLD, NOTO_ITALIC, NANUM_REGULAR, NANUM_BOLD);

    private PacketFonts() {
    }

    /** One TrueType file of a family, in one weight and style. */
    static final class FontFile {

        private final String file;
        private final String family;
        private final int weight;
        private final boolean italic;
        private volatile byte[] bytes;

        FontFile(String file, String family, int weight, boolean italic) {
            this.file = file;
            this.family = family;
            this.weight = weight;
            this.italic = italic;
        }

        String resource() {
            return "/packet-fonts/" + file;
        }

        String family() {
            return family;
        }

        int weight() {
            return weight;
        }

        boolean italic() {
            return italic;
        }

        /** The file's bytes, read from the classpath the first time. */
        InputStream open() {
            byte[] known = bytes;
            if (known == null) {
                try (InputStream in = PacketFonts.class.getResourceAsStream(resource())) {
                    if (in == null) {
                        throw new IllegalStateException("The packet font " + resource() + " is missing from the classpath");
                    }
                    known = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes = known;
            }
            return new ByteArrayInputStream(known);
        }
    }
}
