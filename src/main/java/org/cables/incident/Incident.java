package org.cables.incident;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An unexpected error that a visitor met, kept so that staff can find it by its reference. */
@Entity
@Table(name = "incident")
public class Incident {

    static final int MAX_MESSAGE = 1000;
    static final int MAX_LOCATION = 500;

    @Id
    @Column(name = "id", length = 9)
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "location", length = MAX_LOCATION)
    private String location;

    @Column(name = "error_type", nullable = false, length = 300)
    private String errorType;

    @Column(name = "message", length = MAX_MESSAGE)
    private String message;

    protected Incident() {
        // for JPA
    }

    public Incident(IncidentId id, Instant occurredAt, String location, String errorType, String message) {
        this.id = id.value();
        this.occurredAt = occurredAt;
        this.location = truncate(location, MAX_LOCATION);
        this.errorType = truncate(errorType, 300);
        this.message = truncate(message, MAX_MESSAGE);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public IncidentId id() {
        return new IncidentId(id);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String location() {
        return location;
    }

    public String errorType() {
        return errorType;
    }

    public String message() {
        return message;
    }
}
