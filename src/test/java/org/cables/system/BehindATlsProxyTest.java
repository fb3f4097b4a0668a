package org.cables.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.cables.testing.ServedPages;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The exhibit behind a TLS proxy named in the README's setting (here the proxy is this machine):
 * the proxy's X-Forwarded-For and X-Forwarded-Proto are believed, so students are counted by
 * their own addresses and every cookie is Secure; without the header the same cookies are not.
 */
@Tag("served")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127.0.0.1/32, ::1/128")
@Import(RemoteAddressEcho.class)
class BehindATlsProxyTest {

    @LocalServerPort
    int port;

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return new ServedPages(port).get(path, headers);
    }

    @Test
    void everyCookieIsSecureWhenTheProxySpeaksHttps() throws Exception {
        for (String path : List.of("/kiosk", "/quizzes", "/kiosk/exit")) {
            // /kiosk/exit turns a kiosk (a browser with the kiosk cookie staff gave it) back into an ordinary one
            List<String> cookies = get(path, "X-Forwarded-Proto", "https", "Cookie", "cables-kiosk=1").headers().allValues("Set-Cookie");
            assertThat(cookies).as(path).isNotEmpty().allSatisfy(c -> assertThat(c).as(path).contains("; Secure"));
        }
        List<String> visitor = get("/quizzes", "X-Forwarded-Proto", "https").headers().allValues("Set-Cookie");
        assertThat(visitor).anySatisfy(c -> assertThat(c).startsWith("cables-visitor="));
        assertThat(get("/", "X-Forwarded-Proto", "https").headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("max-age=").doesNotContain("includeSubDomains"));

        List<String> plain = get("/kiosk").headers().allValues("Set-Cookie");
        assertThat(plain).isNotEmpty().noneSatisfy(c -> assertThat(c).contains("Secure"));
    }

    @Test
    void theProxysAddressForTheStudentIsBelieved() throws Exception {
        assertThat(get(RemoteAddressEcho.PATH, "X-Forwarded-For", "203.0.113.9").body()).isEqualTo("203.0.113.9");
    }
}
