package org.cables.classroom;

import java.time.Instant;
import java.util.List;

/**
 * What one student wrote for one task: the draft as last saved (saved while they type), the text
 * as last submitted, how many times it was submitted, and the teacher's scores (one per criterion
 * of the rubric, empty until scored) and comment. The text is always shown as text, never as HTML.
 */
public record Writing(String taskId, String studentId, String draft, Instant savedAt, String submitted, Instant submittedAt,
                      int revisions, List<Integer> scores, String comment, Instant scoredAt) {

    public Writing {
        scores = List.copyOf(scores);
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isScored() {
        return scoredAt != null;
    }

    public int total() {
        return scores.stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether the draft differs from what was submitted (or nothing was submitted yet). */
    public boolean hasUnsubmittedChanges() {
        return !draft.isBlank() && !draft.equals(submitted);
    }

    /** Whether the student submitted again after the teacher scored. */
    public boolean revisedSinceScored() {
        return isScored() && isSubmitted() && submittedAt.isAfter(scoredAt);
    }
}
