package org.cables.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code incident} table (Flyway V0001). */
@Repository
class IncidentRepository {

    private final JdbcClient jdbc;

    IncidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Incident incident) {
        jdbc.sql("INSERT INTO incident (id, occurred_at, location, error_type, message) VALUES (?, ?, ?, ?, ?)")
                .params(incident.id().value(), Timestamp.from(incident.occurredAt()), incident.location(),
                        incident.errorType(), incident.message())
                .update();
    }

    Optional<Incident> find(IncidentId id) {
        return jdbc.sql("SELECT id, occurred_at, location, error_type, message FROM incident WHERE id = ?")
                .param(id.value()).query(IncidentRepository::incident).optional();
    }

    /** Incidents after a moment, newest first. */
    List<Incident> since(java.time.Instant since) {
        return jdbc.sql("SELECT id, occurred_at, location, error_type, message FROM incident WHERE occurred_at > ? "
                        + "ORDER BY occurred_at DESC")
                .param(Timestamp.from(since)).query(IncidentRepository::incident).list();
    }

    /** Deletes the incidents that happened before a moment; how many. */
    int deleteBefore(java.time.Instant moment) {
        return jdbc.sql("DELETE FROM incident WHERE occurred_at < ?").param(Timestamp.from(moment)).update();
    }

    private static Incident incident(ResultSet rs, int row) throws SQLException {
        return new Incident(new IncidentId(rs.getString("id")), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("location"), rs.getString("error_type"), rs.getString("message"));
    }
}
