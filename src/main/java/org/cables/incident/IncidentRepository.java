package org.cables.incident;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentRepository extends JpaRepository<Incident, String> {

    List<Incident> findByOccurredAtAfterOrderByOccurredAtDesc(Instant since);
}
