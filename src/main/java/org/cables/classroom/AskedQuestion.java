package org.cables.classroom;

import java.time.Instant;

import org.cables.content.QuestionId;

/** A question of the tour's quiz that the teacher asked the class. */
public record AskedQuestion(String id, String classId, QuestionId questionId, Instant askedAt, Instant revealedAt, Instant closedAt) {

    public boolean revealed() {
        return revealedAt != null;
    }

    public boolean open() {
        return closedAt == null;
    }
}
