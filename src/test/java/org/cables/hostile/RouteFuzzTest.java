package org.cables.hostile;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Junk in every address and every parameter the exhibit reads: a friendly 404, a page that
 * explains or ignores the junk, a redirect to sign in, or a 400 from the server for what is not
 * HTTP at all; never a 5xx, and never a stack trace.
 */
/** Served over HTTP with the production frontend bundle: left out of {@code ./mvnw -Pfast test}. */
@Tag("served")
// One client sends thousands of cookie-less requests here: the passers-by budget (PassersByTest)
// would rightly answer "busy" long before the end, so it is lifted for the fuzzer.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"exhibit.sessions.per-address=1000000", "exhibit.sessions.max=1000000"})
class RouteFuzzTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Junk of many kinds, and some generated at random (fixed seed: the same junk every run). */
    static List<String> junk() {
        List<String> junk = new ArrayList<>(List.of(
                "", " ", "x", "..", "../../etc/passwd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "null", "undefined", "-1", "0",
                "99999999999999999999", "1e308", "NaN", "1950-02-30", "1950-13-01", "0000-00-00", "+999999999-12-31",
                "1951-01-24T00:00", "1951/01/24", "24.01.1951", "'; DROP TABLE quiz_answer; --", "\" OR 1=1 --",
                "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "${7*7}", "#{7*7}",
                "{{7*7}}", "%00", "%ff%fe", "%", "%%", "%u0041", "\u0000", "\u202Etxt.exe", "😀🇰🇷", "한국전쟁", "毛泽东",
                "Сталин", "a".repeat(2_000), "/".repeat(50), "?", "#", "&", "=", ";", "\\", "CON", "aux.bib", "x.ris",
                "1952-01-31-mao-to-stalin/../../admin", "filippov", "FILIPPOV", "stalin%20"));
        Random random = new Random(1953);
        for (int i = 0; i < 10; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int j = 0; j < length; j++) {
                s.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000)));
            }
            junk.add(s.toString());
        }
        return junk;
    }

    static final List<String> PATHS = List.of(
            "/cables/%s", "/people/%s", "/tours/%s", "/tours/road-to-war/%s", "/tours/%s/%s", "/quizzes/%s",
            "/citation/%s.bib", "/citation/%s.ris", "/citation/1952-01-31-mao-to-stalin.%s", "/map-data/%s.geojson", "/map-data/front-lines-%s.json",
            "/teach/%s", "/teach/%s/results.csv", "/%s", "/archive/%s", "/kiosk/%s");

    static final List<String> QUERIES = List.of(
            "/map?date=%s", "/archive?q=%s", "/archive?from=%s&to=%s", "/archive?sender=%s&recipient=%s&type=%s",
            "/archive?topic=%s&tour=%s&text=%s&sort=%s", "/archive?q=Filippov&page=%s", "/chronology?category=%s",
            "/join?code=%s", "/quizzes/road-to-war?attempt=%s", "/tours/road-to-war?stop=%s", "/people?sort=%s",
            "/?%s=%s", "/admin/statistics.csv?days=%s&channel=%s", "/kiosk/reset?%s", "/login?error=%s");

    @Test
    void junkNeverGetsAServerError() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String value : junk()) {
            String inPath = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            String inQuery = URLEncoder.encode(value, StandardCharsets.UTF_8);
            List<String> addresses = new ArrayList<>();
            PATHS.forEach(p -> addresses.add(p.replace("%s", inPath)));
            QUERIES.forEach(q -> addresses.add(q.replace("%s", inQuery)));
            for (String address : addresses) {
                URI uri;
                try {
                    uri = URI.create("http://localhost:" + port + address);
                } catch (IllegalArgumentException notAnAddress) {
                    continue;
                }
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                        HttpResponse.BodyHandlers.ofString());
                requests++;
                int status = response.statusCode();
                String body = response.body();
                if (status >= 500 || !java.util.Set.of(200, 302, 303, 400, 404).contains(status) || body.contains("Exception") || body.contains("\tat org.") || body.contains("Something went wrong on our side")) {
                    failures.add(status + " " + address.substring(0, Math.min(120, address.length())));
                }
            }
        }
        assertThat(requests).isGreaterThan(1_500);
        assertThat(failures).as("addresses that failed on the server side").isEmpty();
    }

    /**
     * The searches that once answered 500 with a stack trace and an incident row each: about 500
     * distinct words, 1,025 terms, 1,000 words, a very long word. Each is explained on the page.
     */
    @Test
    void longSearchesAreExplainedNeverAServerError() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long incidents = incidents();
        List<String> searches = List.of(
                java.util.stream.IntStream.range(0, 500).mapToObj(i -> "w" + i).collect(java.util.stream.Collectors.joining(" ")),
                "a ".repeat(1_025),
                java.util.stream.IntStream.range(0, 1_000).mapToObj(i -> Integer.toString(i, 36)).collect(java.util.stream.Collectors.joining(" ")),
                "x".repeat(5_000),
                java.util.stream.IntStream.range(0, 40).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(" ")));
        for (String words : searches) {
            long started = System.nanoTime();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/archive?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - started) / 1_000_000;
            String what = words.length() + " characters";
            assertThat(response.statusCode()).as(what).isEqualTo(200);
            assertThat(response.body()).as(what).containsAnyOf("That search is too long", "That search has too many words");
            assertThat(millis).as(what + ": answered at once").isLessThan(5_000);
        }
        assertThat(incidents()).as("incidents written").isEqualTo(incidents);
    }

    private long incidents() {
        return jdbc.sql("SELECT COUNT(*) FROM incident").query(Long.class).single();
    }

    @Test
    void junkInAnAddressOfTheExhibitIsAFriendly404() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String address : List.of("/cables/no-such-cable", "/people/%3Cscript%3E", "/tours/road-to-war/99",
                "/no/such/page")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + address)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(address).isEqualTo(404);
            assertThat(response.body()).as(address).contains("We could not find this page");
        }
    }
}
