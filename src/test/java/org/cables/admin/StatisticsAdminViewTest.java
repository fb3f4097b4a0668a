package org.cables.admin;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.cables.staff.StaffAccounts;
import org.cables.staff.StaffLogin;
import org.cables.staff.StaffRole;
import org.cables.statistics.VisitStatistics;
import org.cables.statistics.VisitStatistics.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Curators see the anonymous counts per day, and take them away as CSV. */
/** Served over HTTP with the production frontend bundle: left out of {@code ./mvnw -Pfast test}. */
@Tag("served")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsAdminViewTest extends ExhibitViewTest {

    @Autowired
    VisitStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    static final String PASSWORD = "correct horse battery";

    @Autowired
    StaffAccounts accounts;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.cables.staff.SignedIn.nobody();
    }

    @BeforeEach
    void someVisits() {
        org.cables.staff.SignedIn.as("stats-admin", StaffRole.ADMIN);
        if (accounts.find("stats-admin").isEmpty()) {
            accounts.create("stats-admin", "Statistics Admin", PASSWORD, StaffRole.ADMIN);
            accounts.create("stats-teacher", "Statistics Teacher", PASSWORD, StaffRole.TEACHER);
        }
        jdbc.sql("DELETE FROM visit_event").update();
        statistics.record(Kind.KIOSK_VISIT, null, null, true);
        statistics.record(Kind.TOUR_STARTED, "road-to-war", null, true);
        statistics.record(Kind.TOUR_STARTED, "armistice", null, false);
        statistics.record(Kind.TOUR_FINISHED, "road-to-war", null, true);
        statistics.record(Kind.STOP_TIME, "road-to-war/moscow-visit", 40, true);
        statistics.record(Kind.STOP_TIME, "road-to-war/moscow-visit", 60, false);
        statistics.record(Kind.QUIZ_COMPLETED, "road-to-war", null, false);
        statistics.record(Kind.KIOSK_RESET, null, null, true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void todaysFiguresAreShownAndFollowTheChoiceOfWhere() {
        navigate(StatisticsAdminView.class);
        Grid<VisitStatistics.Day> days = $(Grid.class).withClassName("statistics-days").single();
        List<VisitStatistics.Day> shown = days.getGenericDataView().getItems().toList();
        assertThat(shown).containsExactly(new VisitStatistics.Day(LocalDate.now(), 1, 2, 1, 2, 50.0, 1, 1));
        Grid<VisitStatistics.StopTime> stops = $(Grid.class).withClassName("statistics-stops").single();
        assertThat(stops.getGenericDataView().getItems().toList())
                .containsExactly(new VisitStatistics.StopTime("road-to-war/moscow-visit", 2, 50.0));

        RadioButtonGroup<VisitStatistics.Channel> where = $(RadioButtonGroup.class).single();
        where.setValue(VisitStatistics.Channel.KIOSK);
        assertThat(days.getGenericDataView().getItems().toList())
                .containsExactly(new VisitStatistics.Day(LocalDate.now(), 1, 1, 1, 1, 40.0, 0, 1));
        assertThat($(Anchor.class).withClassName("statistics-csv").single().getHref())
                .isEqualTo("admin/statistics.csv?days=30&channel=kiosk");
    }

    @Test
    void theCsvHasTheSameFigures() throws Exception {
        HttpClient admin = StaffLogin.client();
        assertThat(StaffLogin.signIn(admin, port, "stats-admin", PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> csv = StaffLogin.get(admin, port, "/admin/statistics.csv?days=7&channel=all");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        assertThat(csv.body()).isEqualTo("day,kiosk_visits,tours_started,tours_finished,stops_timed,average_seconds_per_stop,"
                + "quizzes_completed,kiosk_resets\r\n" + LocalDate.now() + ",1,2,1,2,50.0,1,1\r\n");

        HttpResponse<String> junk = StaffLogin.get(admin, port, "/admin/statistics.csv?days=lots&channel=moon");
        assertThat(junk.statusCode()).isEqualTo(400);
        assertThat(junk.body()).contains("days must be");
    }

    @Test
    void theCsvIsForAdminsOnly() throws Exception {
        HttpResponse<String> anonymous = StaffLogin.get(StaffLogin.client(), port, "/admin/statistics.csv?days=7&channel=all");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpClient teacher = StaffLogin.client();
        StaffLogin.signIn(teacher, port, "stats-teacher", PASSWORD);
        assertThat(StaffLogin.get(teacher, port, "/admin/statistics.csv?days=7&channel=all").statusCode()).isEqualTo(403);
    }

    @Test
    void everyChoiceOfWhereHasItsWords() {
        Set<String> english = org.cables.i18n.TranslationsTestAccess.englishKeys();
        assertThat(Arrays.stream(VisitStatistics.Channel.values())
                .map(c -> "admin.statistics.channel." + c.name().toLowerCase(Locale.ROOT)))
                .allMatch(english::contains);
    }
}
