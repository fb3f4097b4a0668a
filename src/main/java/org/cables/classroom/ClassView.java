package org.cables.classroom;

import org.cables.navigation.TourNavigation;
import org.cables.navigation.ClassroomNavigation;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import org.cables.classroom.ClassroomEvents.Change;
import org.cables.content.ExhibitContent;
import org.cables.network.CorrespondenceNetwork;
import org.cables.content.Quiz;
import org.cables.content.Tour;
import org.cables.quiz.QuizScoring;
import org.cables.tours.StopContent;

/**
 * A student's screen in a class. While the teacher leads, it shows the teacher's stop and
 * follows every move (server push); when the teacher lets the class explore, the student
 * turns the stops. A question the teacher asks appears at the top; the answer and its
 * explanation come when the teacher reveals them. The page knows only the student's own class.
 */
@Route(ClassroomNavigation.STUDENT)
@AnonymousAllowed
final class ClassView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Classrooms classrooms;
    private final ClassroomEvents events;
    private final ExhibitContent content;
    private final CorrespondenceNetwork network;
    private final Div banner = new Div();
    private final Div question = new Div();
    private final Div stop = new Div();
    private String studentId;
    private Registration subscription;
    private String shownQuestion;
    private String shownStop;

    ClassView(Classrooms classrooms, ClassroomEvents events, ExhibitContent content, CorrespondenceNetwork network) {
        this.classrooms = classrooms;
        this.network = network;
        this.events = events;
        this.content = content;
        addClassName("class-view");
        banner.addClassName("class-banner");
        question.addClassName("class-question");
        stop.addClassName("class-stop");
        add(banner, question, stop);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        studentId = StudentPass.current().orElse(null);
        if (studentId == null || classrooms.student(studentId).isEmpty()) {
            studentId = null;
            event.forwardTo(JoinView.class);
            return;
        }
        if (classrooms.student(studentId).filter(j -> j.session().assignment()).isPresent()) {
            studentId = null;
            event.forwardTo(WorkView.class);
            return;
        }
        refresh(null);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        if (studentId == null) {
            return;
        }
        LivePush.enable(ui);
        Optional<Classrooms.Joined> joined = classrooms.student(studentId);
        joined.ifPresent(j -> subscription = events.subscribe(j.session().id(), studentId,
                ui.accessLater(this::refresh, LivePush.CLOSED_MEANWHILE)));
        joined.ifPresent(j -> events.publish(j.session().id(), Change.STUDENTS));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
            classrooms.student(studentId).ifPresent(j -> events.publish(j.session().id(), Change.STUDENTS));
        }
    }

    /** Redraws what changed; everything on first show. */
    private void refresh(Change change) {
        Optional<Classrooms.Joined> found = classrooms.student(studentId);
        if (found.isEmpty() || !found.get().session().open()) {
            ended();
            return;
        }
        if (change == Change.ANSWERS || change == Change.STUDENTS) {
            return;
        }
        Classrooms.Joined joined = found.get();
        ClassSession session = joined.session();
        Tour tour = classrooms.tour(session, getLocale()).orElseThrow();
        int at = Math.min(session.led() ? session.currentStop() : joined.student().currentStop(), tour.stops().size() - 1);
        showBanner(joined, tour, at);
        showQuestion(joined);
        String stopKey = session.showsNetwork() ? "network/" + session.networkFrom() + "/" + session.networkTo()
                : tour.stops().get(at).id() + (session.led() ? "/led" : "/free");
        if (!stopKey.equals(shownStop)) {
            boolean moved = shownStop != null;
            shownStop = stopKey;
            stop.removeAll();
            stop.add(session.showsNetwork() ? ClassNetwork.drawing(network, session, getLocale())
                    : new StopContent(content, tour, tour.stops().get(at), false));
            if (moved) {
                // A new stop is read from its top, as a new page would be.
                getElement().executeJs("window.scrollTo({top: 0})");
            }
        }
    }

    private void showBanner(Classrooms.Joined joined, Tour tour, int at) {
        banner.removeAll();
        ClassSession session = joined.session();
        Span title = new Span(session.title());
        title.addClassName("class-title");
        Span who = new Span(getTranslation("class.you-are", joined.student().name()));
        who.addClassName("class-who");
        Span step = new Span(getTranslation("stop.step", at + 1, tour.stops().size()));
        step.addClassName("class-step");
        Paragraph mode = new Paragraph(getTranslation(session.led() ? "class.led" : "class.free"));
        mode.addClassName("class-mode");
        mode.getElement().setAttribute("role", "status");
        banner.add(title, who, step, mode);
        if (!session.led()) {
            Nav pager = new Nav();
            pager.addClassName("class-pager");
            pager.getElement().setAttribute("aria-label", getTranslation("stop.pager"));
            List<Tour.Stop> stops = tour.stops();
            if (at > 0) {
                Button previous = new Button(getTranslation("stop.previous", stops.get(at - 1).title()), e -> move(joined, at - 1, "class-previous"));
                previous.addClassName("class-previous");
                pager.add(previous);
            }
            if (at < stops.size() - 1) {
                Button next = new Button(getTranslation("stop.next", stops.get(at + 1).title()), e -> move(joined, at + 1, "class-next"));
                next.addClassName("class-next");
                pager.add(next);
            }
            banner.add(pager);
        }
    }

    /** The student turns a stop; the focus stays on the button they used (or its partner at the ends). */
    private void move(Classrooms.Joined joined, int to, String used) {
        classrooms.studentAt(joined.student(), to);
        refresh(Change.STOP);
        banner.getElement().executeJs("const b = this.querySelector('.' + $0) || this.querySelector('.class-previous, .class-next');"
                + " if (b) b.focus();", used);
    }

    private void showQuestion(Classrooms.Joined joined) {
        Optional<AskedQuestion> asked = classrooms.currentQuestion(joined.session().id());
        Optional<Quiz.Question> q = asked.flatMap(a -> classrooms.quiz(joined.session(), getLocale()).flatMap(z -> z.question(a.questionId())));
        String key = asked.map(a -> a.id() + (a.revealed() ? "/revealed" : "")).orElse(null);
        if (java.util.Objects.equals(key, shownQuestion)) {
            return;
        }
        shownQuestion = key;
        question.removeAll();
        if (asked.isEmpty() || q.isEmpty()) {
            return;
        }
        question.add(new LiveQuestion(q.get(), content.corpus(getLocale()), classrooms.answerOf(joined.student(), asked.get()), asked.get().revealed(),
                answer -> {
                    try {
                        return classrooms.answer(joined.student(), asked.get().id(), answer);
                    } catch (QuizScoring.InvalidAnswer wrong) {
                        return false;
                    }
                }));
    }

    private void ended() {
        removeAll();
        shownStop = null;
        shownQuestion = null;
        Div done = new Div(new H1(getTranslation("class.ended")), new Paragraph(getTranslation("class.ended-text")),
                new Paragraph(new Anchor(TourNavigation.tours(), getTranslation("class.ended-tours"))));
        done.addClassName("class-ended");
        done.getElement().setAttribute("role", "status");
        add(done);
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("class.page-title") + " · " + getTranslation("shell.title");
    }
}
