package org.cables.classroom;

import static org.assertj.core.api.Assertions.assertThat;


import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.cables.content.Quiz;
import org.cables.content.TourId;
import org.cables.staff.StaffAccounts;
import org.cables.staff.SignedIn;
import org.cables.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The class pages without a browser: start, join, follow, answer, and each class seeing only itself. */
@SpringBootTest
@SuppressWarnings("removal")
class ClassroomViewTest extends ExhibitViewTest {

    @Autowired
    Classrooms classrooms;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ClassroomEvents events;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @BeforeEach
    void english() {
        for (String name : new String[] {"view-teacher", "view-other"}) {
            if (accounts.find(name).isEmpty()) {
                accounts.create(name, name, "a long enough password", StaffRole.TEACHER);
            }
        }
    }

    Button button(String className) {
        return $(Button.class).withClassName(className).single();
    }

    @Test
        void aTeacherStartsAClassAndSeesItsCodeLarge() {
        SignedIn.as("view-teacher", StaffRole.TEACHER);
        navigate(TeachView.class);
        test($(TextField.class).withClassName("teach-class-name").single()).setValue("Period 3");
        test(button("teach-start")).click();
        ClassConsoleView console = (ClassConsoleView) getCurrentView();
        ClassSession session = classrooms.classesOf("view-teacher").getFirst();
        assertThat(session.title()).isEqualTo("Period 3");
        assertThat($(Paragraph.class).withClassName("console-code").single().getText()).isEqualTo(session.code().spaced());
        assertThat($(Image.class).withClassName("qr-code").single().getAlt()).hasValueSatisfying(alt ->
                assertThat(alt).endsWith("join?code=" + session.code().value()));
        assertThat(console.getPageTitle()).startsWith("Period 3");

        test(button("console-next")).click();
        assertThat(classrooms.ofTeacher(session.id(), "view-teacher").orElseThrow().currentStop()).isEqualTo(1);
        assertThat($(Paragraph.class).withClassName("console-at").single().getText()).startsWith("Stop 2 of 10");
        test(button("console-mode-toggle")).click();
        assertThat(classrooms.ofTeacher(session.id(), "view-teacher").orElseThrow().led()).isFalse();
    }

    @Test
        void anotherTeachersClassDoesNotExist() {
        SignedIn.as("view-other", StaffRole.TEACHER);
        ClassSession theirs = classrooms.open("view-teacher", new TourId("road-to-war"), "Not yours");
        UI.getCurrent().navigate("teach/" + theirs.id());
        assertThat(getCurrentView()).isNotInstanceOf(ClassConsoleView.class);
        assertThat($(Span.class).all()).extracting(Span::getText).doesNotContain(theirs.code().spaced());
    }

    @Test
    void aWrongCodeIsExplainedAndTheRightOneOpensTheClass() {
        ClassSession session = classrooms.open("view-teacher", new TourId("road-to-war"), "Year 9");
        navigate(JoinView.class);
        test($(TextField.class).withClassName("join-code").single()).setValue("ACDEFH".equals(session.code().value()) ? "ACDEFJ" : "ACDEFH");
        test($(TextField.class).withClassName("join-name").single()).setValue("Ana");
        test(button("join-submit")).click();
        assertThat($(Paragraph.class).withClassName("join-problem").single().getText())
                .isEqualTo("No class has this code. Check it on your teacher’s screen.");

        test($(TextField.class).withClassName("join-code").single()).setValue(session.code().spaced().toLowerCase());
        test(button("join-submit")).click();
        assertThat(getCurrentView()).isInstanceOf(ClassView.class);
        assertThat($(Span.class).withClassName("class-title").single().getText()).isEqualTo("Year 9");
        assertThat($(Span.class).withClassName("class-who").single().getText()).isEqualTo("You are Ana");
        assertThat($(Span.class).withClassName("class-step").single().getText()).isEqualTo("Stop 1 of 10");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStudentSeesOnlyTheirOwnClassesQuestionAndAnswersIt() {
        ClassSession mine = classrooms.open("view-teacher", new TourId("road-to-war"), "Mine");
        ClassSession theirs = classrooms.open("view-other", new TourId("road-to-war"), "Theirs");
        Student ana = classrooms.join(mine.code().value(), "Ana", new Joiner("192.0.2.1", "ana")).student();
        StudentPass.give(ana);
        Quiz.Question q = classrooms.quiz(theirs).orElseThrow().questions().stream()
                .filter(x -> x.type() == Quiz.Type.SINGLE).findFirst().orElseThrow();
        classrooms.ask(theirs, q.id());

        navigate(ClassView.class);
        assertThat($(Span.class).withClassName("class-title").single().getText()).isEqualTo("Mine");
        assertThat($(Section.class).withClassName("live-question").all()).as("another class's question").isEmpty();

        classrooms.ask(mine, q.id());
        navigate(ClassView.class);
        RadioButtonGroup<Quiz.Choice> choices = $(RadioButtonGroup.class).single();
        test(choices).selectItem(q.choices().stream().filter(Quiz.Choice::correct).findFirst().orElseThrow().text());
        test(button("live-send")).click();
        assertThat($(Paragraph.class).withClassName("live-status").single().getText())
                .isEqualTo("Your answer was sent. Your teacher will show the right answer.");
        ClassResults results = classrooms.results(mine);
        assertThat(results.rightAnswers(ana)).isEqualTo(1);
        assertThat(classrooms.results(theirs).answered(classrooms.results(theirs).asked().getFirst())).isZero();

        navigate(ClassView.class);
        RadioButtonGroup<Quiz.Choice> sent = $(RadioButtonGroup.class).single();
        assertThat(sent.getValue()).as("the answer sent, shown again").isEqualTo(q.choices().stream().filter(Quiz.Choice::correct).findFirst().orElseThrow());
        assertThat(sent.isEnabled()).as("a sent answer can't be changed").isFalse();
    }

    /**
     * A change already handed to the delivery thread when the student's page closes reaches a page
     * no longer attached: it is dropped, not thrown on the delivery thread (an uncaught
     * UIDetachedException there before).
     */
    @Test
    void aChangeDeliveredAfterThePageClosedIsDroppedQuietly() throws Exception {
        ClassSession mine = classrooms.open("view-teacher", new TourId("road-to-war"), "Closing");
        Student ana = classrooms.join(mine.code().value(), "Ana", new Joiner("192.0.2.9", "ana-closing")).student();
        StudentPass.give(ana);
        navigate(ClassView.class);
        UI ui = UI.getCurrent();

        java.util.List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        var holding = events.subscribe("hold-delivery", null, change -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        var last = events.subscribe("after-delivery", null, change -> done.countDown());
        try {
            events.publish("hold-delivery", ClassroomEvents.Change.STOP); // the delivery thread waits
            events.publish(mine.id(), ClassroomEvents.Change.STOP);       // queued for Ana's page
            ui.getSession().removeUI(ui);                                 // her page closes meanwhile
            hold.countDown();
            events.publish("after-delivery", ClassroomEvents.Change.STOP);
            assertThat(done.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            // A thread that died of an exception reports it after its pool has moved on: allow it a moment.
            long until = System.nanoTime() + 1_000_000_000L;
            while (uncaught.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(uncaught).as("exceptions thrown on the delivery thread").isEmpty();
        } finally {
            holding.remove();
            last.remove();
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void theConsoleAndAStudentsPageTakeTheLanguageAndStayInTheClass() {
        SignedIn.as("view-teacher", StaffRole.TEACHER);
        ClassSession session = classrooms.open("view-teacher", new TourId("road-to-war"), "Languages");
        classrooms.lead(session, 2);
        visit(org.cables.navigation.ClassroomNavigation.console(session.id()));
        String english = viewText();
        chooseLanguage(org.cables.i18n.ExhibitLanguage.KOREAN);
        assertThat(getCurrentView()).isInstanceOf(ClassConsoleView.class);
        assertThat($(Paragraph.class).withClassName("console-code").single().getText()).isEqualTo(session.code().spaced());
        assertThat(hangul(viewText())).isGreaterThan(hangul(english) + 5);
        SignedIn.nobody();

        Student ana = classrooms.join(session.code().value(), "Ana", new Joiner("192.0.2.9", "ana-languages")).student();
        StudentPass.give(ana);
        visit(org.cables.navigation.ClassroomNavigation.studentClass());
        chooseLanguage(org.cables.i18n.ExhibitLanguage.ENGLISH);
        String inEnglish = viewText();
        chooseLanguage(org.cables.i18n.ExhibitLanguage.KOREAN);
        assertThat(getCurrentView()).isInstanceOf(ClassView.class);
        assertThat($(Span.class).withClassName("class-title").single().getText()).isEqualTo("Languages");
        assertThat(hangul(viewText())).isGreaterThan(hangul(inEnglish) + 5);
    }

    @Test
    void withoutAPassTheClassPageSendsToTheJoinPage() {
        navigate("class", JoinView.class);
    }

    @Test
    void theTeacherPutsTheNetworkOnEveryStudentsScreenAndTakesItAway() {
        ClassSession session = classrooms.open("view-teacher", new TourId("road-to-war"), "Networks");
        Student ana = classrooms.join(session.code().value(), "Ana", new Joiner("192.0.2.7", "ana-network")).student();

        SignedIn.as("view-teacher", StaffRole.TEACHER);
        UI.getCurrent().navigate("teach/" + session.id());
        @SuppressWarnings("unchecked")
        java.util.List<com.vaadin.flow.component.select.Select<java.time.YearMonth>> months =
                $(com.vaadin.flow.component.select.Select.class).withClassName("console-network-from").all().stream()
                        .map(s -> (com.vaadin.flow.component.select.Select<java.time.YearMonth>) s).toList();
        test(months.getFirst()).selectItem("October 1950");
        test(button("console-network-show")).click();
        ClassSession shown = classrooms.ofTeacher(session.id(), "view-teacher").orElseThrow();
        assertThat(shown.networkFrom()).isEqualTo(java.time.YearMonth.of(1950, 10));
        assertThat(shown.networkTo()).isEqualTo(java.time.YearMonth.of(1950, 10));
        assertThat($(Paragraph.class).withClassName("console-network-state").single().getText())
                .isEqualTo("Every student sees the network, October 1950.");
        assertThat($(org.cables.network.NetworkDrawing.class).all()).as("the teacher sees what the students see").hasSize(1);
        SignedIn.nobody();

        StudentPass.give(ana);
        navigate(ClassView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class).all()).extracting(com.vaadin.flow.component.html.H2::getText)
                .contains("Who wrote to whom, October 1950");
        assertThat($(Paragraph.class).withClassName("network-summary").single().getText()).startsWith("October 1950: ");

        classrooms.showNetwork(shown, null, null);
        navigate(ClassView.class);
        assertThat($(org.cables.network.NetworkDrawing.class).all()).as("back to the tour").isEmpty();
        assertThat($(Span.class).withClassName("class-step").single().getText()).isEqualTo("Stop 1 of 10");
    }
}
