package org.cables.incident;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cables.system.RetentionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Records unexpected errors: every one goes to the log with its reference, and is kept in
 * the database when the database can take it. Recording never throws, so that reporting an
 * error cannot cause a second one.
 */
@Service
public class IncidentLog {

    private static final Logger log = LoggerFactory.getLogger(IncidentLog.class);

    private final IncidentRepository repository;
    private final Clock clock;
    private final RetentionProperties retention;

    IncidentLog(IncidentRepository repository, Clock clock, RetentionProperties retention) {
        this.repository = repository;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Logs the error with a new reference and keeps it.
     *
     * @param location where it happened (a route, or a request path)
     * @return the reference to show to the visitor
     */
    public IncidentId record(String location, Throwable error) {
        IncidentId id = IncidentId.random();
        // Staff need the real cause, not the framework exceptions wrapped around it.
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(error);
        Incident incident = new Incident(id, clock.instant(), location, cause.getClass().getName(), cause.getMessage());
        log.error("Incident {} at '{}'", id, incident.location(), error);
        try {
            repository.save(incident);
        } catch (RuntimeException storeFailure) {
            log.warn("Incident {} could not be stored in the database: {}", id, storeFailure.toString());
        }
        return id;
    }

    public Optional<Incident> find(IncidentId id) {
        return repository.find(id);
    }

    public List<Incident> since(java.time.Instant since) {
        return repository.since(since);
    }

    /** The retention job: incidents older than {@code exhibit.retention.incidents} are deleted. Hourly. */
    @Scheduled(fixedDelayString = "${exhibit.retention.check:PT1H}", initialDelayString = "PT1M")
    @SchedulerLock(name = "incident-retention", lockAtLeastFor = "PT1M")
    public void deleteExpired() {
        int deleted = repository.deleteBefore(clock.instant().minus(retention.incidents()));
        if (deleted > 0) {
            log.info("Deleted {} incident(s) older than {} days.", deleted, retention.incidents().toDays());
        }
    }
}
