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

    HttpResponse<String> get(String path, String cookies, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the kiosk's own page sends when it starts afresh (a same-origin navigation in Chromium). */
    static final String[] FROM_THE_KIOSK_PAGE = {"Sec-Fetch-Site", "same-origin", "Sec-Fetch-Mode", "navigate"};

    /** A visitor with a place in a tour and a quiz attempt, as rows. */
    void visitorWithTraces(String visitor) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO tour_progress (visitor_id, tour_id, stop_number, finished, updated_at) VALUES (?, 'road-to-war', 4, FALSE, ?)")
                .params(visitor, now).update();
        jdbc.sql("INSERT INTO quiz_attempt (id, visitor_id, quiz_id, seed, started_at, score, max_score) VALUES (?, ?, 'road-to-war', 1, ?, 0, 5)")
                .params(UUID.randomUUID().toString(), visitor, now).update();
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
        for (String v : List.of(visitor, someoneElse)) {
            visitorWithTraces(v);
        }
        HttpResponse<String> page = get("/kiosk", "cables-kiosk=1; cables-visitor=" + visitor);
        String session = sessionOf(page).orElseThrow();
        int resets = jdbc.sql("SELECT COUNT(*) FROM visit_event WHERE kind = 'KIOSK_RESET'").query(Integer.class).single();

        HttpResponse<String> reset = get("/kiosk/reset", "cables-kiosk=1; cables-visitor=" + visitor + "; JSESSIONID=" + session,
                FROM_THE_KIOSK_PAGE);

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
    void aResetFromAnotherSiteChangesNothing() throws Exception {
        String visitor = UUID.randomUUID().toString();
        visitorWithTraces(visitor);
        String session = sessionOf(get("/kiosk", "cables-kiosk=1; cables-visitor=" + visitor)).orElseThrow();
        String cookies = "cables-kiosk=1; cables-visitor=" + visitor + "; JSESSIONID=" + session;
        List<String[]> notOurs = List.of(
                new String[] {"Sec-Fetch-Site", "cross-site"},          // a link or an image on another site
                new String[] {"Sec-Fetch-Site", "same-site"},           // another site on the same domain
                new String[] {"Sec-Fetch-Site", "none"},                // typed or bookmarked, not the kiosk's page
                new String[] {"Origin", "http://evil.example"},
                new String[] {"Referer", "http://evil.example/page.html"},
                new String[] {"Referer", "http://localhost:" + (port + 1) + "/"},
                new String[0]);                                          // a request that names no origin at all
        for (String[] headers : notOurs) {
            HttpResponse<String> reset = get("/kiosk/reset", cookies, headers);
            assertThat(reset.statusCode()).as("refused: %s", List.of(headers)).isEqualTo(303);
            assertThat(reset.headers().firstValue("Location")).as("to the start page").hasValue("/");
            assertThat(reset.headers().allValues("Set-Cookie")).as("no cookie touched: %s", List.of(headers)).isEmpty();
        }
        assertThat(count("tour_progress", visitor)).isEqualTo(1);
        assertThat(count("quiz_attempt", visitor)).isEqualTo(1);
        assertThat(sessionOf(get("/kiosk", cookies))).as("the session lives on").isEmpty();

        // The same kiosk page's own request, named by Referer alone (a browser without Sec-Fetch-Site), does reset.
        HttpResponse<String> own = get("/kiosk/reset", cookies, "Referer", "http://localhost:" + port + "/tours/road-to-war");
        assertThat(own.headers().firstValue("Location")).hasValue("/kiosk");
        assertThat(count("tour_progress", visitor)).isZero();
    }

    @Test
    void onlyAKioskIsReset() throws Exception {
        String visitor = UUID.randomUUID().toString();
        visitorWithTraces(visitor);
        String session = sessionOf(get("/tours", "cables-visitor=" + visitor)).orElseThrow();
        String cookies = "cables-visitor=" + visitor + "; JSESSIONID=" + session;

        HttpResponse<String> reset = get("/kiosk/reset", cookies, FROM_THE_KIOSK_PAGE);

        assertThat(reset.headers().firstValue("Location")).hasValue("/");
        assertThat(reset.headers().allValues("Set-Cookie")).as("no kiosk cookie, no cookie dropped").isEmpty();
        assertThat(count("tour_progress", visitor)).isEqualTo(1);
        assertThat(count("quiz_attempt", visitor)).isEqualTo(1);
        assertThat(sessionOf(get("/tours", cookies))).as("the visitor's session lives on").isEmpty();
        // Nor does the way out of kiosk mode end an ordinary browser's session.
        assertThat(get("/kiosk/exit", cookies).headers().allValues("Set-Cookie")).isEmpty();
        assertThat(sessionOf(get("/tours", cookies))).isEmpty();
    }

    @Test
    void openingKioskDoesNotTurnAVisitorsBrowserIntoAKiosk() throws Exception {
        HttpResponse<String> page = get("/kiosk", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("cables-kiosk="));
        assertThat(page.body()).doesNotContain("attract-begin");
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
