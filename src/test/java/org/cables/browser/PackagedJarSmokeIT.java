package org.cables.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar that `package` produces starts on its own with `java -jar` and serves the home page. */
class PackagedJarSmokeIT {

    @TempDir
    Path dataDir;

    @Test
    void thePackagedJarStartsAndServesTheHomePage() throws Exception {
        Path jar = Path.of(System.getProperty("cables.jar", "target/cables.jar"));
        assertThat(jar).exists();
        int port = freePort();
        Path log = dataDir.resolve("app.log");
        Process app = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--exhibit.data-dir=" + dataDir.resolve("data"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitReadiness(port, app, log);
            try (Playwright playwright = BrowserSupport.playwright();
                 Browser browser = BrowserSupport.launch(playwright)) {
                Page page = browser.newPage();
                List<String> consoleErrors = new ArrayList<>();
                page.onConsoleMessage(m -> {
                    if ("error".equals(m.type())) {
                        consoleErrors.add(m.text());
                    }
                });
                page.navigate("http://localhost:" + port + "/");
                BrowserSupport.settle(page);
                assertThat(page.locator("h1").textContent()).isEqualTo("The Korean War in secret telegrams");
                assertThat(page.title()).contains("Cables");
                assertThat(consoleErrors).isEmpty();
            }
            String output = Files.readString(log);
            assertThat(output).contains("Database in use: H2").contains(dataDir.resolve("data").toString());
            assertThat(output).doesNotContain("Vaadin is running in DEVELOPMENT mode");
            assertThat(Files.list(dataDir.resolve("data")).map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("cables") && name.endsWith(".mv.db"));
        } finally {
            app.destroy();
            if (!app.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void thePackagedJarChecksAContentFolderForCurators() throws Exception {
        Path jar = Path.of(System.getProperty("cables.jar", "target/cables.jar"));
        Process ok = new ProcessBuilder(java(), "-jar", jar.toString(), "check-content", "content").redirectErrorStream(true).start();
        String okOutput = new String(ok.getInputStream().readAllBytes());
        assertThat(ok.waitFor()).as(okOutput).isZero();
        assertThat(okOutput).contains("is valid");

        Path broken = dataDir.resolve("content");
        org.springframework.util.FileSystemUtils.copyRecursively(Path.of("content"), broken);
        Path cable = broken.resolve("cables/1950-10-01-stalin-to-mao.md");
        Files.writeString(cable, Files.readString(cable).replace("date: 1950-10-01", "date: 1950-13-01"));
        Process bad = new ProcessBuilder(java(), "-jar", jar.toString(), "check-content", broken.toString()).redirectErrorStream(true).start();
        String badOutput = new String(bad.getInputStream().readAllBytes());
        assertThat(bad.waitFor()).isEqualTo(1);
        assertThat(badOutput).contains("1 problem in the content at")
                .contains("cables/1950-10-01-stalin-to-mao.md:3: 'date' is not a valid date: 1950-13-01");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitReadiness(int port, Process app, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new AssertionError("The jar exited with " + app.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The jar did not become ready within 90 s:\n" + Files.readString(log));
    }
}
