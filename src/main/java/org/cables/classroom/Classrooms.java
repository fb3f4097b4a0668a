package org.cables.classroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cables.classroom.ClassroomEvents.Change;
import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.content.QuestionId;
import org.cables.content.Tour;
import org.cables.content.TourId;
import org.cables.quiz.QuizAnswer;
import org.cables.quiz.QuizScoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes, their students, the questions asked and the answers given. Every read that a
 * screen makes is scoped: a teacher's to their own classes ({@link #ofTeacher}), a student's
 * to the one class they joined ({@link #student}); an answer is taken only for a question of
 * the student's own class. Every change is announced to that class's screens.
 */
@Service
public class Classrooms {

    private static final Logger LOG = LoggerFactory.getLogger(Classrooms.class);
    static final int MAX_NAME = 40;

    /** A student who joined, with their class. */
    public record Joined(Student student, ClassSession session) {
    }

    /** How a live question was answered so far: one bar per answer a student can give. */
    public record Tally(List<Bar> bars, int answered, int students) {
    }

    /** {@code label} is null for true/false, whose words the screen supplies. */
    public record Bar(String id, String label, int count, boolean correct) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ClassroomProperties properties;
    private final ExhibitContent content;
    private final ClassroomEvents events;
    private final JoinLimiter limiter;
    /** With 113 million codes, even a million open classes make 20 taken draws in a row unthinkable. */
    private static final int MAX_CODE_DRAWS = 20;

    private final JoinCodes codes;

    Classrooms(JdbcClient jdbc, Clock clock, ClassroomProperties properties, ExhibitContent content,
               ClassroomEvents events, JoinLimiter limiter, JoinCodes codes) {
        this.codes = codes;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.content = content;
        this.events = events;
        this.limiter = limiter;
    }

    /** Questions a class can answer live on any device: the choice questions of the tour's quiz. */
    public static boolean askable(Quiz.Question question) {
        return question.type().isChoice();
    }

    public Optional<Tour> tour(ClassSession session) {
        return tour(session, java.util.Locale.ENGLISH);
    }

    public Optional<Quiz> quiz(ClassSession session) {
        return quiz(session, java.util.Locale.ENGLISH);
    }

    /** The class's tour in a language: the teacher and every student see it in their own. A set is shown as a tour. */
    public Optional<Tour> tour(ClassSession session, java.util.Locale language) {
        if (session.lesson() != null) {
            return Optional.of(session.lesson().asTour(content.corpus(language)));
        }
        return content.corpus(language).tour(session.tour());
    }

    /** The quiz of the class's tour in a language (a set's questions but writing, in the teacher's words). */
    public Optional<Quiz> quiz(ClassSession session, java.util.Locale language) {
        if (session.lesson() != null) {
            return Optional.of(session.lesson().asQuiz()).filter(q -> !q.questions().isEmpty());
        }
        return tour(session, language).map(Tour::quiz).flatMap(content.corpus(language)::quiz);
    }

    // ---- Teachers

    /** Opens a live class on a tour (named after the tour in English). */
    public ClassSession open(String teacher, TourId tour, String title) {
        return open(teacher, tour, title, java.util.Locale.ENGLISH);
    }

    /** Opens a class; without a title it is named after the tour in the teacher's language. */
    public ClassSession open(String teacher, TourId tour, String title, java.util.Locale language) {
        return insert(teacher, tour, null, title, language, null, null);
    }

    /** Opens a live class on a copy of a teacher's own lesson (a document set). */
    public ClassSession open(String teacher, Lesson lesson, String title) {
        return insert(teacher, lesson.tourId(), lesson, title, java.util.Locale.ENGLISH, null, null);
    }

    /**
     * Sets a tour as an assignment: students join with the code from {@code opensAt} and work at
     * their own pace; what they do after {@code dueAt} is marked late. The class is kept until the
     * retention period has passed after the due date, so that students can read their feedback.
     */
    public ClassSession assign(String teacher, TourId tour, String title, Instant opensAt, Instant dueAt, java.util.Locale language) {
        return assign(teacher, tour, null, title, opensAt, dueAt, language);
    }

    /** Sets a copy of a teacher's own lesson (a document set) as an assignment; see {@link #assign(String, TourId, String, Instant, Instant, java.util.Locale)}. */
    public ClassSession assign(String teacher, Lesson lesson, String title, Instant opensAt, Instant dueAt) {
        return assign(teacher, lesson.tourId(), lesson, title, opensAt, dueAt, java.util.Locale.ENGLISH);
    }

    private ClassSession assign(String teacher, TourId tour, Lesson lesson, String title, Instant opensAt, Instant dueAt,
                                java.util.Locale language) {
        if (opensAt == null || dueAt == null) {
            throw new AssignmentRefused("assign.refused.dates-missing");
        }
        if (!dueAt.isAfter(opensAt)) {
            throw new AssignmentRefused("assign.refused.due-before-open");
        }
        if (dueAt.isBefore(clock.instant())) {
            throw new AssignmentRefused("assign.refused.due-past");
        }
        if (Duration.between(clock.instant(), dueAt).compareTo(MAX_AHEAD) > 0) {
            throw new AssignmentRefused("assign.refused.due-far", MAX_AHEAD.toDays());
        }
        return insert(teacher, tour, lesson, title, language, opensAt, dueAt);
    }

    /** How far ahead an assignment may be due: a school year. */
    static final Duration MAX_AHEAD = Duration.ofDays(366);

    /**
     * Inserts a class with a join code no other class has. A code already taken is skipped by the
     * insert itself ({@code WHERE NOT EXISTS}) rather than by a failed insert, which PostgreSQL
     * would not let the same transaction survive; the unique index still guards against two
     * teachers drawing the same code at the same moment.
     */
    private ClassSession insert(String teacher, TourId tour, Lesson lesson, String title, java.util.Locale language,
                                Instant opensAt, Instant dueAt) {
        String tourTitle = lesson != null ? lesson.title()
                : content.corpus(language).tour(tour).orElseThrow(() -> new IllegalArgumentException("No tour " + tour.value())).title();
        String name = title == null || title.isBlank() ? tourTitle : title.strip();
        if (name.length() > 100) {
            name = name.substring(0, 100);
        }
        Instant now = clock.instant();
        Instant deleteAfter = (dueAt == null ? now : dueAt).plus(properties.retention());
        for (int attempt = 1; attempt <= MAX_CODE_DRAWS; attempt++) {
            JoinCode code = codes.next();
            ClassSession session = new ClassSession(UUID.randomUUID().toString(), code, teacher, name, tour, dueAt == null, 0,
                    now, null, deleteAfter, opensAt, dueAt, lesson, null, null);
            int inserted = jdbc.sql("INSERT INTO class_session (id, join_code, teacher, title, tour_id, led, current_stop, created_at, delete_after, opens_at, due_at, lesson) "
                            + "SELECT ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM class_session WHERE join_code = ?)")
                    .params(session.id(), code.value(), teacher, name, tour.value(), session.led(), Timestamp.from(now),
                            Timestamp.from(deleteAfter), timestamp(opensAt), timestamp(dueAt), lesson == null ? null : LessonJson.write(lesson),
                            code.value())
                    .update();
            if (inserted == 1) {
                return session;
            }
        }
        throw new IllegalStateException("No free join code after " + MAX_CODE_DRAWS + " draws");
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** The class, if this teacher runs it: nobody sees another teacher's class. */
    public Optional<ClassSession> ofTeacher(String classId, String teacher) {
        return find(classId).filter(c -> c.teacher().equals(teacher));
    }

    public List<ClassSession> classesOf(String teacher) {
        return jdbc.sql(SELECT_CLASS + " WHERE teacher = ? ORDER BY created_at DESC").param(teacher).query(Classrooms::session).list();
    }

    public int studentCount(ClassSession session) {
        return jdbc.sql("SELECT COUNT(*) FROM class_student WHERE class_id = ?").param(session.id()).query(Integer.class).single();
    }

    /** The teacher moves the class to a stop (counted from 0); led classes follow. */
    public void lead(ClassSession session, int stop) {
        int last = tour(session).map(t -> t.stops().size() - 1).orElse(0);
        int to = Math.max(0, Math.min(stop, last));
        jdbc.sql("UPDATE class_session SET current_stop = ? WHERE id = ? AND closed_at IS NULL").params(to, session.id()).update();
        jdbc.sql("UPDATE class_student SET current_stop = ? WHERE class_id = ? AND EXISTS (SELECT 1 FROM class_session WHERE id = ? AND led = TRUE)")
                .params(to, session.id(), session.id()).update();
        events.publish(session.id(), Change.STOP);
    }

    /** Led: every student sees the teacher's stop. Not led: students explore the tour on their own. */
    public void setLed(ClassSession session, boolean led) {
        jdbc.sql("UPDATE class_session SET led = ? WHERE id = ? AND closed_at IS NULL").params(led, session.id()).update();
        if (led) {
            jdbc.sql("UPDATE class_student SET current_stop = (SELECT current_stop FROM class_session WHERE id = ?) WHERE class_id = ?")
                    .params(session.id(), session.id()).update();
        }
        events.publish(session.id(), Change.STOP);
    }

    /**
     * Puts the correspondence network over these months on every student's screen (the class's
     * stop stays where it was); {@code null} months take it away again.
     */
    public void showNetwork(ClassSession session, YearMonth from, YearMonth to) {
        boolean shown = from != null && to != null;
        YearMonth first = shown && to.isBefore(from) ? to : from;
        YearMonth last = shown && to.isBefore(from) ? from : to;
        jdbc.sql("UPDATE class_session SET network_from = ?, network_to = ? WHERE id = ? AND closed_at IS NULL")
                .params(shown ? first.toString() : null, shown ? last.toString() : null, session.id()).update();
        events.publish(session.id(), Change.STOP);
    }

    private static YearMonth month(String text) {
        return text == null ? null : YearMonth.parse(text);
    }

    /** Asks a question of the tour's quiz; the question asked before is closed. */
    @Transactional
    public AskedQuestion ask(ClassSession session, QuestionId questionId) {
        Quiz.Question question = quiz(session).flatMap(q -> q.question(questionId)).filter(Classrooms::askable)
                .orElseThrow(() -> new IllegalArgumentException("Question " + questionId + " cannot be asked in this class"));
        Instant now = clock.instant();
        jdbc.sql("UPDATE class_question SET closed_at = ? WHERE class_id = ? AND closed_at IS NULL")
                .params(Timestamp.from(now), session.id()).update();
        AskedQuestion asked = new AskedQuestion(UUID.randomUUID().toString(), session.id(), question.id(), now, null, null);
        jdbc.sql("INSERT INTO class_question (id, class_id, question_id, asked_at) VALUES (?, ?, ?, ?)")
                .params(asked.id(), session.id(), question.id().value(), Timestamp.from(now)).update();
        events.publish(session.id(), Change.QUESTION);
        return asked;
    }

    public void reveal(ClassSession session, AskedQuestion asked) {
        jdbc.sql("UPDATE class_question SET revealed_at = ? WHERE id = ? AND class_id = ? AND revealed_at IS NULL")
                .params(Timestamp.from(clock.instant()), asked.id(), session.id()).update();
        events.publish(session.id(), Change.QUESTION);
    }

    /** The question leaves the students' screens (its answers stay in the results). */
    public void closeQuestion(ClassSession session, AskedQuestion asked) {
        jdbc.sql("UPDATE class_question SET closed_at = ? WHERE id = ? AND class_id = ? AND closed_at IS NULL")
                .params(Timestamp.from(clock.instant()), asked.id(), session.id()).update();
        events.publish(session.id(), Change.QUESTION);
    }

    /** Ends the class for everyone; its results stay until it is deleted. */
    @Transactional
    public void close(ClassSession session) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE class_question SET closed_at = ? WHERE class_id = ? AND closed_at IS NULL").params(now, session.id()).update();
        jdbc.sql("UPDATE class_session SET closed_at = ? WHERE id = ? AND closed_at IS NULL").params(now, session.id()).update();
        events.publish(session.id(), Change.CLOSED);
    }

    /** Deletes the class with its students' names and answers, at once. */
    @Transactional
    public void delete(ClassSession session) {
        deleteClass(session.id());
        events.publish(session.id(), Change.CLOSED);
    }

    private void deleteClass(String classId) {
        // The cascades would do it; said explicitly so that no database's settings can leave a name behind.
        jdbc.sql("DELETE FROM class_answer WHERE asked_id IN (SELECT id FROM class_question WHERE class_id = ?)").param(classId).update();
        jdbc.sql("DELETE FROM class_question WHERE class_id = ?").param(classId).update();
        String students = "(SELECT id FROM class_student WHERE class_id = ?)";
        jdbc.sql("DELETE FROM class_writing WHERE student_id IN " + students).param(classId).update();
        jdbc.sql("DELETE FROM class_writing_task WHERE class_id = ?").param(classId).update();
        jdbc.sql("DELETE FROM class_work_answer WHERE student_id IN " + students).param(classId).update();
        jdbc.sql("DELETE FROM class_stop_read WHERE student_id IN " + students).param(classId).update();
        jdbc.sql("DELETE FROM class_student WHERE class_id = ?").param(classId).update();
        jdbc.sql("DELETE FROM class_session WHERE id = ?").param(classId).update();
    }

    /** The retention job: classes past their time are deleted with everything of them. Hourly. */
    @Scheduled(fixedDelayString = "${exhibit.classroom.retention-check:PT1H}", initialDelayString = "PT1M")
    @SchedulerLock(name = "classroom-retention", lockAtLeastFor = "PT1M")
    @Transactional
    public void deleteExpired() {
        List<String> expired = jdbc.sql("SELECT id FROM class_session WHERE delete_after <= ?")
                .param(Timestamp.from(clock.instant())).query(String.class).list();
        expired.forEach(this::deleteClass);
        expired.forEach(id -> events.publish(id, Change.CLOSED));
        if (!expired.isEmpty()) {
            LOG.info("Deleted {} class(es) past their retention period, with their students' names and answers.", expired.size());
        }
    }

    public ClassResults results(ClassSession session) {
        List<Student> students = jdbc.sql(SELECT_STUDENT + " WHERE class_id = ? ORDER BY joined_at, display_name")
                .param(session.id()).query(Classrooms::student).list();
        List<AskedQuestion> asked = asked(session.id());
        Map<String, Map<String, Boolean>> right = new HashMap<>();
        jdbc.sql("SELECT a.asked_id, a.student_id, a.correct FROM class_answer a JOIN class_question q ON q.id = a.asked_id WHERE q.class_id = ?")
                .param(session.id())
                .query((rs, n) -> right.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBoolean(3)))
                .list();
        return new ClassResults(session, students, asked, right);
    }

    public Tally tally(ClassSession session, AskedQuestion asked) {
        Quiz.Question question = quiz(session).flatMap(q -> q.question(asked.questionId())).orElseThrow();
        List<String> answers = jdbc.sql("SELECT answer FROM class_answer WHERE asked_id = ?").param(asked.id()).query(String.class).list();
        Map<String, Long> counts = answers.stream().map(QuizAnswer::decode).flatMap(a -> switch (a) {
            case QuizAnswer.Choice c -> java.util.stream.Stream.of(c.id());
            case QuizAnswer.Choices c -> c.ids().stream();
            case QuizAnswer.TrueFalse t -> java.util.stream.Stream.of(Boolean.toString(t.value()));
            default -> java.util.stream.Stream.<String>empty();
        }).collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        List<Bar> bars = question.type() == Quiz.Type.TRUE_FALSE
                ? List.of(new Bar("true", null, counts.getOrDefault("true", 0L).intValue(), Boolean.TRUE.equals(question.answer())),
                        new Bar("false", null, counts.getOrDefault("false", 0L).intValue(), Boolean.FALSE.equals(question.answer())))
                : question.choices().stream().map(c -> new Bar(c.id(), c.text(), counts.getOrDefault(c.id(), 0L).intValue(), c.correct())).toList();
        return new Tally(bars, answers.size(), studentCount(session));
    }

    // ---- Students

    /**
     * A student joins with the class's code and a name of their choosing. A code that does not
     * exist counts against the browser and the address it came from ({@link JoinLimiter}); too
     * many and they must wait. The count is taken before the code is looked up, so that parallel
     * tries cannot look up more codes than allowed. Not one transaction: the limiter's count must
     * be committed before the code is looked up, for the other nodes to see it; each statement
     * commits by itself, the student's row before the class hears of it.
     */
    public Joined join(String typedCode, String typedName, Joiner joiner) {
        Optional<JoinCode> code = JoinCode.parse(typedCode);
        if (code.isEmpty()) {
            throw new JoinRefused("join.refused.code-form");
        }
        JoinLimiter.Attempt attempt = limiter.attempt(joiner);
        Optional<ClassSession> session = jdbc.sql(SELECT_CLASS + " WHERE join_code = ?").param(code.get().value())
                .query(Classrooms::session).optional();
        if (session.isEmpty()) {
            throw new JoinRefused("join.refused.unknown");
        }
        limiter.codeExists(attempt);
        if (!session.get().open()) {
            throw new JoinRefused("join.refused.ended");
        }
        if (!session.get().openAt(clock.instant())) {
            throw new JoinRefused("join.refused.not-yet", session.get().opensAt());
        }
        String name = typedName == null ? "" : typedName.replaceAll("\\p{C}", "").replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) {
            throw new JoinRefused("join.refused.name-empty");
        }
        if (name.length() > MAX_NAME) {
            throw new JoinRefused("join.refused.name-long", MAX_NAME);
        }
        String reentry = session.get().assignment() ? freeReentryCode(session.get().id()) : null;
        Student student = new Student(UUID.randomUUID().toString(), session.get().id(), name, clock.instant(),
                session.get().currentStop(), reentry);
        try {
            jdbc.sql("INSERT INTO class_student (id, class_id, display_name, joined_at, current_stop, reentry_code, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(student.id(), student.classId(), name, Timestamp.from(student.joinedAt()), student.currentStop(),
                            reentry, Timestamp.from(student.joinedAt()))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new JoinRefused("join.refused.name-taken");
        }
        events.publish(session.get().id(), Change.STUDENTS);
        return new Joined(student, session.get());
    }

    /**
     * A student of an assignment carries on from another device with the class's code and their
     * own re-entry code. Wrong pairs count against the browser and the address like wrong join
     * codes, so that nobody can try codes until they find someone's work. Not one transaction,
     * for the limiter's sake (see {@link #join}); it only reads.
     */
    public Joined reenter(String typedClassCode, String typedPersonalCode, Joiner joiner) {
        Optional<JoinCode> code = JoinCode.parse(typedClassCode);
        Optional<JoinCode> personal = JoinCode.parse(typedPersonalCode);
        if (code.isEmpty()) {
            throw new JoinRefused("join.refused.code-form");
        }
        if (personal.isEmpty()) {
            throw new JoinRefused("join.refused.reentry-form");
        }
        JoinLimiter.Attempt attempt = limiter.attempt(joiner);
        Optional<Joined> found = jdbc.sql(SELECT_STUDENT + " WHERE reentry_code = ? AND class_id = (SELECT id FROM class_session WHERE join_code = ?)")
                .params(personal.get().value(), code.get().value()).query(Classrooms::student).optional()
                .flatMap(s -> find(s.classId()).map(c -> new Joined(s, c)));
        if (found.isEmpty()) {
            throw new JoinRefused("join.refused.reentry-unknown");
        }
        limiter.codeExists(attempt);
        if (!found.get().session().open()) {
            throw new JoinRefused("join.refused.ended");
        }
        return found.get();
    }

    private String freeReentryCode(String classId) {
        for (int attempt = 1; attempt <= MAX_CODE_DRAWS; attempt++) {
            String code = JoinCode.random(REENTRY).value();
            boolean taken = jdbc.sql("SELECT COUNT(*) FROM class_student WHERE class_id = ? AND reentry_code = ?")
                    .params(classId, code).query(Integer.class).single() > 0;
            if (!taken) {
                return code;
            }
        }
        throw new IllegalStateException("No free re-entry code after " + MAX_CODE_DRAWS + " draws");
    }

    private static final java.security.SecureRandom REENTRY = new java.security.SecureRandom();

    /** A student and their class, by the student's own id (the only key a student holds). */
    public Optional<Joined> student(String studentId) {
        if (studentId == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT_STUDENT + " WHERE id = ?").param(studentId).query(Classrooms::student).optional()
                .flatMap(s -> find(s.classId()).map(c -> new Joined(s, c)));
    }

    /** Where a student exploring freely has got to. */
    public void studentAt(Student student, int stop) {
        int changed = jdbc.sql("UPDATE class_student SET current_stop = ? WHERE id = ? AND current_stop <> ?")
                .params(stop, student.id(), stop).update();
        if (changed > 0) {
            events.publish(student.classId(), Change.STUDENTS);
        }
    }

    /** The question the class is being asked now, if any. */
    public Optional<AskedQuestion> currentQuestion(String classId) {
        return jdbc.sql(SELECT_ASKED + " WHERE class_id = ? AND closed_at IS NULL ORDER BY asked_at DESC")
                .param(classId).query(Classrooms::asked).list().stream().findFirst();
    }

    /** What this student answered to a question, if anything. */
    public Optional<QuizAnswer> answerOf(Student student, AskedQuestion asked) {
        return jdbc.sql("SELECT answer FROM class_answer WHERE asked_id = ? AND student_id = ?").params(asked.id(), student.id())
                .query(String.class).optional().map(QuizAnswer::decode);
    }

    /**
     * A student answers the open question of their own class. Returns whether it was stored:
     * the first answer counts, and a question of another class, a closed or revealed question
     * or an answer that does not fit is refused. Committed before the student is told.
     */
    public boolean answer(Student student, String askedId, QuizAnswer answer) {
        Optional<AskedQuestion> asked = jdbc.sql(SELECT_ASKED + " WHERE id = ? AND class_id = ?")
                .params(askedId, student.classId()).query(Classrooms::asked).optional();
        if (asked.isEmpty() || !asked.get().open() || asked.get().revealed()) {
            return false;
        }
        ClassSession session = find(student.classId()).filter(ClassSession::open).orElse(null);
        if (session == null) {
            return false;
        }
        Quiz.Question question = quiz(session).flatMap(q -> q.question(asked.get().questionId())).orElseThrow();
        boolean correct = QuizScoring.isCorrect(question, answer); // refuses an answer that does not fit
        try { // the first answer counts: a second one meets the primary key
            jdbc.sql("INSERT INTO class_answer (asked_id, student_id, answer, correct, answered_at) VALUES (?, ?, ?, ?, ?)")
                    .params(askedId, student.id(), answer.encode(), correct, Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException twice) {
            return false;
        }
        events.publish(student.classId(), Change.ANSWERS);
        return true;
    }

    // ---- Rows

    Optional<ClassSession> find(String classId) {
        if (classId == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT_CLASS + " WHERE id = ?").param(classId).query(Classrooms::session).optional();
    }

    List<AskedQuestion> asked(String classId) {
        return jdbc.sql(SELECT_ASKED + " WHERE class_id = ? ORDER BY asked_at").param(classId).query(Classrooms::asked).list();
    }

    private static final String SELECT_CLASS = "SELECT id, join_code, teacher, title, tour_id, led, current_stop, created_at, closed_at, delete_after, opens_at, due_at, lesson, network_from, network_to FROM class_session";
    static final String SELECT_STUDENT = "SELECT id, class_id, display_name, joined_at, current_stop, reentry_code FROM class_student";
    private static final String SELECT_ASKED = "SELECT id, class_id, question_id, asked_at, revealed_at, closed_at FROM class_question";

    private static ClassSession session(ResultSet rs, int row) throws SQLException {
        return new ClassSession(rs.getString("id"), new JoinCode(rs.getString("join_code")), rs.getString("teacher"),
                rs.getString("title"), new TourId(rs.getString("tour_id")), rs.getBoolean("led"), rs.getInt("current_stop"),
                instant(rs, "created_at"), instant(rs, "closed_at"), instant(rs, "delete_after"),
                instant(rs, "opens_at"), instant(rs, "due_at"), lesson(rs.getString("lesson")),
                month(rs.getString("network_from")), month(rs.getString("network_to")));
    }

    static Student student(ResultSet rs, int row) throws SQLException {
        return new Student(rs.getString("id"), rs.getString("class_id"), rs.getString("display_name"),
                instant(rs, "joined_at"), rs.getInt("current_stop"), rs.getString("reentry_code"));
    }

    private static AskedQuestion asked(ResultSet rs, int row) throws SQLException {
        return new AskedQuestion(rs.getString("id"), rs.getString("class_id"), new QuestionId(rs.getString("question_id")),
                instant(rs, "asked_at"), instant(rs, "revealed_at"), instant(rs, "closed_at"));
    }

    /** Lessons by their stored JSON: a class's screens read their class often, and its copy never changes. */
    private static final org.cables.content.Memo<String, Lesson> LESSONS = new org.cables.content.Memo<>(200, LessonJson::read);

    private static Lesson lesson(String json) {
        return json == null ? null : LESSONS.get(json);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
