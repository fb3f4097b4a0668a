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
 * Over plain HTTP, with no proxy named: every page says what it may load (Content-Security-Policy),
 * what it tells other sites (Referrer-Policy) and which browser features it never uses
 * (Permissions-Policy); the session cookie is SameSite and HttpOnly, the kiosk cookie HttpOnly; and
 * a request claiming to come through a TLS proxy, or from another address, is not believed.
 */
@Tag("served")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RemoteAddressEcho.class)
class HeadersAndCookiesTest {

    @LocalServerPort
    int port;

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return new ServedPages(port).get(path, headers);
    }

    @Test
    void everyKindOfPageCarriesThePolicies() throws Exception {
        for (String path : List.of("/", "/archive?q=Filippov", "/kiosk", "/join", "/login", "/no-such-page",
                "/citation/1952-01-31-mao-to-stalin.bib", "/kiosk/alive", "/styles/cables.css")) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path + " over HTTP").isEmpty();
        }
    }

    @Test
    void theSessionCookieIsSameSiteAndHttpOnlyAndTheKioskCookieHttpOnly() throws Exception {
        List<String> cookies = get("/kiosk").headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(cookies).as("over plain HTTP").noneSatisfy(c -> assertThat(c).contains("Secure"));
        // Only staff make a kiosk (KioskSetUpViewTest); a kiosk's cookie, as /kiosk/exit sets it, is HttpOnly.
        List<String> reset = get("/kiosk/exit", "Cookie", "cables-kiosk=1").headers().allValues("Set-Cookie");
        assertThat(reset).anySatisfy(c -> assertThat(c).startsWith("cables-kiosk=").contains("HttpOnly"));
    }

    /** Spring Boot's own default would believe these headers from any private address, loopback included. */
    @Test
    void forwardedHeadersFromAProxyNobodyNamedAreIgnored() throws Exception {
        HttpResponse<String> response = get("/kiosk", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        assertThat(response.headers().allValues("Set-Cookie")).isNotEmpty().noneSatisfy(c -> assertThat(c).contains("Secure"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(get(RemoteAddressEcho.PATH, "X-Forwarded-For", "203.0.113.9").body()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }
}
