package org.cables.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.cables.testing.ServedPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A page opens in the language its address asks for, says so in its HTML and names its other-language twin. */
@Tag("served")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguageInAddressTest {

    @LocalServerPort
    int port;

    @Test
    void aKoreanAddressIsSentAsAKoreanPageWithItsFont() throws Exception {
        Document page = Jsoup.parse(new ServedPages(port).get("/people/stalin?lang=ko", "Accept-Language", "en").body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(page.head().select("link[rel=stylesheet][href=styles/korean-font.css]")).hasSize(1);
    }

    @Test
    void anEnglishPageIsSentWithoutTheKoreanFontAndWithItsAlternates() throws Exception {
        Document page = Jsoup.parse(new ServedPages(port).get("/people/stalin", "Accept-Language", "en").body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.head().select("link[href=styles/korean-font.css]")).isEmpty();
        assertThat(page.head().select("link[rel=alternate][hreflang=ko]").attr("href")).endsWith("/people/stalin?lang=ko");
        assertThat(page.head().select("link[rel=alternate][hreflang=en]").attr("href")).endsWith("/people/stalin?lang=en");
        assertThat(page.head().select("link[rel=alternate][hreflang=x-default]").attr("href")).endsWith("/people/stalin");
    }

    @Test
    void anAddressInALanguageTheExhibitDoesNotSpeakIsIgnored() throws Exception {
        Document page = Jsoup.parse(new ServedPages(port).get("/?lang=xx%22%3E%3Cscript%3E", "Accept-Language", "en").body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void onlyTheExhibitsLanguagesAreAccepted() {
        assertThat(LanguageInAddress.asked("ko")).isPresent();
        assertThat(LanguageInAddress.asked("en")).isPresent();
        assertThat(LanguageInAddress.asked("ko-KR")).isEmpty();
        assertThat(LanguageInAddress.asked("fr")).isEmpty();
        assertThat(LanguageInAddress.asked(null)).isEmpty();
    }
}
