package org.cables.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.content.Tour;
import org.cables.content.TourId;
import org.cables.quiz.QuizAnswer;
import org.cables.staff.StaffAccounts;
import org.cables.staff.StaffRole;
import org.cables.statistics.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Assignments over days with the test clock, on every supported database (Flyway V0007). */
abstract class AssignmentsContract {

    @Autowired
    Classrooms classrooms;

    @Autowired
    Assignments assignments;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ExhibitContent content;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScriptedJoinCodes codes;

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();
    static final Instant MONDAY_9 = Instant.parse("2026-03-02T00:00:00Z"); // 09:00 in Seoul, the slice clock's zone

    final TourId roadToWar = new TourId("road-to-war");
    String teacher;
    String otherTeacher;
    Joiner browser;
    Joiner otherBrowser;

    @BeforeEach
    void teachers() {
        clock.set(MONDAY_9);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        teacher = "teacher-" + suffix;
        otherTeacher = "other-" + suffix;
        int n = ADDRESSES.incrementAndGet();
        browser = new Joiner("2001:db8:a" + Integer.toHexString(n) + "::7", "phone-" + suffix);
        otherBrowser = new Joiner("2001:db8:b" + Integer.toHexString(n) + "::9", "laptop-" + suffix);
        codes.script(List.of());
        accounts.create(teacher, "Ms Kim", "a long enough password", StaffRole.TEACHER);
        accounts.create(otherTeacher, "Mr Lee", "a long enough password", StaffRole.TEACHER);
    }

    ClassSession assignDueTonight() {
        return classrooms.assign(teacher, roadToWar, "Homework", MONDAY_9, MONDAY_9.plus(Duration.ofHours(8)), Locale.ENGLISH);
    }

    WritingTask writingTask(ClassSession session) {
        Tour.CitedCable cited = assignments.documents(session).stream().filter(c -> c.highlight() != null).findFirst().orElseThrow();
        return assignments.addTask(session, cited.cable(), cited.highlight(), "Who wrote this, to whom, and why?",
                "Stalin, to Mao, to share the risk.", Rubric.historicalThinking());
    }

    @Test
    void anAssignmentOverTwoDaysJoinWorkLeaveComeBackElsewhereSubmitLateBeScored() {
        ClassSession session = assignDueTonight();
        assertThat(session.assignment()).isTrue();
        assertThat(session.led()).isFalse();
        assertThat(session.deleteAfter()).as("kept a retention period after the due date").isEqualTo(session.dueAt().plus(Duration.ofDays(30)));
        WritingTask task = writingTask(session);
        Tour tour = classrooms.tour(session).orElseThrow();
        Quiz.Question question = assignments.questions(session, Locale.ENGLISH).stream().filter(q -> q.type().isChoice()).findFirst().orElseThrow();

        // Monday: Ana joins on her phone, reads two stops, answers a question, starts writing, and closes the tab.
        Classrooms.Joined ana = classrooms.join(session.code().value(), "Ana", browser);
        assertThat(ana.student().reentryCode()).matches("[" + JoinCode.ALPHABET + "]{6}");
        assignments.read(ana.student(), tour.stops().get(0).id(), 0);
        clock.advance(Duration.ofMinutes(5));
        assignments.read(ana.student(), tour.stops().get(1).id(), 1);
        Assignments.Answered first = assignments.answer(ana.student(), question.id(), right(question));
        assertThat(first.correct()).isTrue();
        assertThat(assignments.answer(ana.student(), question.id(), wrong(question)).correct()).as("the first answer counts").isTrue();
        assignments.saveDraft(ana.student(), task.id(), "Stalin writes to Mao because");
        assertThat(assignments.progress(session)).singleElement().satisfies(p -> {
            assertThat(p.work().read()).containsExactlyInAnyOrder(tour.stops().get(0).id(), tour.stops().get(1).id());
            assertThat(p.work().answers()).containsOnlyKeys(question.id());
            assertThat(p.work().writing(task)).hasValueSatisfying(w -> assertThat(w.isSubmitted()).isFalse());
        });

        // Tuesday, after the due date: on her laptop, with the class code and her re-entry code.
        clock.advance(Duration.ofDays(1));
        Classrooms.Joined again = classrooms.reenter(session.code().spaced().toLowerCase(), ana.student().reentryCode(), otherBrowser);
        assertThat(again.student().id()).isEqualTo(ana.student().id());
        assertThat(again.student().currentStop()).as("she comes back where she stopped").isEqualTo(1);
        Assignments.Work work = assignments.work(again.student());
        assertThat(work.writing(task)).map(Writing::draft).contains("Stalin writes to Mao because");
        assignments.saveDraft(again.student(), task.id(), "Stalin writes to Mao because he wants China to carry the risk.");
        Writing handedIn = assignments.submit(again.student(), task.id());
        assertThat(assignments.late(session, handedIn)).isTrue();
        assertThat(handedIn.revisions()).isEqualTo(1);
        assertRefused(() -> assignments.saveDraft(again.student(), task.id(), "changed after"), "writing.refused.locked");
        assertRefused(() -> assignments.submit(again.student(), task.id()), "writing.refused.locked");

        // The teacher scores it; another teacher cannot even find the class.
        assertThat(classrooms.ofTeacher(session.id(), otherTeacher)).isEmpty();
        ClassSession own = classrooms.ofTeacher(session.id(), teacher).orElseThrow();
        assertRefused(() -> assignments.score(own, task.id(), ana.student().id(), List.of(3, 2, 1), ""), "score.refused.scores");
        assertRefused(() -> assignments.score(own, task.id(), ana.student().id(), List.of(3, 2, 1, 4), ""), "score.refused.scores");
        assignments.score(own, task.id(), ana.student().id(), List.of(3, 2, 1, 2), "Good sourcing; say more about the date.");

        // Ana comes back and sees it.
        Writing seen = assignments.work(again.student()).writing(task).orElseThrow();
        assertThat(seen.scores()).containsExactly(3, 2, 1, 2);
        assertThat(seen.total()).isEqualTo(8);
        assertThat(seen.comment()).isEqualTo("Good sourcing; say more about the date.");

        String csv = AssignmentResults.csv(own, tour, assignments.questions(own, Locale.ENGLISH), assignments.tasks(own),
                assignments.progress(own), clock.instant(), key -> key);
        assertThat(csv).contains("Ana,").contains(",late,").contains(",3,2,1,2,8,12,Good sourcing; say more about the date.");
    }

    @Test
    void workHandedInOnTimeMayBeRevisedUntilTheDueDateAndThenNoLonger() {
        ClassSession session = assignDueTonight();
        WritingTask task = writingTask(session);
        Classrooms.Joined ben = classrooms.join(session.code().value(), "Ben", browser);
        assertRefused(() -> assignments.submit(ben.student(), task.id()), "writing.refused.empty");
        assignments.saveDraft(ben.student(), task.id(), "First try");
        assignments.submit(ben.student(), task.id());
        clock.advance(Duration.ofHours(2));
        assignments.saveDraft(ben.student(), task.id(), "Second try");
        Writing second = assignments.submit(ben.student(), task.id());
        assertThat(second.revisions()).isEqualTo(2);
        assertThat(second.submitted()).isEqualTo("Second try");
        assertThat(assignments.late(session, second)).isFalse();
        clock.advance(Duration.ofHours(7));
        assertRefused(() -> assignments.saveDraft(ben.student(), task.id(), "Third"), "writing.refused.locked");
        assertThat(assignments.work(ben.student()).writing(task)).map(Writing::submitted).contains("Second try");
    }

    @Test
    void anAssignmentOpensAtItsDateAndItsDatesMustMakeSense() {
        Instant tomorrow = MONDAY_9.plus(Duration.ofDays(1));
        ClassSession later = classrooms.assign(teacher, roadToWar, "Next week", tomorrow, tomorrow.plus(Duration.ofDays(2)), Locale.ENGLISH);
        assertThatThrownBy(() -> classrooms.join(later.code().value(), "Ana", browser)).isInstanceOf(JoinRefused.class)
                .extracting(e -> ((JoinRefused) e).key()).isEqualTo("join.refused.not-yet");
        clock.set(tomorrow);
        assertThat(classrooms.join(later.code().value(), "Ana", browser).student().reentryCode()).isNotNull();

        assertRefused(() -> classrooms.assign(teacher, roadToWar, "", tomorrow, tomorrow, Locale.ENGLISH), "assign.refused.due-before-open");
        assertRefused(() -> classrooms.assign(teacher, roadToWar, "", MONDAY_9.minus(Duration.ofDays(3)), MONDAY_9.minus(Duration.ofDays(1)),
                Locale.ENGLISH), "assign.refused.due-past");
        assertRefused(() -> classrooms.assign(teacher, roadToWar, "", MONDAY_9, MONDAY_9.plus(Duration.ofDays(400)), Locale.ENGLISH),
                "assign.refused.due-far");
        assertRefused(() -> classrooms.assign(teacher, roadToWar, "", null, MONDAY_9, Locale.ENGLISH), "assign.refused.dates-missing");
    }

    @Test
    void aWrongReentryCodeIsRefusedAndCountsAgainstTheBrowser() {
        ClassSession session = assignDueTonight();
        Classrooms.Joined ana = classrooms.join(session.code().value(), "Ana", browser);
        assertThatThrownBy(() -> classrooms.reenter(session.code().value(), "AAAAAA".equals(ana.student().reentryCode()) ? "CCCCCC" : "AAAAAA",
                otherBrowser)).isInstanceOf(JoinRefused.class).extracting(e -> ((JoinRefused) e).key()).isEqualTo("join.refused.reentry-unknown");
        assertThatThrownBy(() -> classrooms.reenter(session.code().value(), "no", otherBrowser)).isInstanceOf(JoinRefused.class)
                .extracting(e -> ((JoinRefused) e).key()).isEqualTo("join.refused.reentry-form");
        for (int i = 0; i < 4; i++) {
            try {
                classrooms.reenter(session.code().value(), "XXXXXX", otherBrowser);
            } catch (JoinRefused expected) {
                // counted
            }
        }
        assertThatThrownBy(() -> classrooms.reenter(session.code().value(), ana.student().reentryCode(), otherBrowser))
                .as("five wrong tries and this browser must wait, even with the right code").isInstanceOf(JoinRefused.class)
                .extracting(e -> ((JoinRefused) e).key()).isEqualTo("join.refused.wait-browser");
    }

    @Test
    void writingIsBoundedKeptAsTypedAndTasksAreValidated() {
        ClassSession session = assignDueTonight();
        WritingTask task = writingTask(session);
        Classrooms.Joined ana = classrooms.join(session.code().value(), "Ana", browser);
        String hostile = "<script>alert(1)</script> & <b>bold</b>\nsecond line";
        assertThat(assignments.saveDraft(ana.student(), task.id(), hostile).draft()).as("kept as typed; pages set it as text").isEqualTo(hostile);
        assertRefused(() -> assignments.saveDraft(ana.student(), task.id(), "x".repeat(Assignments.MAX_WRITING + 1)), "writing.refused.long");
        assertThat(assignments.work(ana.student()).writing(task)).map(Writing::draft).contains(hostile);
        assertRefused(() -> assignments.saveDraft(ana.student(), "not-a-task", "text"), "writing.refused.task");

        Tour.CitedCable cited = assignments.documents(session).getFirst();
        assertRefused(() -> assignments.addTask(session, cited.cable(), "words the document never said", "Q?", "A.", Rubric.historicalThinking()),
                "writing.refused.document");
        assertRefused(() -> assignments.addTask(session, cited.cable(), null, " ", "A.", Rubric.historicalThinking()), "writing.refused.prompt-empty");
        assertRefused(() -> assignments.addTask(session, cited.cable(), null, "Q?", "", Rubric.historicalThinking()), "writing.refused.model-empty");
        assertRefused(() -> Rubric.own("\n \n"), "rubric.refused.empty");
        assertRefused(() -> Rubric.own("a\nb\nc\nd\ne\nf\ng\nh\ni"), "rubric.refused.many");
        WritingTask own = assignments.addTask(session, cited.cable(), null, "Q?", "A.", Rubric.own("Uses evidence\n\nExplains the date"));
        assertThat(assignments.tasks(session)).extracting(WritingTask::id).containsExactly(task.id(), own.id());
        assertThat(assignments.tasks(session).get(1).rubric().criteria()).extracting(Rubric.Criterion::words)
                .containsExactly("Uses evidence", "Explains the date");
    }

    @Test
    void deletingTheAssignmentDeletesEveryWordWritten() {
        ClassSession session = assignDueTonight();
        WritingTask task = writingTask(session);
        Classrooms.Joined ana = classrooms.join(session.code().value(), "Ana", browser);
        assignments.saveDraft(ana.student(), task.id(), "Something");
        assignments.read(ana.student(), classrooms.tour(session).orElseThrow().stops().get(0).id(), 0);
        clock.advance(Duration.ofDays(31));
        classrooms.deleteExpired();
        for (String table : List.of("class_writing", "class_stop_read", "class_work_answer")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE student_id = ?").param(ana.student().id()).query(Integer.class).single())
                    .as(table).isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM class_writing_task WHERE class_id = ?").param(session.id()).query(Integer.class).single()).isZero();
    }

    static QuizAnswer right(Quiz.Question q) {
        return switch (q.type()) {
            case TRUE_FALSE -> new QuizAnswer.TrueFalse(q.answer());
            case MULTIPLE -> new QuizAnswer.Choices(q.choices().stream().filter(Quiz.Choice::correct).map(Quiz.Choice::id)
                    .collect(java.util.stream.Collectors.toSet()));
            default -> new QuizAnswer.Choice(q.choices().stream().filter(Quiz.Choice::correct).findFirst().orElseThrow().id());
        };
    }

    static QuizAnswer wrong(Quiz.Question q) {
        return switch (q.type()) {
            case TRUE_FALSE -> new QuizAnswer.TrueFalse(!q.answer());
            case MULTIPLE -> new QuizAnswer.Choices(java.util.Set.of(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id()));
            default -> new QuizAnswer.Choice(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id());
        };
    }

    static void assertRefused(Runnable attempt, String key) {
        assertThatThrownBy(attempt::run).isInstanceOf(org.cables.i18n.Refusal.class)
                .extracting(e -> ((org.cables.i18n.Refusal) e).key()).isEqualTo(key);
    }
}
