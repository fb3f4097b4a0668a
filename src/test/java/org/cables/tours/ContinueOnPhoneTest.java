package org.cables.tours;

import static org.assertj.core.api.Assertions.assertThat;


import org.cables.testing.ExhibitViewTest;
import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** A QR code on each tour stop opens the same stop on a phone, at the exhibit's public address. */
@SpringBootTest(properties = "exhibit.public-url=http://cables.museum.test")
class ContinueOnPhoneTest extends ExhibitViewTest {


    @Test
    void everyStopShowsACodeForItsOwnAddress() {
        navigate("tours/armistice-talks/kaesong-opens", TourStopView.class);
        String html = getCurrentView().getElement().getOuterHTML();
        String url = "http://cables.museum.test/tours/armistice-talks/kaesong-opens";
        assertThat(html).contains("Continue on your phone").contains(url)
                .contains("alt=\"QR code that opens this stop: " + url + "\"")
                .contains("src=\"data:image/svg+xml;base64,");
    }

    @Test
    void theCodeIsARealQrCodeOfTheAddress() {
        String url = "http://cables.museum.test/tours/road-to-war/kim-asks-stalin";
        String svg = org.cables.ui.QrImage.svg(url, "label with \"quotes\" & <tags>");
        QrCode qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        int dark = 0;
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                dark += qr.getModule(x, y) ? 1 : 0;
            }
        }
        assertThat(svg).contains("viewBox=\"0 0 " + (qr.size + 8) + " " + (qr.size + 8) + "\"");
        assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
        assertThat(svg).contains("aria-label=\"label with &quot;quotes&quot; &amp; &lt;tags&gt;\"");
    }
}
