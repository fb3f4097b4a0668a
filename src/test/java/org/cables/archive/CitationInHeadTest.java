package org.cables.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.cables.testing.ServedPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reference manager reading the HTML as sent (no scripts run) finds the document's citation in the head. */
@Tag("served")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitationInHeadTest {

    @LocalServerPort
    int port;

    @Test
    void aDocumentPageIsSentWithItsCitationTags() throws Exception {
        HttpResponse<String> response = new ServedPages(port).get("/cables/1949-05-18-kovalev-to-stalin");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.head().select("meta[name=citation_title]").attr("content")).isNotBlank();
        assertThat(page.head().select("meta[name=citation_author]").attr("content")).isEqualTo("Ivan Kovalev");
        assertThat(page.head().select("meta[name=citation_archive_location]").attr("content"))
                .isEqualTo("AP RF. F. 4. Op. 1. D. 331. pp. 59-61");
        assertThat(page.head().select("script[type=application/ld+json]").html()).contains("\"workTranslation\"")
                .contains("https://digitalarchive.wilsoncenter.org/document/114898");
    }

    @Test
    void otherPagesAndUnknownDocumentsCarryNone() throws Exception {
        for (String path : new String[] {"/archive", "/cables/no-such-document"}) {
            Document page = Jsoup.parse(new ServedPages(port).get(path).body());
            assertThat(page.head().select("meta[name^=citation_]")).as(path).isEmpty();
        }
    }
}
