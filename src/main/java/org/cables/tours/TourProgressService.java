package org.cables.tours;

import java.time.Clock;
import java.util.Optional;

import org.cables.content.TourId;
import org.cables.statistics.VisitStatistics;
import org.cables.visitor.VisitorForgotten;
import org.cables.visitor.VisitorId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Remembers where each anonymous visitor is in each tour. */
@Service
class TourProgressService {

    /** Where a visitor is: the stop number reached, and whether they finished. */
    record Progress(int stopNumber, boolean finished) {
    }

    private final TourProgressRepository repository;
    private final Clock clock;
    private final VisitStatistics statistics;

    TourProgressService(TourProgressRepository repository, Clock clock, VisitStatistics statistics) {
        this.repository = repository;
        this.clock = clock;
        this.statistics = statistics;
    }

    @Transactional(readOnly = true)
    public Optional<Progress> progress(VisitorId visitor, TourId tour) {
        return repository.findById(new TourProgress.Key(visitor.value(), tour.value()))
                .map(p -> new Progress(p.stopNumber(), p.finished()));
    }

    /** The visitor has reached a stop (a finished tour started again becomes unfinished). */
    @Transactional
    public void reached(VisitorId visitor, TourId tour, int stopNumber) {
        TourProgress.Key key = new TourProgress.Key(visitor.value(), tour.value());
        TourProgress progress = repository.findById(key).orElse(null);
        if (progress == null) {
            repository.save(new TourProgress(visitor.value(), tour.value(), stopNumber, clock.instant()));
            statistics.record(VisitStatistics.Kind.TOUR_STARTED, tour.value());
        } else if (progress.finished() && stopNumber == 1) {
            progress.restart(clock.instant());
            statistics.record(VisitStatistics.Kind.TOUR_STARTED, tour.value());
        } else if (!progress.finished()) {
            progress.reached(stopNumber, clock.instant());
        }
    }

    @Transactional
    public void finished(VisitorId visitor, TourId tour, int lastStop) {
        TourProgress.Key key = new TourProgress.Key(visitor.value(), tour.value());
        TourProgress progress = repository.findById(key)
                .orElseGet(() -> repository.save(new TourProgress(visitor.value(), tour.value(), lastStop, clock.instant())));
        boolean already = progress.finished();
        progress.reached(lastStop, clock.instant());
        progress.finish(clock.instant());
        if (!already) {
            statistics.record(VisitStatistics.Kind.TOUR_FINISHED, tour.value());
        }
    }

    /** A kiosk's visitor has gone: their places in the tours go with them. */
    @EventListener
    @Transactional
    public void forget(VisitorForgotten forgotten) {
        repository.deleteByVisitor(forgotten.visitor().value());
    }
}
