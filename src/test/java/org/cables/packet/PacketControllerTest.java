package org.cables.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.servlet.Filter;
import org.cables.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The packets' addresses through the exhibit's own security filters, as a browser would ask:
 * anyone gets a students' packet, only signed-in staff a teacher's key, an unknown tour is a 404
 * and an unknown language English; no address makes the server fail.
 */
@SpringBootTest
class PacketControllerTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(security).build();
    }

    MockHttpServletResponse fetch(String address, MockHttpSession session) throws Exception {
        var request = get(address);
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A session signed in with these authorities, as the sign-in page leaves it. */
    static MockHttpSession signedIn(String... authorities) {
        var granted = java.util.Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList();
        var user = new org.springframework.security.core.userdetails.User("packet-tester", "", granted);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new UsernamePasswordAuthenticationToken(user, null, granted)));
        return session;
    }

    @Test
    void anyoneGetsAStudentsPacketAsADownloadInTheLanguageAsked() throws Exception {
        MockHttpServletResponse english = fetch("/packets/tours/road-to-war.pdf?lang=en", null);
        assertThat(english.getStatus()).isEqualTo(200);
        assertThat(english.getContentType()).isEqualTo("application/pdf");
        assertThat(english.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"cables-road-to-war-en.pdf\"");
        assertThat(english.getContentAsByteArray()).startsWith("%PDF".getBytes());
        assertThat(TourPacketsTest.text(english.getContentAsByteArray())).contains("The road to war");

        MockHttpServletResponse korean = fetch("/packets/tours/road-to-war.pdf?lang=ko", null);
        assertThat(korean.getStatus()).isEqualTo(200);
        assertThat(korean.getHeader("Content-Disposition")).contains("cables-road-to-war-ko.pdf");

        // The same file again: not sent again to a browser that has it.
        MockHttpServletResponse again = mvc.perform(get("/packets/tours/road-to-war.pdf?lang=en")
                .header("If-None-Match", english.getHeader("ETag"))).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
    }

    @Test
    void anUnknownLanguageIsEnglish() throws Exception {
        for (String lang : List.of("xx", "", "en-US", "<script>", "ko,en", "a".repeat(200))) {
            MockHttpServletResponse response = fetch("/packets/tours/road-to-war.pdf?lang=" + java.net.URLEncoder.encode(lang,
                    java.nio.charset.StandardCharsets.UTF_8), null);
            assertThat(response.getStatus()).as(lang).isEqualTo(200);
            assertThat(response.getHeader("Content-Disposition")).as(lang).contains("cables-road-to-war-en.pdf");
        }
        assertThat(fetch("/packets/tours/road-to-war.pdf", null).getStatus()).isEqualTo(200);
    }

    @Test
    void anUnknownOrMalformedTourIsNotFound() throws Exception {
        // (An address outside /packets/tours/<name>.pdf is no packet's: the exhibit's pages answer it with their own 404.)
        for (String address : List.of("/packets/tours/no-such-tour.pdf", "/packets/tours/Road-To-War.pdf",
                "/packets/tours/road_to_war.pdf", "/packets/tours/road-to-war.pdf.pdf", "/packets/tours/road--war.pdf",
                "/packets/tours/" + "a".repeat(300) + ".pdf")) {
            assertThat(fetch(address, null).getStatus()).as(address).isEqualTo(404);
        }
        // An address the exhibit cannot read is refused before it reaches the packets: a client error all the same.
        for (String address : List.of("/packets/tours/%3Cscript%3E.pdf", "/packets/tours/%00.pdf", "/packets/tours/%2e%2e%2fx.pdf")) {
            assertThat(fetch(address, null).getStatus()).as(address).isBetween(400, 499);
        }
        for (String key : List.of("/packets/tours/no-such-tour-key.pdf", "/packets/tours/-key.pdf", "/packets/tours/road-to-war-key-key.pdf")) {
            assertThat(fetch(key, signedIn(StaffRole.TEACHER.authority())).getStatus()).as(key).isEqualTo(404);
        }
    }

    @Test
    void theKeyIsRefusedToAnyoneNotSignedIn() throws Exception {
        MockHttpServletResponse response = fetch("/packets/tours/road-to-war-key.pdf?lang=en", null);
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsByteArray()).isEmpty();
        // Any key's address, whether or not its tour exists: nothing is said about it to a stranger.
        assertThat(fetch("/packets/tours/no-such-tour-key.pdf", null).getStatus()).isEqualTo(401);
        assertThat(fetch("/packets/tours/-key.pdf", null).getStatus()).isEqualTo(401);
    }

    @Test
    void theKeyIsForTeachersAndAdminsOnly() throws Exception {
        assertThat(fetch("/packets/tours/road-to-war-key.pdf", signedIn("ROLE_VISITOR")).getStatus()).isEqualTo(403);
        for (StaffRole role : StaffRole.values()) {
            MockHttpServletResponse response = fetch("/packets/tours/road-to-war-key.pdf?lang=ko", signedIn(role.authority()));
            assertThat(response.getStatus()).as(role.name()).isEqualTo(200);
            assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"cables-road-to-war-ko-teachers-key.pdf\"");
            assertThat(response.getHeader("Cache-Control")).contains("no-store");
        }
    }
}
