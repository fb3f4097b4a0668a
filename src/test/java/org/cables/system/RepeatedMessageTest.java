package org.cables.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * Over Vaadin's real channel: after a change of page the open page no longer holds its last answer
 * as text, and a message the browser repeats (its answer lost on the way) still gets that same
 * answer back, character for character.
 */
@Tag("served")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RepeatedMessageTest {

    /** The pages (UIs) the server opens during the test. */
    @TestConfiguration
    static class OpenedPages {
        final List<UI> uis = new CopyOnWriteArrayList<>();

        @Bean
        VaadinServiceInitListener recordOpenedPages() {
            return event -> event.getSource().addUIInitListener(e -> uis.add(e.getUI()));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    OpenedPages opened;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    String send(String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "ko");
        if (body != null) {
            request.header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        if (body != null) {
            // As Vaadin sends an answer: JSON in UTF-8, never cached, its length in bytes declared.
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/json").containsIgnoringCase("charset=UTF-8"));
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(response.headers().firstValue("Content-Length"))
                    .hasValue(String.valueOf(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        }
        return response.body();
    }

    static String first(String pattern, String text) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as(pattern).isTrue();
        return m.group(1);
    }

    static String navigate(String csrf, String syncId, int clientId, String route, int historyIndex) {
        return "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                + route + "\",\"query\":\"lang=ko\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + historyIndex
                + "},\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
    }

    @Test
    void aRepeatedMessageGetsTheSameAnswerAndTheOpenPageKeepsNoTextCopy() throws Exception {
        String page = send("/cables/1952-01-31-mao-to-stalin?lang=ko", null);
        String csrf = first("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"", page);
        String uiId = first("\"v-uiId\"\\s*:\\s*(\\d+)", page);
        String channel = "/?v-r=uidl&v-uiId=" + uiId;

        String connected = send(channel, navigate(csrf, first("\"syncId\"\\s*:\\s*(\\d+)", page), 0, "cables/1952-01-31-mao-to-stalin", 0));
        String toTheTour = navigate(csrf, first("\"syncId\":(\\d+)", connected), 1, "tours/road-to-war/kim-asks-stalin", 1);
        String answer = send(channel, toTheTour);
        assertThat(answer.length()).as("a change of page answers with the whole page").isGreaterThan(KeptAnswer.SMALLEST);

        UI ui = opened.uis.stream().filter(u -> String.valueOf(u.getUIId()).equals(uiId)).findFirst().orElseThrow();
        ui.access(() -> assertThat(ui.getInternals().getLastRequestResponse()).isNull()).get();

        // The browser never got that answer and sends the same message again.
        assertThat(send(channel, toTheTour)).isEqualTo(answer);

        // And the conversation goes on.
        String next = send(channel, navigate(csrf, first("\"syncId\":(\\d+)", answer), 2, "chronology", 2));
        assertThat(next).contains("\"syncId\":").doesNotContain("appError", "Vaadin-Refresh");
    }
}
