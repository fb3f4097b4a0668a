package org.cables.tours;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cables.content.TourId;
import org.cables.statistics.VisitStatistics;
import org.cables.system.RetentionProperties;
import org.cables.visitor.VisitorForgotten;
import org.cables.visitor.VisitorId;
import org.springframework.context.event.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers where each anonymous visitor is in each tour (the {@code tour_progress} table, Flyway
 * V0002), for {@code exhibit.retention.tour-places} after their last move in it.
 */
@Service
class TourProgressService {

    private static final Logger LOG = LoggerFactory.getLogger(TourProgressService.class);

    /** Where a visitor is: the stop number reached, and whether they finished. */
    record Progress(int stopNumber, boolean finished) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final VisitStatistics statistics;
    private final RetentionProperties retention;

    TourProgressService(JdbcClient jdbc, Clock clock, VisitStatistics statistics, RetentionProperties retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.statistics = statistics;
        this.retention = retention;
    }

    public Optional<Progress> progress(VisitorId visitor, TourId tour) {
        return jdbc.sql("SELECT stop_number, finished FROM tour_progress WHERE visitor_id = ? AND tour_id = ?")
                .params(visitor.value(), tour.value())
                .query((rs, row) -> new Progress(rs.getInt("stop_number"), rs.getBoolean("finished")))
                .optional();
    }

    /** The visitor has reached a stop (a finished tour started again becomes unfinished). */
    @Transactional
    public void reached(VisitorId visitor, TourId tour, int stopNumber) {
        reached(visitor, tour, stopNumber, Optional.empty());
    }

    /** A stop the visitor left for this one, and when they arrived there and left. */
    record StopLeft(String stop, java.time.Instant arrived, java.time.Instant left) {
    }

    /**
     * The visitor has reached a stop, coming from {@code left}: the time spent there is counted in
     * the same transaction, so a move from stop to stop is one commit, not two (with H2 writing
     * every commit at once, decision 15, commits took 8% of the processor's time in a profile under
     * load; issue 22, decision 64).
     */
    @Transactional
    public void reached(VisitorId visitor, TourId tour, int stopNumber, Optional<StopLeft> left) {
        left.ifPresent(stop -> statistics.recordStopTime(stop.stop(), stop.arrived(), stop.left()));
        Optional<Progress> progress = progress(visitor, tour);
        if (progress.isEmpty()) {
            insert(visitor, tour, stopNumber);
            statistics.record(VisitStatistics.Kind.TOUR_STARTED, tour.value());
        } else if (progress.get().finished() && stopNumber == 1) {
            update(visitor, tour, 1, false);
            statistics.record(VisitStatistics.Kind.TOUR_STARTED, tour.value());
        } else if (!progress.get().finished()) {
            update(visitor, tour, stopNumber, false);
        }
    }

    @Transactional
    public void finished(VisitorId visitor, TourId tour, int lastStop) {
        Optional<Progress> progress = progress(visitor, tour);
        if (progress.isEmpty()) {
            insert(visitor, tour, lastStop);
        }
        update(visitor, tour, lastStop, true);
        if (progress.map(p -> !p.finished()).orElse(true)) {
            statistics.record(VisitStatistics.Kind.TOUR_FINISHED, tour.value());
        }
    }

    /** A kiosk's visitor has gone: their places in the tours go with them. */
    @EventListener
    public void forget(VisitorForgotten forgotten) {
        jdbc.sql("DELETE FROM tour_progress WHERE visitor_id = ?").param(forgotten.visitor().value()).update();
    }

    /** The retention job: places nobody has moved on from for {@code exhibit.retention.tour-places} are deleted. Hourly. */
    @Scheduled(fixedDelayString = "${exhibit.retention.check:PT1H}", initialDelayString = "PT1M")
    @SchedulerLock(name = "tour-place-retention", lockAtLeastFor = "PT1M")
    public void deleteExpired() {
        int deleted = jdbc.sql("DELETE FROM tour_progress WHERE updated_at < ?")
                .param(Timestamp.from(clock.instant().minus(retention.tourPlaces()))).update();
        if (deleted > 0) {
            LOG.info("Deleted {} anonymous tour place(s) untouched for {} days.", deleted, retention.tourPlaces().toDays());
        }
    }

    private void insert(VisitorId visitor, TourId tour, int stopNumber) {
        jdbc.sql("INSERT INTO tour_progress (visitor_id, tour_id, stop_number, finished, updated_at) VALUES (?, ?, ?, FALSE, ?)")
                .params(visitor.value(), tour.value(), stopNumber, Timestamp.from(clock.instant()))
                .update();
    }

    private void update(VisitorId visitor, TourId tour, int stopNumber, boolean finished) {
        jdbc.sql("UPDATE tour_progress SET stop_number = ?, finished = ?, updated_at = ? WHERE visitor_id = ? AND tour_id = ?")
                .params(stopNumber, finished, Timestamp.from(clock.instant()), visitor.value(), tour.value())
                .update();
    }
}
