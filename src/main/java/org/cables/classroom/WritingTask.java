package org.cables.classroom;

import org.cables.content.CableId;

/**
 * A writing task of an assignment: a question about one document and, where the teacher chose
 * one, a passage of it in the document's own words; with a model answer (the teacher's only) and
 * the rubric it is scored by.
 */
public record WritingTask(String id, String classId, int position, CableId cable, String passage, String prompt,
                          String modelAnswer, Rubric rubric) {

    public boolean hasPassage() {
        return passage != null && !passage.isBlank();
    }
}
