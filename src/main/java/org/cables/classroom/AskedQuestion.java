package org.cables.classroom;

import java.time.Instant;

/** A question of the tour's quiz that the teacher asked the class. */
public record AskedQuestion(String id, String classId, String questionId, Instant askedAt, Instant revealedAt, Instant closedAt) {

    public boolean revealed() {
        return revealedAt != null;
    }

    public boolean open() {
        return closedAt == null;
    }
}
