package org.cables.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: cookie-less page requests past an address's share get "busy", not a session each. */
@Tag("served")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"exhibit.sessions.per-address=3", "spring.datasource.url=jdbc:h2:mem:cables-passers-by;DB_CLOSE_DELAY=-1"})
class PassersByTest {

    @LocalServerPort
    int port;

    @Autowired
    SessionBudget budget;

    @Test
    void aClientWithoutCookiesHoldsOnlyItsShareOfSessions() throws Exception {
        HttpClient client = HttpClient.newHttpClient(); // no cookie handler: every request is a stranger
        int busy = 0;
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/archive")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 503) {
                busy++;
                assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(busy).isEqualTo(7);
        assertThat(budget.liveFrom("127.0.0.1") + budget.liveFrom("0:0:0:0:0:0:0:1")).isEqualTo(3);
    }
}
