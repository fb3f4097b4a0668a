package org.cables.classroom;

import java.time.Instant;

import org.cables.content.TourId;

/**
 * A class: a teacher taking students through a tour. While {@code led}, every student sees the
 * teacher's stop ({@code currentStop}, counted from 0); otherwise students explore freely.
 */
public record ClassSession(String id, JoinCode code, String teacher, String title, TourId tour, boolean led,
                           int currentStop, Instant createdAt, Instant closedAt, Instant deleteAfter) {

    public boolean open() {
        return closedAt == null;
    }
}
