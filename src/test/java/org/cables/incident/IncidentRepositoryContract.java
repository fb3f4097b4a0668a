package org.cables.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the incident table must do on every database the exhibit supports. Subclasses pick
 * the database: H2 always, PostgreSQL where one is available (always in CI).
 */
abstract class IncidentRepositoryContract {

    @Autowired
    IncidentRepository repository;

    @Test
    void keepsAnIncidentFindableByItsReference() {
        IncidentId id = IncidentId.random();
        repository.save(new Incident(id, Instant.parse("1950-06-25T04:00:00Z"), "/archive",
                "java.lang.IllegalStateException", "a message with ünïcödé and 한국어"));

        Incident found = repository.find(id).orElseThrow();
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.occurredAt()).isEqualTo(Instant.parse("1950-06-25T04:00:00Z"));
        assertThat(found.message()).isEqualTo("a message with ünïcödé and 한국어");
    }

    @Test
    void cutsOverlongTextInsteadOfFailing() {
        IncidentId id = IncidentId.random();
        repository.save(new Incident(id, Instant.now(), "/" + "x".repeat(2000),
                "E", "m".repeat(5000)));
        Incident found = repository.find(id).orElseThrow();
        assertThat(found.message()).hasSize(Incident.MAX_MESSAGE);
        assertThat(found.location()).hasSize(Incident.MAX_LOCATION);
    }

    @Test
    void listsRecentIncidentsNewestFirst() {
        IncidentId older = IncidentId.random();
        IncidentId newer = IncidentId.random();
        repository.save(new Incident(older, Instant.parse("2026-01-01T10:00:00Z"), "/", "E", "older"));
        repository.save(new Incident(newer, Instant.parse("2026-01-02T10:00:00Z"), "/", "E", "newer"));

        assertThat(repository.since(Instant.parse("2025-12-31T00:00:00Z")))
                .extracting(Incident::id)
                .containsSubsequence(newer, older);
    }

    @Test
    void keepsTheAddressWithoutWhatTheVisitorTyped() {
        IncidentId id = IncidentId.random();
        repository.save(new Incident(id, Instant.now(), "/archive?q=Kim+Il+Sung&from=1950-06-25", "E", "m"));
        assertThat(repository.find(id).orElseThrow().location()).isEqualTo("/archive");
    }

    @Test
    void deletesIncidentsBeforeAMoment() {
        IncidentId older = IncidentId.random();
        IncidentId newer = IncidentId.random();
        repository.save(new Incident(older, Instant.parse("2026-01-01T10:00:00Z"), "/", "E", "older"));
        repository.save(new Incident(newer, Instant.parse("2026-04-01T10:00:00Z"), "/", "E", "newer"));

        repository.deleteBefore(Instant.parse("2026-04-01T00:00:00Z"));

        assertThat(repository.find(older)).isEmpty();
        assertThat(repository.find(newer)).isPresent();
    }
}
