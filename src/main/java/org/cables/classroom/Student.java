package org.cables.classroom;

import java.time.Instant;

/** A student in a class: the name they chose and where they are in the tour (counted from 0). No account. */
public record Student(String id, String classId, String name, Instant joinedAt, int currentStop) {
}
