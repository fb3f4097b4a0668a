package org.cables.tours;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** How far a visitor has got in a tour. */
@Entity
@Table(name = "tour_progress")
class TourProgress {

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "visitor_id", length = 36)
        String visitorId;
        @Column(name = "tour_id", length = 100)
        String tourId;

        protected Key() {
        }

        Key(String visitorId, String tourId) {
            this.visitorId = visitorId;
            this.tourId = tourId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.visitorId.equals(visitorId) && k.tourId.equals(tourId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(visitorId, tourId);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "stop_number", nullable = false)
    private int stopNumber;

    @Column(name = "finished", nullable = false)
    private boolean finished;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TourProgress() {
    }

    TourProgress(String visitorId, String tourId, int stopNumber, Instant at) {
        this.key = new Key(visitorId, tourId);
        this.stopNumber = stopNumber;
        this.updatedAt = at;
    }

    int stopNumber() {
        return stopNumber;
    }

    boolean finished() {
        return finished;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    void reached(int stop, Instant at) {
        this.stopNumber = stop;
        this.updatedAt = at;
    }

    void finish(Instant at) {
        this.finished = true;
        this.updatedAt = at;
    }

    void restart(Instant at) {
        this.finished = false;
        this.stopNumber = 1;
        this.updatedAt = at;
    }
}
