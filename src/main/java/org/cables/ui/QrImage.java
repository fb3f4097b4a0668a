package org.cables.ui;

import static org.jsoup.nodes.Entities.escape;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.cables.content.Memo;

import com.vaadin.flow.component.html.Image;
import io.nayuki.qrcodegen.QrCode;

/** A QR code of an address, drawn as SVG (by the qrcodegen library) and shown as an image. */
public final class QrImage {

    private QrImage() {
    }

    /** As an image: Vaadin's Html component would lower-case the SVG's viewBox attribute. */
    public static Image of(String text, String label) {
        Image image = new Image(DRAWN.get(List.of(text, label)), label);
        image.addClassName("qr-code");
        return image;
    }

    /**
     * The codes drawn, as the images' addresses: a tour stop's "continue on your phone" is the same
     * for every visitor of the stop, so each visitor's page holds the one address (some ten
     * kilobytes) instead of a copy, and the code is not encoded again (issue 22). Bounded, because
     * the address a code holds can come from the request's Host header.
     */
    private static final Memo<List<String>, String> DRAWN = new Memo<>(512, key -> "data:image/svg+xml;base64,"
            + Base64.getEncoder().encodeToString(svg(key.get(0), key.get(1)).getBytes(StandardCharsets.UTF_8)));

    /** The QR code as an SVG drawing, one path, with a quiet zone of four modules. */
    public static String svg(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }
}
