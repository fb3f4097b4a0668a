package org.cables.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static org.cables.load.VaadinUidl.click;
import static org.cables.load.VaadinUidl.navigate;
import static org.cables.load.VaadinUidl.open;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Simulated learners on their own: each opens a tour, reads four stops, opens two cables,
 * searches the archive twice, starts the tour's quiz and checks an answer, with a reader's
 * pauses in between; then a new learner (a new session) takes their place. Concurrency is held
 * at {@code -Dcables.users} for {@code -Dcables.minutes}, after a ramp of one minute.
 * {@code -Dcables.url} is the exhibit's address (default http://localhost:8080).
 */
public class LearnerSimulation extends Simulation {

    static final String BASE = System.getProperty("cables.url", "http://localhost:8080");
    static final int USERS = Integer.getInteger("cables.users", 100);
    static final int MINUTES = Integer.getInteger("cables.minutes", 5);
    static final int RAMP_SECONDS = Integer.getInteger("cables.ramp-seconds", 60);
    static final Duration THINK_MIN = Duration.ofMillis(Long.getLong("cables.think-min-ms", 2_000));
    static final Duration THINK_MAX = Duration.ofMillis(Long.getLong("cables.think-max-ms", 6_000));

    final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/json,*/*")
            .acceptLanguageHeader("en-GB,en;q=0.8")
            .acceptEncodingHeader("gzip, deflate, br")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Cables-load-test");

    final ScenarioBuilder learner = scenario("learner")
            .exec(open("open a tour stop", "/tours/road-to-war/kim-asks-stalin"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(navigate("next tour stop", "tours/road-to-war/an-envoy-to-mao", "", "An envoy to Mao"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(navigate("next tour stop", "tours/road-to-war/moscow-says-no", "", "Moscow says no"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(navigate("next tour stop", "tours/road-to-war/the-korean-soldiers-go-home", "", "The Korean soldiers go home"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(navigate("open a cable", "cables/1950-12-31-razuvaev-to-vasilevsky", "", "talks of attacking across the 38th parallel"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(navigate("open a cable", "cables/1952-01-31-mao-to-stalin", "", "neutral supervisory body"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(navigate("search the archive", "archive", "q=Filippov", "Filippov"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(navigate("search the archive", "archive", "q=Panmunjom+armistice", "Panmunjom"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(navigate("open a quiz", "quizzes/road-to-war", "", "Start the quiz"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(click("start the quiz", "quiz-start", "Question 1 of"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(click("check an answer", "quiz-check", "Choose an answer first\\.|Right!|Not quite\\."))
            .pause(THINK_MIN, THINK_MAX);

    {
        setUp(learner.injectClosed(
                rampConcurrentUsers(0).to(USERS).during(Duration.ofSeconds(RAMP_SECONDS)),
                constantConcurrentUsers(USERS).during(Duration.ofMinutes(MINUTES))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
