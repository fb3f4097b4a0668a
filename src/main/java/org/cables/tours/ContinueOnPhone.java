package org.cables.tours;

import java.util.Optional;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.cables.system.ExhibitProperties;
import org.cables.system.PublicAddress;
import org.cables.ui.QrImage;

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
        return PublicAddress.base(properties, false).map(base -> {
            String url = base + "/" + path;
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
}
