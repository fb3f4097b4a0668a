package org.cables.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.cables.statistics.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Guessing staff passwords over real HTTP, with the exhibit's clock in the test's hand: sixty
 * wrong passwords are no longer answered at full speed, a locked name refuses even the right
 * password, an unknown name is answered exactly like a real one, and the sign-in post needs the
 * page's CSRF token.
 */
/** Served over HTTP with the production frontend bundle: left out of {@code ./mvnw -Pfast test}. */
@Tag("served")
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"exhibit.staff.sign-in-attempts=5",
                "spring.datasource.url=jdbc:h2:mem:cables-sign-in-test;DB_CLOSE_DELAY=-1"})
class StaffSignInTest {

    static final String PASSWORD = "the guard's own password";

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void accountAndAFreshQuarterOfAnHour() {
        if (accounts.find("guard-admin").isEmpty()) {
            accounts.create("guard-admin", "Guard Admin", PASSWORD, StaffRole.ADMIN);
        }
        clock.advance(Duration.ofHours(1)); // what earlier tests typed is forgotten
    }

    /** Where a sign-in try was sent: {@code /login?error}, {@code /login?wait=…} or the staff pages. */
    String signIn(String username, String password) throws Exception {
        HttpResponse<String> response = StaffLogin.signIn(StaffLogin.client(), port, username, password);
        assertThat(response.statusCode()).as("%s: %s", username, response.body()).isIn(302, 303);
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getRawQuery() instanceof String query
                ? query : "signed in";
    }

    @Test
    void sixtyWrongPasswordsAreSlowedDownThenTheNameIsLocked(CapturedOutput log) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            answers.add(signIn("guard-admin", "wrong password " + i));
        }
        assertThat(answers.subList(0, 3)).containsOnly("error");
        assertThat(answers.subList(3, 60)).as("the rest must wait, unchecked").containsOnly("wait=2");

        for (int i = 3; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(signIn("guard-admin", "wrong password " + i)).isEqualTo("error");
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn("guard-admin", PASSWORD)).as("locked: even the right password waits").isEqualTo("wait=840");
        assertThat(log).contains("Staff sign-in locked for 15 min for user name 'guard-admin'");
        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn("guard-admin", PASSWORD)).isEqualTo("signed in");
    }

    @Test
    void anUnknownNameIsAnsweredLikeARealOne() throws Exception {
        signIn("warming-up", "not the password"); // the first sign-in of a server loads what every later one uses
        List<String> real = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        long realTime = 0;
        long unknownTime = 0;
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            real.add(signIn("guard-admin", "not the password"));
            realTime += System.nanoTime() - start;
            start = System.nanoTime();
            unknown.add(signIn("no-such-guard", "not the password"));
            unknownTime += System.nanoTime() - start;
        }
        assertThat(unknown).isEqualTo(real).containsExactly("error", "error", "error", "wait=2");
        // Both check a BCrypt hash (an unknown name against a stand-in): the same order of time.
        assertThat((double) unknownTime / realTime).as("unknown / real time").isBetween(0.5, 2.0);
    }

    @Test
    void theSignInPostNeedsThePagesToken() throws Exception {
        HttpClient client = StaffLogin.client();
        HttpResponse<String> withoutToken = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=guard-admin&password=" + PASSWORD.replace(' ', '+')))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).as("a post from another site's form").isEqualTo(403);
        assertThat(StaffLogin.get(client, port, "/admin/staff").statusCode()).as("not signed in").isEqualTo(302);

        HttpResponse<String> page = StaffLogin.get(client, port, "/login");
        assertThat(page.body()).contains("<meta name=\"_csrf_parameter\"", "<meta name=\"_csrf\"");
        assertThat(StaffLogin.signIn(client, port, "guard-admin", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(StaffLogin.get(client, port, "/admin/staff").statusCode()).isEqualTo(200);
    }
}
