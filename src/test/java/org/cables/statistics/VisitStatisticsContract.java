package org.cables.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.cables.statistics.VisitStatistics.Channel;
import org.cables.statistics.VisitStatistics.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Visit statistics on every supported database (Flyway V0004). */
abstract class VisitStatisticsContract {

    /** Seoul time: a visit at 23:30 UTC counts for the next day there. */
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-11-20T01:00:00Z"), SEOUL);
        }
    }

    @Autowired
    VisitStatistics statistics;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void empty() {
        jdbc.sql("DELETE FROM visit_event").update();
        clock.set(Instant.parse("2026-11-20T01:00:00Z"));
    }

    @Test
    void countsPerDayInTheExhibitsTimeZone() {
        statistics.record(Kind.KIOSK_VISIT, null, null, true);
        statistics.record(Kind.TOUR_STARTED, "road-to-war", null, true);
        statistics.record(Kind.TOUR_STARTED, "armistice", null, false);
        statistics.record(Kind.TOUR_FINISHED, "road-to-war", null, true);
        statistics.record(Kind.QUIZ_COMPLETED, "road-to-war", null, false);
        statistics.record(Kind.KIOSK_RESET, null, null, true);
        clock.set(Instant.parse("2026-11-20T23:30:00Z")); // 21 November, 08:30 in Seoul
        statistics.record(Kind.TOUR_STARTED, "road-to-war", null, true);

        List<VisitStatistics.Day> days = statistics.days(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), Channel.ALL);
        assertThat(days).containsExactly(
                new VisitStatistics.Day(LocalDate.parse("2026-11-20"), 1, 2, 1, 0, 0, 1, 1),
                new VisitStatistics.Day(LocalDate.parse("2026-11-21"), 0, 1, 0, 0, 0, 0, 0));
        assertThat(statistics.days(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-20"), Channel.WEB))
                .containsExactly(new VisitStatistics.Day(LocalDate.parse("2026-11-20"), 0, 1, 0, 0, 0, 1, 0));
        assertThat(statistics.days(LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-21"), Channel.KIOSK))
                .extracting(VisitStatistics.Day::toursStarted).containsExactly(1);
    }

    /**
     * A count that fails (here a subject longer than its column) is rolled back alone, and the
     * transaction it shares commits the rest, as a move between stops and a quiz's finish do.
     * PostgreSQL refuses every statement after a failed one until the transaction is rolled back to
     * a savepoint, so there this fails without the count's own.
     */
    @Test
    void aCountThatFailsLeavesTheTransactionItSharesWhole() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            statistics.record(Kind.TOUR_STARTED, "x".repeat(201), null, false);
            statistics.record(Kind.TOUR_STARTED, "road-to-war", null, false);
            jdbc.sql("INSERT INTO visit_event (occurred_at, visit_day, kind, subject, seconds, kiosk) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(Timestamp.from(clock.instant()), Date.valueOf("2026-11-20"), "TOUR_FINISHED", "road-to-war", null, false)
                    .update();
        });
        assertThat(jdbc.sql("SELECT kind FROM visit_event ORDER BY kind").query(String.class).list())
                .containsExactly("TOUR_FINISHED", "TOUR_STARTED");
    }

    @Test
    void timeAtStopsIsAveragedAndAWalkAwayIsNotCounted() {
        Instant arrived = clock.instant();
        clock.advance(Duration.ofSeconds(40));
        statistics.recordStopTime("road-to-war/moscow-visit", arrived);
        arrived = clock.instant();
        clock.advance(Duration.ofSeconds(80));
        statistics.recordStopTime("road-to-war/moscow-visit", arrived);
        arrived = clock.instant();
        clock.advance(Duration.ofSeconds(30));
        statistics.recordStopTime("road-to-war/the-green-light", arrived);
        arrived = clock.instant();
        clock.advance(Duration.ofMinutes(31));
        statistics.recordStopTime("road-to-war/the-green-light", arrived); // walked away: not counted

        LocalDate day = LocalDate.parse("2026-11-20");
        assertThat(statistics.stopTimes(day, day, Channel.ALL)).containsExactly(
                new VisitStatistics.StopTime("road-to-war/moscow-visit", 2, 60.0),
                new VisitStatistics.StopTime("road-to-war/the-green-light", 1, 30.0));
        VisitStatistics.Day figures = statistics.days(day, day, Channel.ALL).getFirst();
        assertThat(figures.stopsTimed()).isEqualTo(3);
        assertThat(figures.averageSecondsPerStop()).isEqualTo(50.0);
    }

    @Test
    void nothingAboutTheVisitorIsStored() {
        statistics.record(Kind.TOUR_STARTED, "road-to-war", null, true);
        List<String> columns = jdbc.sql("SELECT * FROM visit_event")
                .query((rs, n) -> {
                    List<String> names = new java.util.ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        names.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                    }
                    return names;
                }).list().getFirst();
        assertThat(columns).containsExactly("id", "occurred_at", "visit_day", "kind", "subject", "seconds", "kiosk");
    }

    @Test
    void csvHasOneRowPerDay() {
        String csv = VisitStatistics.csv(List.of(
                new VisitStatistics.Day(LocalDate.parse("2026-11-20"), 3, 2, 1, 4, 52.25, 1, 3)));
        assertThat(csv).isEqualTo("day,kiosk_visits,tours_started,tours_finished,stops_timed,average_seconds_per_stop,"
                + "quizzes_completed,kiosk_resets\r\n2026-11-20,3,2,1,4,52.3,1,3\r\n");
    }

    @Test
    void countsOfDaysMoreThanTwoYearsAgoAreDeleted() {
        clock.set(Instant.parse("2024-11-19T01:00:00Z")); // 19 November 2024 in Seoul
        statistics.record(Kind.TOUR_STARTED, "road-to-war", null, false);
        clock.set(Instant.parse("2024-11-20T01:00:00Z"));
        statistics.record(Kind.TOUR_STARTED, "armistice", null, false);
        clock.set(Instant.parse("2026-11-19T16:00:00Z")); // 20 November 2026, 01:00 in Seoul: 730 days after the second

        statistics.deleteExpired();

        assertThat(jdbc.sql("SELECT subject FROM visit_event").query(String.class).list()).containsExactly("armistice");
    }
}
