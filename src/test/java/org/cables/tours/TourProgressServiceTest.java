package org.cables.tours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.cables.content.TourId;
import org.cables.statistics.MutableClock;
import org.cables.visitor.VisitorId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Tour progress on H2 (Flyway V0002): reached, finished, started again, counted, forgotten. */
@JdbcTest
@Import({TourProgressService.class, TourProgressServiceTest.FixedClock.class,
        org.cables.statistics.StatisticsSlice.class})
class TourProgressServiceTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        @org.springframework.context.annotation.Primary
        MutableClock fixedClock() {
            return new MutableClock(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    TourProgressService service;

    final VisitorId visitor = new VisitorId(UUID.randomUUID().toString());
    final TourId tour = new TourId("road-to-war");

    @Test
    void remembersTheLastStopReached() {
        assertThat(service.progress(visitor, tour)).isEmpty();
        service.reached(visitor, tour, 1);
        service.reached(visitor, tour, 4);
        assertThat(service.progress(visitor, tour)).contains(new TourProgressService.Progress(4, false));
    }

    @Test
    void aFinishedTourStaysFinishedUntilStartedAgain() {
        service.reached(visitor, tour, 9);
        service.finished(visitor, tour, 10);
        service.reached(visitor, tour, 5);
        assertThat(service.progress(visitor, tour)).contains(new TourProgressService.Progress(10, true));
        service.reached(visitor, tour, 1);
        assertThat(service.progress(visitor, tour)).contains(new TourProgressService.Progress(1, false));
    }

    @Test
    void visitorsAreKeptApart() {
        VisitorId other = new VisitorId(UUID.randomUUID().toString());
        service.reached(visitor, tour, 3);
        assertThat(service.progress(other, tour)).isEmpty();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void startsAndFinishesAreCountedOnce() {
        int started = count("TOUR_STARTED");
        int finished = count("TOUR_FINISHED");
        service.reached(visitor, tour, 1);
        service.reached(visitor, tour, 2);
        service.finished(visitor, tour, 10);
        service.finished(visitor, tour, 10);
        assertThat(count("TOUR_STARTED")).isEqualTo(started + 1);
        assertThat(count("TOUR_FINISHED")).isEqualTo(finished + 1);
        service.reached(visitor, tour, 1); // taken again from the start
        assertThat(count("TOUR_STARTED")).isEqualTo(started + 2);
    }

    @Test
    void aForgottenVisitorLeavesNoPlaceBehind() {
        VisitorId other = new VisitorId(UUID.randomUUID().toString());
        service.reached(visitor, tour, 3);
        service.reached(visitor, new TourId("armistice"), 2);
        service.reached(other, tour, 5);
        service.forget(new org.cables.visitor.VisitorForgotten(visitor));
        assertThat(service.progress(visitor, tour)).isEmpty();
        assertThat(service.progress(visitor, new TourId("armistice"))).isEmpty();
        assertThat(service.progress(other, tour)).contains(new TourProgressService.Progress(5, false));
    }

    private int count(String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM visit_event WHERE kind = ?").param(kind).query(Integer.class).single();
    }

    @Test
    void aPlaceNobodyMovedOnFromForHalfAYearIsDeleted() {
        VisitorId gone = new VisitorId(UUID.randomUUID().toString());
        service.reached(gone, tour, 3);
        clock.advance(java.time.Duration.ofDays(100));
        service.reached(visitor, tour, 2);
        clock.advance(java.time.Duration.ofDays(81)); // 181 days after the first visitor's last move

        service.deleteExpired();

        assertThat(service.progress(gone, tour)).isEmpty();
        assertThat(service.progress(visitor, tour)).contains(new TourProgressService.Progress(2, false));
    }
}
