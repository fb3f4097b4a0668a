package org.cables.classroom;

import java.time.Instant;

/**
 * A student in a class: the name they chose and where they are in the tour (counted from 0). No
 * account. A student of an assignment also has a short personal code ({@code reentryCode}) to
 * carry on from another device; a live class's students have none.
 */
public record Student(String id, String classId, String name, Instant joinedAt, int currentStop, String reentryCode) {
}
