package org.cables.tours;

import java.net.URI;
import java.util.Optional;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import org.cables.system.ExhibitProperties;
import org.cables.system.QrImage;

/**
 * "Continue on your phone": a QR code of this stop's address. On a kiosk the exhibit's own
 * address is localhost, which no phone can reach, so the address comes from
 * {@code exhibit.public-url} when set; otherwise from the request, unless that is a loopback
 * address (then there is no code rather than a useless one).
 */
final class ContinueOnPhone {

    private ContinueOnPhone() {
    }

    static Optional<Aside> forPath(ExhibitProperties properties, String path) {
        return base(properties).map(base -> {
            String url = base.endsWith("/") ? base + path : base + "/" + path;
            Aside box = new Aside();
            box.addClassName("continue-on-phone");
            // As an image: Vaadin's Html component would lower-case the SVG's viewBox attribute.
            String label = box.getTranslation("qr.label", url);
            Image qr = QrImage.of(url, label);
            Paragraph text = new Paragraph(box.getTranslation("qr.text"));
            Paragraph address = new Paragraph(url);
            address.addClassName("qr-address");
            box.add(new H2(box.getTranslation("qr.heading")), qr, text, address);
            return box;
        });
    }

    private static Optional<String> base(ExhibitProperties properties) {
        if (properties.publicUrl() != null) {
            return Optional.of(properties.publicUrl().toString());
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return Optional.empty();
        }
        String host = request.getHeader("Host");
        String scheme = Optional.ofNullable(request.getHeader("X-Forwarded-Proto")).orElse(request.isSecure() ? "https" : "http");
        if (host == null || host.startsWith("localhost") || host.startsWith("127.") || host.startsWith("[::1]")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(scheme + "://" + host + request.getContextPath());
            return Optional.of(uri.toString());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
