package org.cables.classroom;

import java.time.Instant;
import java.time.YearMonth;

import org.cables.content.TourId;

/**
 * A class: a teacher taking students through a tour. While {@code led}, every student sees the
 * teacher's stop ({@code currentStop}, counted from 0); otherwise students explore freely.
 * An assignment ({@code opensAt} set) is worked through by each student at their own pace
 * between its opening and its due date; a live class has neither date. A class on a teacher's
 * own document set keeps a copy of it ({@code lesson}), shown as a tour ({@code tour} is its id).
 * While the teacher shows the correspondence network, every student sees it over the months
 * {@code networkFrom} to {@code networkTo} (both null otherwise).
 */
public record ClassSession(String id, JoinCode code, String teacher, String title, TourId tour, boolean led,
                           int currentStop, Instant createdAt, Instant closedAt, Instant deleteAfter,
                           Instant opensAt, Instant dueAt, Lesson lesson, YearMonth networkFrom, YearMonth networkTo) {

    /** Whether the teacher has put the correspondence network on every student's screen. */
    public boolean showsNetwork() {
        return networkFrom != null && networkTo != null;
    }

    public boolean open() {
        return closedAt == null;
    }

    /** Students work through it on their own, between {@link #opensAt} and {@link #dueAt}. */
    public boolean assignment() {
        return opensAt != null;
    }

    /** Whether students may start work at this moment (an assignment opens at its date; a live class at once). */
    public boolean openAt(Instant now) {
        return open() && (opensAt == null || !now.isBefore(opensAt));
    }

    /** Whether something done at this moment comes after the due date. */
    public boolean lateAt(Instant moment) {
        return dueAt != null && moment.isAfter(dueAt);
    }
}
