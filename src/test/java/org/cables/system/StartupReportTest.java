package org.cables.system;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Served over HTTP with the production frontend bundle: left out of {@code ./mvnw -Pfast test}. */
@Tag("served")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class StartupReportTest {

    @LocalServerPort
    int port;

    @Autowired
    StartupReport report;

    @Test
    void startUpNamesTheDatabaseAndTheContentInUse(CapturedOutput output) {
        // The context may have been started (and logged) before this test's capture began.
        report.report();
        assertThat(output.getOut()).contains("Database in use: H2").contains("jdbc:h2:mem:cables-test")
                .contains("Content in use: the content bundled with the exhibit");
    }

    @Test
    void credentialsNeverReachTheLog() {
        assertThat(StartupReport.withoutCredentials("jdbc:h2:mem:x;USER=sa;PASSWORD=hunter2"))
                .isEqualTo("jdbc:h2:mem:x;USER=***;PASSWORD=***");
        assertThat(StartupReport.withoutCredentials("jdbc:postgresql://h/db?user=a&password=b"))
                .isEqualTo("jdbc:postgresql://h/db?user=***&password=***");
    }

    @Test
    void livenessAndReadinessAreReported() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String probe : new String[] {"liveness", "readiness"}) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/" + probe)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
        }
    }
}
