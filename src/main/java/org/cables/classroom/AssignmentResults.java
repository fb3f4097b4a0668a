package org.cables.classroom;

import java.util.List;

import org.cables.content.Quiz;
import org.cables.content.Tour;

/**
 * An assignment's results as CSV (RFC 4180, headers in English like the live class's): a row per
 * student with when they joined and last worked, the stops read, the questions answered and
 * answered rightly, and for each writing task its state, each criterion's score, the total and
 * the teacher's comment. Cells a spreadsheet would take for a formula start with an apostrophe.
 */
final class AssignmentResults {

    private AssignmentResults() {
    }

    static String csv(ClassSession session, Tour tour, List<Quiz.Question> questions, List<WritingTask> tasks,
                      List<Assignments.Progress> progress, java.time.Instant now, java.util.function.Function<String, String> english) {
        StringBuilder csv = new StringBuilder("Student,Joined,Last worked,Stops read,Stops,Questions answered,Right answers,Questions");
        for (int i = 0; i < tasks.size(); i++) {
            WritingTask task = tasks.get(i);
            String name = "W" + (i + 1);
            csv.append(',').append(ClassResults.cell(name + ": " + task.prompt())).append(',').append(name).append(" submitted");
            for (Rubric.Criterion criterion : task.rubric().criteria()) {
                csv.append(',').append(ClassResults.cell(name + " " + criterion.label(english)));
            }
            csv.append(',').append(name).append(" score,").append(name).append(" out of,").append(name).append(" comment");
        }
        csv.append("\r\n");
        for (Assignments.Progress row : progress) {
            Assignments.Work work = row.work();
            csv.append(ClassResults.cell(row.student().name())).append(',').append(row.student().joinedAt()).append(',')
                    .append(row.lastSeen() == null ? "" : row.lastSeen()).append(',')
                    .append(tour.stops().stream().filter(s -> work.read().contains(s.id())).count()).append(',').append(tour.stops().size()).append(',')
                    .append(questions.stream().filter(q -> work.answers().containsKey(q.id())).count()).append(',')
                    .append(questions.stream().filter(q -> work.answers().containsKey(q.id()) && work.answers().get(q.id()).correct()).count())
                    .append(',').append(questions.size());
            for (WritingTask task : tasks) {
                Writing writing = work.writing(task).orElse(null);
                String state = writing == null || (!writing.isSubmitted() && writing.draft().isBlank()) ? "not started"
                        : !writing.isSubmitted() ? (session.lateAt(now) ? "draft, not submitted (late)" : "draft, not submitted")
                        : session.lateAt(writing.submittedAt()) ? "late" : "on time";
                csv.append(',').append(state).append(',').append(writing != null && writing.isSubmitted() ? writing.submittedAt().toString() : "");
                for (int c = 0; c < task.rubric().criteria().size(); c++) {
                    csv.append(',').append(writing != null && writing.isScored() ? writing.scores().get(c).toString() : "");
                }
                csv.append(',').append(writing != null && writing.isScored() ? Integer.toString(writing.total()) : "")
                        .append(',').append(task.rubric().maxScore())
                        .append(',').append(ClassResults.cell(writing != null && writing.comment() != null ? writing.comment() : ""));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }
}
