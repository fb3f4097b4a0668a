package org.cables.kiosk;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The kiosk's plain HTTP side: the heartbeat, and the reset that lets the next visitor start clean. */
/** Served over HTTP with the production frontend bundle: left out of {@code ./mvnw -Pfast test}. */
@Tag("served")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KioskControllerTest {

    @LocalServerPort
    int port;

    @Autowired
    ServerStart serverStart;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Optional<String> sessionOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst();
    }

    @Test
    void theHeartbeatNamesThisRunOfTheServer() throws Exception {
        HttpResponse<String> alive = get("/kiosk/alive", null);
        assertThat(alive.statusCode()).isEqualTo(200);
        assertThat(alive.body()).isEqualTo("{\"boot\":\"" + serverStart.id() + "\"}");
        assertThat(alive.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void theResetForgetsTheVisitorClosesTheSessionAndReturnsToTheAttractLoop() throws Exception {
        String visitor = UUID.randomUUID().toString();
        String someoneElse = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        for (String v : List.of(visitor, someoneElse)) {
            jdbc.sql("INSERT INTO tour_progress (visitor_id, tour_id, stop_number, finished, updated_at) VALUES (?, 'road-to-war', 4, FALSE, ?)")
                    .params(v, now).update();
            jdbc.sql("INSERT INTO quiz_attempt (id, visitor_id, quiz_id, seed, started_at, score, max_score) VALUES (?, ?, 'road-to-war', 1, ?, 0, 5)")
                    .params(UUID.randomUUID().toString(), v, now).update();
        }
        HttpResponse<String> page = get("/kiosk", "cables-kiosk=1; cables-visitor=" + visitor);
        String session = sessionOf(page).orElseThrow();
        int resets = jdbc.sql("SELECT COUNT(*) FROM visit_event WHERE kind = 'KIOSK_RESET'").query(Integer.class).single();

        HttpResponse<String> reset = get("/kiosk/reset", "cables-kiosk=1; cables-visitor=" + visitor + "; JSESSIONID=" + session);

        assertThat(reset.statusCode()).isEqualTo(303);
        assertThat(reset.headers().firstValue("Location")).contains("/kiosk");
        assertThat(reset.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("cables-visitor=;") && (c.contains("Max-Age=0") || c.contains("Expires=Thu, 01 Jan 1970")));
        assertThat(count("tour_progress", visitor)).isZero();
        assertThat(count("quiz_attempt", visitor)).isZero();
        assertThat(count("tour_progress", someoneElse)).isEqualTo(1);
        assertThat(count("quiz_attempt", someoneElse)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit_event WHERE kind = 'KIOSK_RESET'").query(Integer.class).single())
                .isEqualTo(resets + 1);
        // The old session is gone: the attract loop gets a new one.
        HttpResponse<String> again = get("/kiosk", "cables-kiosk=1; JSESSIONID=" + session);
        assertThat(sessionOf(again)).isPresent().get().isNotEqualTo(session);
    }

    @Test
    void staffCanTurnAKioskBackIntoAnOrdinaryBrowser() throws Exception {
        HttpResponse<String> exit = get("/kiosk/exit", "cables-kiosk=1");
        assertThat(exit.statusCode()).isEqualTo(303);
        assertThat(exit.headers().firstValue("Location")).contains("/");
        assertThat(exit.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("cables-kiosk=;") && (c.contains("Max-Age=0") || c.contains("Expires=Thu, 01 Jan 1970")));
    }

    private int count(String table, String visitor) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE visitor_id = ?").param(visitor).query(Integer.class).single();
    }
}
