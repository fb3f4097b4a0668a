package org.cables.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.cables.testing.ServedPages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The exhibit's static files come from its one folder, and only that folder is searched: Vaadin
 * looks for every page's address as a file in each of Spring's static folders, through every
 * library of the packaged jar, before it draws the page (decision 67).
 */
@Tag("served")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticFilesTest {

    @LocalServerPort
    int port;

    @Autowired
    WebProperties web;

    @Test
    void pageAddressesAreLookedForInOneFolderOnly() {
        assertThat(web.getResources().getStaticLocations())
                .as("Spring's default is four folders, each searched for every page's address")
                .containsExactly("classpath:/META-INF/resources/");
    }

    @Test
    void theExhibitsStylesIconsAndFontsAreServedFromIt() throws Exception {
        ServedPages pages = new ServedPages(port);
        for (String path : List.of("/styles/cables.css", "/icons/favicon.svg", "/icons/cables-icons.svg")) {
            HttpResponse<String> response = pages.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(c -> assertThat(c).contains("max-age=3600"));
        }
        assertThat(pages.get("/tours/road-to-war/kim-asks-stalin").statusCode()).as("a page's address is still a page").isEqualTo(200);
    }
}
