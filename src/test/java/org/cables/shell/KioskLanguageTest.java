package org.cables.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.cables.testing.ServedPages;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A kiosk set to Korean starts every visit in Korean, whatever its browser's language; an address can still choose. */
@Tag("served")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"exhibit.kiosk.enabled=true", "exhibit.kiosk.language=ko"})
class KioskLanguageTest {

    @LocalServerPort
    int port;

    @Test
    void aKoreanKioskStartsEveryVisitInKorean() throws Exception {
        var page = Jsoup.parse(new ServedPages(port).get("/kiosk", "Accept-Language", "en-GB").body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(page.head().select("link[href=styles/korean-font.css]")).hasSize(1);
    }

    @Test
    void anAddressStillChoosesTheLanguage() throws Exception {
        var page = Jsoup.parse(new ServedPages(port).get("/kiosk?lang=en", "Accept-Language", "en-GB").body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    }
}
