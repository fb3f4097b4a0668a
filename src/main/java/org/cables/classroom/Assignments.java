package org.cables.classroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cables.classroom.ClassroomEvents.Change;
import org.cables.content.Cable;
import org.cables.content.CableId;
import org.cables.content.ExhibitContent;
import org.cables.content.QuestionId;
import org.cables.content.Quiz;
import org.cables.content.StopId;
import org.cables.content.Tour;
import org.cables.quiz.QuizAnswer;
import org.cables.quiz.QuizScoring;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments: what each student of a self-paced class has done (stops read, questions answered,
 * writing saved and submitted) and the teacher's scores. Every write is committed before the
 * student is told it was saved; every read is scoped to the student's own work or the teacher's
 * own class ({@link Classrooms#ofTeacher}). Changes are announced to the class's screens.
 */
@Service
public class Assignments {

    public static final int MAX_WRITING = 5_000;
    public static final int MAX_PROMPT = 1_000;
    public static final int MAX_MODEL_ANSWER = 4_000;
    public static final int MAX_COMMENT = 2_000;
    public static final int MAX_TASKS = 10;

    /** An answer a student gave in their own time; the first one counts. */
    public record Answered(QuizAnswer answer, boolean correct, Instant at) {
    }

    /** Everything one student has done in an assignment. */
    public record Work(Set<StopId> read, Map<QuestionId, Answered> answers, Map<String, Writing> writing) {

        public Work {
            read = Set.copyOf(read);
            answers = Map.copyOf(answers);
            writing = Map.copyOf(writing);
        }

        public Optional<Writing> writing(WritingTask task) {
            return Optional.ofNullable(writing.get(task.id()));
        }

        public int right() {
            return (int) answers.values().stream().filter(Answered::correct).count();
        }
    }

    /** What the teacher sees of one student. */
    public record Progress(Student student, Instant lastSeen, Work work) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Classrooms classrooms;
    private final ExhibitContent content;
    private final ClassroomEvents events;

    Assignments(JdbcClient jdbc, Clock clock, Classrooms classrooms, ExhibitContent content, ClassroomEvents events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.classrooms = classrooms;
        this.content = content;
        this.events = events;
    }

    /** The questions of an assignment: every question of its tour's quiz (the checkpoints among them), in the quiz's order. */
    public List<Quiz.Question> questions(ClassSession session, Locale language) {
        return classrooms.quiz(session, language).map(Quiz::questions).orElse(List.of());
    }

    /** The documents a writing task can be about: those the tour cites, each with the passage it highlights, stop by stop. */
    public List<Tour.CitedCable> documents(ClassSession session) {
        return classrooms.tour(session).map(t -> t.stops().stream().flatMap(s -> s.cables().stream()).distinct().toList()).orElse(List.of());
    }

    // ---- The teacher's writing tasks

    /**
     * Sets a copy of a teacher's own lesson as an assignment; its writing questions become the
     * assignment's writing tasks, each about its document and the passage the lesson highlights there.
     */
    @Transactional
    public ClassSession assign(String teacher, Lesson lesson, String title, Instant opensAt, Instant dueAt) {
        ClassSession session = classrooms.assign(teacher, lesson, title, opensAt, dueAt);
        for (Lesson.Question question : lesson.questions()) {
            if (question.writing()) {
                String highlight = lesson.documents().stream().filter(d -> d.cable().equals(question.cable())).findFirst()
                        .map(Lesson.Document::highlight).orElse(null);
                addTask(session, question.cable(), highlight, question.prompt(), question.modelAnswer(), question.rubric());
            }
        }
        return session;
    }

    /** Adds a writing task about one of the tour's documents; the passage, if any, must be one the tour highlights. */
    @Transactional
    public WritingTask addTask(ClassSession session, CableId cable, String passage, String prompt, String modelAnswer, Rubric rubric) {
        String question = clean(prompt);
        String model = clean(modelAnswer);
        if (question.isEmpty()) {
            throw new AssignmentRefused("writing.refused.prompt-empty");
        }
        if (question.length() > MAX_PROMPT) {
            throw new AssignmentRefused("writing.refused.prompt-long", MAX_PROMPT);
        }
        if (model.isEmpty()) {
            throw new AssignmentRefused("writing.refused.model-empty");
        }
        if (model.length() > MAX_MODEL_ANSWER) {
            throw new AssignmentRefused("writing.refused.model-long", MAX_MODEL_ANSWER);
        }
        boolean known = documents(session).stream().anyMatch(c -> c.cable().equals(cable)
                && (passage == null || passage.isBlank() || passage.equals(c.highlight())));
        if (!known) {
            throw new AssignmentRefused("writing.refused.document");
        }
        List<WritingTask> existing = tasks(session);
        if (existing.size() >= MAX_TASKS) {
            throw new AssignmentRefused("writing.refused.many", MAX_TASKS);
        }
        WritingTask task = new WritingTask(UUID.randomUUID().toString(), session.id(), existing.size(), cable,
                passage == null || passage.isBlank() ? null : passage, question, model, rubric);
        jdbc.sql("INSERT INTO class_writing_task (id, class_id, position, cable_id, passage, prompt, model_answer, criteria) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(task.id(), session.id(), task.position(), cable.value(), task.passage(), question, model, rubric.stored()).update();
        events.publish(session.id(), Change.STOP);
        return task;
    }

    /** Removes a writing task with whatever students wrote for it. */
    @Transactional
    public void removeTask(ClassSession session, String taskId) {
        jdbc.sql("DELETE FROM class_writing WHERE task_id IN (SELECT id FROM class_writing_task WHERE id = ? AND class_id = ?)")
                .params(taskId, session.id()).update();
        jdbc.sql("DELETE FROM class_writing_task WHERE id = ? AND class_id = ?").params(taskId, session.id()).update();
        events.publish(session.id(), Change.STOP);
    }

    public List<WritingTask> tasks(ClassSession session) {
        return tasks(session.id());
    }

    List<WritingTask> tasks(String classId) {
        return jdbc.sql("SELECT id, class_id, position, cable_id, passage, prompt, model_answer, criteria FROM class_writing_task "
                        + "WHERE class_id = ? ORDER BY position, id")
                .param(classId).query(Assignments::task).list();
    }

    // ---- A student's own work

    /** The student has a page of the assignment open: the teacher sees when they last worked. */
    public void seen(Student student) {
        jdbc.sql("UPDATE class_student SET last_seen_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), student.id()).update();
        events.publish(student.classId(), Change.STUDENTS);
    }

    /** Where the student is (a step of the assignment, counted from 0 in its order), so that they come back to it from any device. */
    public void at(Student student, int step) {
        jdbc.sql("UPDATE class_student SET current_stop = ?, last_seen_at = ? WHERE id = ?")
                .params(step, Timestamp.from(clock.instant()), student.id()).update();
    }

    /** The student read a stop (and is at it now, so that they come back to it). */
    @Transactional
    public void read(Student student, StopId stop, int position) {
        ClassSession session = open(student);
        if (classrooms.tour(session).filter(t -> t.stops().stream().anyMatch(s -> s.id().equals(stop))).isEmpty()) {
            return;
        }
        int added = jdbc.sql("INSERT INTO class_stop_read (student_id, stop_id, read_at) SELECT ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM class_stop_read WHERE student_id = ? AND stop_id = ?)")
                .params(student.id(), stop.value(), Timestamp.from(clock.instant()), student.id(), stop.value()).update();
        jdbc.sql("UPDATE class_student SET current_stop = ?, last_seen_at = ? WHERE id = ?")
                .params(position, Timestamp.from(clock.instant()), student.id()).update();
        events.publish(student.classId(), added > 0 ? Change.ANSWERS : Change.STUDENTS);
    }

    /**
     * The student answers a question of the assignment. The first answer counts (a second is
     * ignored and the first returned); an answer that does not fit the question is refused.
     * Committed before the student sees whether it was right.
     */
    @Transactional
    public Answered answer(Student student, QuestionId questionId, QuizAnswer answer) {
        ClassSession session = open(student);
        Quiz.Question question = questions(session, Locale.ENGLISH).stream().filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new AssignmentRefused("work.refused.question"));
        boolean correct = QuizScoring.isCorrect(question, answer);
        Instant now = clock.instant();
        int added = jdbc.sql("INSERT INTO class_work_answer (student_id, question_id, answer, correct, answered_at) SELECT ?, ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM class_work_answer WHERE student_id = ? AND question_id = ?)")
                .params(student.id(), questionId.value(), answer.encode(), correct, Timestamp.from(now), student.id(), questionId.value())
                .update();
        if (added > 0) {
            events.publish(student.classId(), Change.ANSWERS);
        }
        return work(student).answers().get(questionId);
    }

    /**
     * Saves what the student has written so far (called as they type). Refused once the text
     * can no longer change: after the due date for work submitted on time.
     */
    @Transactional
    public Writing saveDraft(Student student, String taskId, String text) {
        ClassSession session = open(student);
        WritingTask task = task(session, taskId);
        String draft = text == null ? "" : text.replace("\u0000", "");
        if (draft.length() > MAX_WRITING) {
            throw new AssignmentRefused("writing.refused.long", MAX_WRITING);
        }
        Optional<Writing> before = writing(task.id(), student.id());
        if (before.filter(w -> locked(session, w)).isPresent()) {
            throw new AssignmentRefused("writing.refused.locked");
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (before.isEmpty()) {
            jdbc.sql("INSERT INTO class_writing (task_id, student_id, draft, saved_at, revisions) VALUES (?, ?, ?, ?, 0)")
                    .params(task.id(), student.id(), draft, now).update();
        } else {
            jdbc.sql("UPDATE class_writing SET draft = ?, saved_at = ? WHERE task_id = ? AND student_id = ?")
                    .params(draft, now, task.id(), student.id()).update();
        }
        if (before.map(w -> w.draft().isBlank()).orElse(true) != draft.isBlank()) {
            // The teacher's page shows "writing" or "not started": told only when that changes, not at every pause.
            events.publish(student.classId(), Change.ANSWERS);
        }
        return writing(task.id(), student.id()).orElseThrow();
    }

    /**
     * Submits the saved draft. Until the due date a student may submit again (a revision); after
     * it, work never submitted may still be handed in once, and is marked late.
     */
    @Transactional
    public Writing submit(Student student, String taskId) {
        ClassSession session = open(student);
        WritingTask task = task(session, taskId);
        Writing writing = writing(task.id(), student.id()).filter(w -> !w.draft().isBlank())
                .orElseThrow(() -> new AssignmentRefused("writing.refused.empty"));
        if (locked(session, writing)) {
            throw new AssignmentRefused("writing.refused.locked");
        }
        jdbc.sql("UPDATE class_writing SET submitted = draft, submitted_at = ?, revisions = revisions + 1 WHERE task_id = ? AND student_id = ?")
                .params(Timestamp.from(clock.instant()), task.id(), student.id()).update();
        events.publish(student.classId(), Change.ANSWERS);
        return writing(task.id(), student.id()).orElseThrow();
    }

    /** Whether the writing can no longer change: submitted and the due date has passed. */
    public boolean locked(ClassSession session, Writing writing) {
        return writing.isSubmitted() && session.lateAt(clock.instant());
    }

    /** Whether something handed in at that moment is late. */
    public boolean late(ClassSession session, Writing writing) {
        return writing.isSubmitted() && session.lateAt(writing.submittedAt());
    }

    /** Everything the student has done (their own work only). */
    public Work work(Student student) {
        return works("student_id = ?", student.id()).getOrDefault(student.id(), NOTHING_DONE);
    }

    private static final Work NOTHING_DONE = new Work(Set.of(), Map.of(), Map.of());

    /**
     * The work of the students a condition selects, by student id: three queries however many
     * students there are (a teacher's page redraws the whole class at every change).
     */
    private Map<String, Work> works(String students, String parameter) {
        Map<String, Set<StopId>> read = new HashMap<>();
        jdbc.sql("SELECT student_id, stop_id FROM class_stop_read WHERE " + students).param(parameter)
                .query((rs, n) -> read.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(new StopId(rs.getString(2)))).list();
        Map<String, Map<QuestionId, Answered>> answers = new HashMap<>();
        jdbc.sql("SELECT student_id, question_id, answer, correct, answered_at FROM class_work_answer WHERE " + students + " ORDER BY answered_at")
                .param(parameter)
                .query((rs, n) -> answers.computeIfAbsent(rs.getString(1), id -> new LinkedHashMap<>()).put(new QuestionId(rs.getString(2)),
                        new Answered(QuizAnswer.decode(rs.getString(3)), rs.getBoolean(4), rs.getTimestamp(5).toInstant())))
                .list();
        Map<String, Map<String, Writing>> writing = new HashMap<>();
        jdbc.sql(SELECT_WRITING + " WHERE " + students).param(parameter).query(Assignments::writing).list()
                .forEach(w -> writing.computeIfAbsent(w.studentId(), id -> new HashMap<>()).put(w.taskId(), w));
        Set<String> ids = new HashSet<>(read.keySet());
        ids.addAll(answers.keySet());
        ids.addAll(writing.keySet());
        Map<String, Work> works = new HashMap<>();
        for (String id : ids) {
            works.put(id, new Work(read.getOrDefault(id, Set.of()), answers.getOrDefault(id, Map.of()), writing.getOrDefault(id, Map.of())));
        }
        return works;
    }

    // ---- The teacher

    /** Scores a student's submitted writing with the task's rubric, with a comment. */
    @Transactional
    public Writing score(ClassSession session, String taskId, String studentId, List<Integer> scores, String comment) {
        WritingTask task = task(session, taskId);
        Writing writing = writing(task.id(), studentId).filter(Writing::isSubmitted)
                .orElseThrow(() -> new AssignmentRefused("score.refused.not-submitted"));
        if (scores.size() != task.rubric().criteria().size() || scores.stream().anyMatch(s -> s == null || s < 0 || s > Rubric.MAX_POINTS)) {
            throw new AssignmentRefused("score.refused.scores", Rubric.MAX_POINTS);
        }
        String words = clean(comment);
        if (words.length() > MAX_COMMENT) {
            throw new AssignmentRefused("score.refused.comment-long", MAX_COMMENT);
        }
        jdbc.sql("UPDATE class_writing SET scores = ?, teacher_comment = ?, scored_at = ? WHERE task_id = ? AND student_id = ?")
                .params(String.join(",", scores.stream().map(String::valueOf).toList()), words, Timestamp.from(clock.instant()),
                        writing.taskId(), writing.studentId()).update();
        events.publish(session.id(), Change.ANSWERS);
        return writing(task.id(), studentId).orElseThrow();
    }

    /** Each student of the teacher's class with their work, in the order they joined. */
    public List<Progress> progress(ClassSession session) {
        Map<String, Work> works = works("student_id IN (SELECT id FROM class_student WHERE class_id = ?)", session.id());
        return jdbc.sql("SELECT id, class_id, display_name, joined_at, current_stop, reentry_code, last_seen_at FROM class_student "
                        + "WHERE class_id = ? ORDER BY joined_at, display_name")
                .param(session.id())
                .query((rs, n) -> {
                    Student student = Classrooms.student(rs, n);
                    return new Progress(student, Classrooms.instant(rs, "last_seen_at"), works.getOrDefault(student.id(), NOTHING_DONE));
                }).list();
    }

    // ---- Rows

    private ClassSession open(Student student) {
        ClassSession session = classrooms.find(student.classId()).filter(ClassSession::assignment)
                .orElseThrow(() -> new AssignmentRefused("work.refused.ended"));
        if (!session.open()) {
            throw new AssignmentRefused("work.refused.ended");
        }
        if (!session.openAt(clock.instant())) {
            throw new AssignmentRefused("work.refused.not-yet");
        }
        return session;
    }

    private WritingTask task(ClassSession session, String taskId) {
        return tasks(session.id()).stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new AssignmentRefused("writing.refused.task"));
    }

    private Optional<Writing> writing(String taskId, String studentId) {
        return jdbc.sql(SELECT_WRITING + " WHERE task_id = ? AND student_id = ?").params(taskId, studentId).query(Assignments::writing).optional();
    }

    /** Control characters (but line breaks) go; surrounding blanks go. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\p{C}&&[^\\n\\t]]", "").strip();
    }

    private static final String SELECT_WRITING = "SELECT task_id, student_id, draft, saved_at, submitted, submitted_at, revisions, scores, "
            + "teacher_comment, scored_at FROM class_writing";

    private static WritingTask task(ResultSet rs, int row) throws SQLException {
        return new WritingTask(rs.getString("id"), rs.getString("class_id"), rs.getInt("position"), new CableId(rs.getString("cable_id")),
                rs.getString("passage"), rs.getString("prompt"), rs.getString("model_answer"), Rubric.read(rs.getString("criteria")));
    }

    private static Writing writing(ResultSet rs, int row) throws SQLException {
        String scores = rs.getString("scores");
        return new Writing(rs.getString("task_id"), rs.getString("student_id"), rs.getString("draft"), Classrooms.instant(rs, "saved_at"),
                rs.getString("submitted"), Classrooms.instant(rs, "submitted_at"), rs.getInt("revisions"),
                scores == null || scores.isEmpty() ? List.of() : Arrays.stream(scores.split(",")).map(Integer::valueOf).toList(),
                rs.getString("teacher_comment"), Classrooms.instant(rs, "scored_at"));
    }
}
