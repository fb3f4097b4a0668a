package org.cables.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrImageTest {

    @Test
    void aCodeIsAnSvgImageWithItsLabel() {
        var image = QrImage.of("https://cables.example/tours/armistice/first-talks", "Scan for this stop");
        assertThat(image.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(image.getAlt()).contains("Scan for this stop");
        String svg = new String(java.util.Base64.getDecoder().decode(image.getSrc().substring("data:image/svg+xml;base64,".length())),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg class=\"qr-code\"").contains("viewBox=\"0 0 ").contains("aria-label=\"Scan for this stop\"");
    }

    @Test
    void everyVisitorOfAStopHoldsTheOneDrawing() {
        // The same address and label: drawn once, every page holds the same string (issue 22).
        var first = QrImage.of("https://cables.example/tours/armistice/first-talks", "Scan for this stop");
        var second = QrImage.of("https://cables.example/tours/armistice/first-talks", "Scan for this stop");
        assertThat(second.getSrc()).isSameAs(first.getSrc());
        var other = QrImage.of("https://cables.example/tours/armistice/second-talks", "Scan for this stop");
        assertThat(other.getSrc()).isNotEqualTo(first.getSrc());
    }
}
