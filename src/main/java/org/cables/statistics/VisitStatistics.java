package org.cables.statistics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cables.system.RetentionProperties;
import org.cables.visitor.KioskMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymous counts of what visitors do: tours started and finished, time spent at each tour
 * stop, quizzes completed, kiosk visits begun and kiosks reset. Nothing about who: no visitor
 * id, no address. A failure to count never disturbs the visitor.
 */
@Service
public class VisitStatistics {

    private static final Logger log = LoggerFactory.getLogger(VisitStatistics.class);

    /** The longest time at one stop that counts; more means the visitor walked away. */
    static final Duration LONGEST_STOP = Duration.ofMinutes(30);

    /** What happened. */
    public enum Kind {
        /** A visitor touched "begin" on a kiosk's attract loop. */
        KIOSK_VISIT,
        TOUR_STARTED,
        TOUR_FINISHED,
        /** A visitor moved on from a tour stop after {@code seconds} there. */
        STOP_TIME,
        QUIZ_COMPLETED,
        /** A kiosk went back to its attract loop after nobody touched it. */
        KIOSK_RESET
    }

    /** Which visits to count. */
    public enum Channel {
        ALL, KIOSK, WEB;

        String condition() {
            return switch (this) {
                case ALL -> "";
                case KIOSK -> " AND kiosk = TRUE";
                case WEB -> " AND kiosk = FALSE";
            };
        }
    }

    /** One day's figures. */
    public record Day(LocalDate day, int kioskVisits, int toursStarted, int toursFinished, int stopsTimed,
                      double averageSecondsPerStop, int quizzesCompleted, int kioskResets) {
    }

    /** The time visitors spent at one stop over a period. */
    public record StopTime(String stop, int visits, double averageSeconds) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KioskMode kiosk;
    private final RetentionProperties retention;
    /**
     * A count is written in a nested transaction: within the caller's transaction (a move between
     * stops, a finished quiz), behind a savepoint, so that a count that fails is rolled back alone.
     * PostgreSQL refuses every later statement of a transaction in which one has failed until it
     * is rolled back to a savepoint; without one, a failed count would lose the visitor's place or
     * the quiz's finish that shares its transaction. Outside a transaction, a transaction of its own.
     */
    private final TransactionTemplate ownSavepoint;

    public VisitStatistics(JdbcClient jdbc, Clock clock, KioskMode kiosk, RetentionProperties retention,
                           PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.kiosk = kiosk;
        this.retention = retention;
        this.ownSavepoint = new TransactionTemplate(transactions);
        this.ownSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The retention job: the counts of days longer ago than {@code exhibit.retention.visit-events} are deleted. Hourly. */
    @Scheduled(fixedDelayString = "${exhibit.retention.check:PT1H}", initialDelayString = "PT1M")
    @SchedulerLock(name = "visit-event-retention", lockAtLeastFor = "PT1M")
    public void deleteExpired() {
        LocalDate firstKept = LocalDate.ofInstant(clock.instant(), clock.getZone()).minusDays(retention.visitEvents().toDays());
        int deleted = jdbc.sql("DELETE FROM visit_event WHERE visit_day < ?").param(Date.valueOf(firstKept)).update();
        if (deleted > 0) {
            log.info("Deleted {} visit count(s) from before {}.", deleted, firstKept);
        }
    }

    /** Counts something that happened in the current visit (kiosk or web as the visit is). */
    public void record(Kind kind, String subject) {
        record(kind, subject, null, kiosk.active());
    }

    /** Counts the time a visitor spent at a tour stop before moving on. */
    public void recordStopTime(String stop, Instant arrived) {
        recordStopTime(stop, arrived, clock.instant());
    }

    /** Counts the time a visitor spent at a tour stop, from {@code arrived} until {@code left}. */
    public void recordStopTime(String stop, Instant arrived, Instant left) {
        Duration spent = Duration.between(arrived, left);
        if (spent.isNegative() || spent.compareTo(LONGEST_STOP) > 0) {
            return;
        }
        record(Kind.STOP_TIME, stop, (int) spent.toSeconds(), kiosk.active());
    }

    public void record(Kind kind, String subject, Integer seconds, boolean onKiosk) {
        Instant now = clock.instant();
        try {
            ownSavepoint.executeWithoutResult(status -> jdbc
                    .sql("INSERT INTO visit_event (occurred_at, visit_day, kind, subject, seconds, kiosk) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(Timestamp.from(now), Date.valueOf(LocalDate.ofInstant(now, clock.getZone())), kind.name(),
                            subject, seconds, onKiosk)
                    .update());
        } catch (RuntimeException e) {
            log.warn("Could not count {} {}: {}", kind, subject, e.toString());
        }
    }

    /** Figures per day, oldest first, for the days from {@code first} to {@code last} that saw anything. */
    public List<Day> days(LocalDate first, LocalDate last, Channel channel) {
        Map<LocalDate, int[]> counts = new TreeMap<>();
        Map<LocalDate, long[]> seconds = new TreeMap<>();
        jdbc.sql("SELECT visit_day, kind, COUNT(*) AS n, SUM(seconds) AS s FROM visit_event WHERE visit_day BETWEEN ? AND ?"
                        + channel.condition() + " GROUP BY visit_day, kind")
                .params(Date.valueOf(first), Date.valueOf(last))
                .query((rs, n) -> {
                    LocalDate day = rs.getDate("visit_day").toLocalDate();
                    Kind kind;
                    try {
                        kind = Kind.valueOf(rs.getString("kind"));
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                    counts.computeIfAbsent(day, d -> new int[Kind.values().length])[kind.ordinal()] = rs.getInt("n");
                    if (kind == Kind.STOP_TIME) {
                        seconds.computeIfAbsent(day, d -> new long[1])[0] = rs.getLong("s");
                    }
                    return null;
                })
                .list();
        List<Day> days = new ArrayList<>();
        counts.forEach((day, c) -> {
            int timed = c[Kind.STOP_TIME.ordinal()];
            double average = timed == 0 ? 0 : (double) seconds.getOrDefault(day, new long[1])[0] / timed;
            days.add(new Day(day, c[Kind.KIOSK_VISIT.ordinal()], c[Kind.TOUR_STARTED.ordinal()], c[Kind.TOUR_FINISHED.ordinal()],
                    timed, average, c[Kind.QUIZ_COMPLETED.ordinal()], c[Kind.KIOSK_RESET.ordinal()]));
        });
        return days;
    }

    /** Time per tour stop over a period, the stops visitors lingered at longest first. */
    public List<StopTime> stopTimes(LocalDate first, LocalDate last, Channel channel) {
        return jdbc.sql("SELECT subject, COUNT(*) AS n, AVG(CAST(seconds AS DOUBLE PRECISION)) AS a FROM visit_event "
                        + "WHERE kind = 'STOP_TIME' AND visit_day BETWEEN ? AND ?" + channel.condition()
                        + " GROUP BY subject ORDER BY a DESC, subject")
                .params(Date.valueOf(first), Date.valueOf(last))
                .query((rs, n) -> new StopTime(rs.getString("subject"), rs.getInt("n"), rs.getDouble("a")))
                .list();
    }

    /** The figures per day as CSV (RFC 4180), for a spreadsheet. */
    public static String csv(List<Day> days) {
        StringBuilder out = new StringBuilder(
                "day,kiosk_visits,tours_started,tours_finished,stops_timed,average_seconds_per_stop,quizzes_completed,kiosk_resets\r\n");
        for (Day d : days) {
            out.append(d.day()).append(',').append(d.kioskVisits()).append(',').append(d.toursStarted()).append(',')
                    .append(d.toursFinished()).append(',').append(d.stopsTimed()).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.1f", d.averageSecondsPerStop())).append(',')
                    .append(d.quizzesCompleted()).append(',').append(d.kioskResets()).append("\r\n");
        }
        return out.toString();
    }
}
