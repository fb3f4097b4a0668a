package org.cables.sets;

import java.time.Instant;

import org.cables.classroom.JoinCode;
import org.cables.classroom.Lesson;

/**
 * A teacher's own document set: a {@link Lesson} they build from the archive, with a share code
 * by which another teacher can copy it. It is kept until {@code deleteAfter} (the classes'
 * retention after it was last changed or used).
 */
public record DocumentSet(String id, String teacher, JoinCode shareCode, Lesson lesson, Instant createdAt, Instant updatedAt,
                          Instant deleteAfter) {

    public String title() {
        return lesson.title();
    }
}
