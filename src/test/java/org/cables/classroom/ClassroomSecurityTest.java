package org.cables.classroom;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cables.content.TourId;
import org.cables.staff.StaffAccounts;
import org.cables.staff.StaffLogin;
import org.cables.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP, as a browser would: staff pages send strangers to the sign-in page, the first
 * admin comes from configuration, a teacher never reaches another teacher's class or its results,
 * and signing out ends the session.
 */
/** Served over HTTP with the production frontend bundle: left out of {@code ./mvnw -Pfast test}. */
@Tag("served")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"exhibit.staff.admin-username=curator", "exhibit.staff.admin-password=first admin password",
                // A database of its own: the first admin is created only where there is no admin yet.
                "spring.datasource.url=jdbc:h2:mem:cables-security-test;DB_CLOSE_DELAY=-1"})
class ClassroomSecurityTest {

    static final String PASSWORD = "a teacher's password";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Classrooms classrooms;

    @BeforeEach
    void teachers() {
        for (String name : List.of("sec-teacher-a", "sec-teacher-b")) {
            if (accounts.find(name).isEmpty()) {
                accounts.create(name, name, PASSWORD, StaffRole.TEACHER);
            }
        }
    }

    @Test
    void teacherAndAdminPagesSendStrangersToTheSignInPage() throws Exception {
        ClassSession session = classrooms.open("sec-teacher-a", new TourId("road-to-war"), "Class");
        HttpClient stranger = StaffLogin.client();
        for (String path : List.of("/teach", "/teach/" + session.id(), "/teach/" + session.id() + "/results.csv",
                "/admin/staff", "/admin/content", "/admin/statistics", "/admin/statistics.csv")) {
            HttpResponse<String> response = StaffLogin.get(stranger, port, path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        for (String path : List.of("/", "/join", "/tours", "/login")) {
            assertThat(StaffLogin.get(stranger, port, path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(StaffLogin.get(stranger, port, "/no-such-page").statusCode()).isEqualTo(404);
    }

    @Test
    void theFirstAdminComesFromConfigurationAndMayOpenTheAdminPages() throws Exception {
        assertThat(accounts.find("curator")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(StaffRole.ADMIN));
        HttpClient admin = StaffLogin.client();
        HttpResponse<String> signIn = StaffLogin.signIn(admin, port, "curator", "first admin password");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        for (String path : List.of("/admin/staff", "/admin/content", "/admin/statistics", "/teach")) {
            assertThat(StaffLogin.get(admin, port, path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpClient client = StaffLogin.client();
        HttpResponse<String> signIn = StaffLogin.signIn(client, port, "sec-teacher-a", "not the password");
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(StaffLogin.get(client, port, "/teach").statusCode()).isEqualTo(302);
    }

    @Test
    void aTeacherNeverReachesAnotherTeachersClassNorTheAdminPages() throws Exception {
        ClassSession theirs = classrooms.open("sec-teacher-a", new TourId("road-to-war"), "Class A");
        classrooms.join(theirs.code().value(), "Secret Student", new Joiner("192.0.2.10", "secret"));
        HttpClient b = StaffLogin.client();
        StaffLogin.signIn(b, port, "sec-teacher-b", PASSWORD);
        assertThat(StaffLogin.get(b, port, "/teach").statusCode()).isEqualTo(200);
        HttpResponse<String> console = StaffLogin.get(b, port, "/teach/" + theirs.id());
        assertThat(console.statusCode()).isEqualTo(404);
        assertThat(console.body()).doesNotContain("Secret Student").doesNotContain(theirs.code().value());
        HttpResponse<String> csv = StaffLogin.get(b, port, "/teach/" + theirs.id() + "/results.csv");
        assertThat(csv.statusCode()).isEqualTo(404);
        assertThat(csv.body()).doesNotContain("Secret Student");
        assertThat(StaffLogin.get(b, port, "/admin/staff").statusCode()).isEqualTo(403);

        HttpClient a = StaffLogin.client();
        StaffLogin.signIn(a, port, "sec-teacher-a", PASSWORD);
        HttpResponse<String> own = StaffLogin.get(a, port, "/teach/" + theirs.id() + "/results.csv");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Secret Student");
        assertThat(StaffLogin.get(a, port, "/teach/" + theirs.id()).statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        HttpClient a = StaffLogin.client();
        StaffLogin.signIn(a, port, "sec-teacher-a", PASSWORD);
        HttpResponse<String> page = StaffLogin.get(a, port, "/teach");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> out = a.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + token.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(StaffLogin.get(a, port, "/teach").statusCode()).isEqualTo(302);
    }
}
