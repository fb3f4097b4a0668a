package org.cables.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.cables.content.Tour;
import org.cables.content.TourId;
import org.cables.navigation.ClassroomNavigation;
import org.cables.staff.SignedIn;
import org.cables.staff.StaffAccounts;
import org.cables.staff.StaffRole;
import org.cables.testing.ExhibitViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The assignment pages without a browser: a student's steps and writing, the teacher's progress and scoring. */
@SpringBootTest
@SuppressWarnings("removal")
class AssignmentViewTest extends ExhibitViewTest {

    @Autowired
    Classrooms classrooms;

    @Autowired
    Assignments assignments;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ClassroomEvents events;

    static final String HOSTILE = "<img src=x onerror=alert(1)> & <b>not bold</b>";

    @BeforeEach
    void teacher() {
        if (accounts.find("assign-teacher").isEmpty()) {
            accounts.create("assign-teacher", "Ms Park", "a long enough password", StaffRole.TEACHER);
        }
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    ClassSession assignment() {
        Instant now = Instant.now();
        return classrooms.assign("assign-teacher", new TourId("road-to-war"), "Homework", now.minus(Duration.ofMinutes(1)),
                now.plus(Duration.ofDays(2)), Locale.ENGLISH);
    }

    WritingTask task(ClassSession session) {
        Tour.CitedCable cited = assignments.documents(session).stream().filter(c -> c.highlight() != null).findFirst().orElseThrow();
        return assignments.addTask(session, cited.cable(), cited.highlight(), "Why this way?", "Because.", Rubric.historicalThinking());
    }

    @Test
    void aStudentSeesTheirStepsTheirReentryCodeAndTheirWritingAsText() {
        ClassSession session = assignment();
        WritingTask task = task(session);
        Classrooms.Joined ana = classrooms.join(session.code().value(), "Ana", new Joiner("192.0.2.41", "assign-ana"));
        StudentPass.give(ana.student(), ana.session(), Instant.now());
        assignments.saveDraft(ana.student(), task.id(), HOSTILE);

        visit(ClassroomNavigation.studentClass());
        assertThat(getCurrentView()).as("a student of an assignment is taken to their own pace").isInstanceOf(WorkView.class);
        assertThat($(Span.class).withClassName("work-reentry-code").single().getText()).isEqualTo(new JoinCode(ana.student().reentryCode()).spaced());
        assertThat($(Span.class).withClassName("work-class-code").single().getText()).isEqualTo(session.code().spaced());
        assertThat(events.online(session.id())).as("working now, on the teacher's page").containsExactly(ana.student().id());

        visit(ClassroomNavigation.work() + "?step=writing-1");
        TextArea text = $(TextArea.class).withClassName("work-writing-text").single();
        assertThat(text.getValue()).isEqualTo(HOSTILE);
        test(text).setValue(HOSTILE + " more");
        assertThat(assignments.work(ana.student()).writing(task)).map(Writing::draft).contains(HOSTILE + " more");
        test($(Button.class).withClassName("work-submit").single()).click();
        assertThat(assignments.work(ana.student()).writing(task)).map(Writing::submitted).contains(HOSTILE + " more");
        assertThat($(Paragraph.class).withClassName("work-writing-state").single().getText()).startsWith("Handed in");

        ClassSession own = classrooms.ofTeacher(session.id(), "assign-teacher").orElseThrow();
        assignments.score(own, task.id(), ana.student().id(), java.util.List.of(2, 2, 3, 1), "Well argued <script>");
        visit(ClassroomNavigation.work() + "?step=writing-1");
        assertThat($(Paragraph.class).withClassName("work-comment").single().getText()).isEqualTo("Well argued <script>");
        assertThat($(Paragraph.class).withClassName("work-comment").single().getElement().getChild(0).isTextNode()).as("text, not markup").isTrue();
    }

    @Test
    void theTeacherSeesProgressReadsBesideTheSourceAndScores() {
        ClassSession session = assignment();
        WritingTask task = task(session);
        Classrooms.Joined ben = classrooms.join(session.code().value(), "Ben", new Joiner("192.0.2.42", "assign-ben"));
        assignments.saveDraft(ben.student(), task.id(), HOSTILE);
        assignments.submit(ben.student(), task.id());

        SignedIn.as("assign-teacher", StaffRole.TEACHER);
        visit(ClassroomNavigation.console(session.id()));
        assertThat(getCurrentView()).as("an assignment's teacher page").isInstanceOf(AssignmentView.class);
        assertThat($(Paragraph.class).withClassName("console-code").single().getText()).isEqualTo(session.code().spaced());
        test($(Button.class).withClassName("assignment-read").single()).click();
        Paragraph answer = $(Paragraph.class).withClassName("assignment-answer-text").single();
        assertThat(answer.getText()).isEqualTo(HOSTILE);
        assertThat(answer.getElement().getChildCount()).isEqualTo(1);
        assertThat(answer.getElement().getChild(0).isTextNode()).as("text, not markup").isTrue();
        var scores = $(RadioButtonGroup.class).withClassName("assignment-score").all();
        assertThat(scores).hasSize(4);
        for (RadioButtonGroup<?> score : scores) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> points = (RadioButtonGroup<Integer>) score;
            test(points).selectItem("3");
        }
        test($(TextArea.class).withClassName("assignment-comment").single()).setValue("Excellent.");
        test($(Button.class).withClassName("assignment-save-score").single()).click();
        assertThat(assignments.work(ben.student()).writing(task)).hasValueSatisfying(w -> {
            assertThat(w.total()).isEqualTo(12);
            assertThat(w.comment()).isEqualTo("Excellent.");
        });

        if (accounts.find("assign-other").isEmpty()) {
            accounts.create("assign-other", "Mr Cho", "a long enough password", StaffRole.TEACHER);
        }
        SignedIn.as("assign-other", StaffRole.TEACHER);
        visit(ClassroomNavigation.TEACH);
        visit(ClassroomNavigation.assignment(session.id()));
        assertThat(getCurrentView()).as("another teacher's assignment does not exist for them").isNotInstanceOf(AssignmentView.class);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).doesNotContain(session.code().spaced());
    }
}
