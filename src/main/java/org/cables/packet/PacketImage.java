package org.cables.packet;

import java.util.Arrays;
import java.util.Objects;

/**
 * A picture in a packet: PNG bytes (kept as a copy, handed out as a copy) and the words that
 * stand for it where it cannot be seen.
 *
 * @param widthPx  its width in pixels
 * @param heightPx its height in pixels
 */
public record PacketImage(byte[] png, int widthPx, int heightPx, String alt) {

    public PacketImage {
        Objects.requireNonNull(png, "png");
        png = png.clone();
        alt = alt == null ? "" : alt;
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    /** The picture as a {@code data:} address, for a page that embeds it. */
    public String dataUri() {
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PacketImage that && widthPx == that.widthPx && heightPx == that.heightPx
                && alt.equals(that.alt) && Arrays.equals(png, that.png);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(png), widthPx, heightPx, alt);
    }

    @Override
    public String toString() {
        return "PacketImage[" + widthPx + "×" + heightPx + ", " + png.length + " bytes, alt=" + alt + "]";
    }
}
