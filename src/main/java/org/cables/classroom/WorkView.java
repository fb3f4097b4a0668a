package org.cables.classroom;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.content.Tour;
import org.cables.navigation.ClassroomNavigation;
import org.cables.navigation.TourNavigation;
import org.cables.tours.StopContent;
import org.cables.ui.AddressBar;

/**
 * A student's assignment, worked through at their own pace: the tour's stops (each marked read
 * when opened, its checkpoint answered and kept), the questions, and the writing tasks. The page
 * opens where the student last was, on this device or another; the address names the step, so a
 * reload comes back to it. At the top: the due date and the student's personal re-entry code.
 */
@Route(ClassroomNavigation.WORK)
@AnonymousAllowed
final class WorkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Classrooms classrooms;
    private final Assignments assignments;
    private final ExhibitContent content;
    private final Clock clock;
    private final ClassroomEvents events;
    private String studentId;
    private String title = "";
    /** While the page is open, the student counts as working now on their teacher's page. */
    private com.vaadin.flow.shared.Registration presence;

    WorkView(Classrooms classrooms, Assignments assignments, ExhibitContent content, Clock clock, ClassroomEvents events) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.content = content;
        this.clock = clock;
        this.events = events;
        addClassNames("work-view", "reading-wide");
    }

    /** A step of the assignment: a stop (counted from 0), the questions, or a writing task (counted from 0). */
    private record Step(String key, int index) {

        static Step parse(String value) {
            if (value != null && value.matches("(stop|writing)-\\d{1,3}")) {
                String[] parts = value.split("-");
                return new Step(parts[0], Integer.parseInt(parts[1]) - 1);
            }
            return "questions".equals(value) ? new Step("questions", 0) : null;
        }

        String address() {
            return key.equals("questions") ? key : key + "-" + (index + 1);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Classrooms.Joined> joined = StudentPass.current().flatMap(classrooms::student);
        if (joined.isEmpty()) {
            event.forwardTo(JoinView.class);
            return;
        }
        if (!joined.get().session().assignment()) {
            event.forwardTo(ClassView.class);
            return;
        }
        studentId = joined.get().student().id();
        Step step = Step.parse(event.getLocation().getQueryParameters().getSingleParameter("step").orElse(null));
        show(joined.get(), step);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (studentId != null) {
            classrooms.student(studentId).filter(j -> j.session().openAt(clock.instant())).ifPresent(j -> {
                assignments.seen(j.student());
                if (presence == null) {
                    // The page follows nothing live; it is counted as open (on any node) and the teacher's page redraws.
                    presence = events.subscribe(j.session().id(), studentId, change -> { });
                    events.publish(j.session().id(), ClassroomEvents.Change.STUDENTS);
                }
            });
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        if (presence != null) {
            presence.remove();
            presence = null;
            classrooms.student(studentId).ifPresent(j -> events.publish(j.session().id(), ClassroomEvents.Change.STUDENTS));
        }
    }

    private void show(Classrooms.Joined joined, Step asked) {
        removeAll();
        ClassSession session = joined.session();
        title = session.title();
        Corpus corpus = content.corpus(getLocale());
        Tour tour = classrooms.tour(session, getLocale()).orElseThrow();
        if (!session.open()) {
            add(new H1(session.title()), status(getTranslation("work.ended")),
                    new Paragraph(new Anchor(TourNavigation.tours(), getTranslation("class.ended-tours"))));
            return;
        }
        if (!session.openAt(clock.instant())) {
            add(new H1(session.title()), status(getTranslation("work.not-yet", ClassDates.dateTime(session.opensAt(), getLocale(), clock))));
            return;
        }
        List<Quiz.Question> questions = assignments.questions(session, getLocale());
        List<WritingTask> tasks = assignments.tasks(session);
        List<Step> order = order(tour, questions, tasks);
        Step step = asked;
        if (step == null || !order.contains(step)) {
            step = order.get(Math.max(0, Math.min(joined.student().currentStop(), order.size() - 1)));
        }
        // Where the student is, and the stop read, are stored before their steps are drawn from the database.
        if (step.key().equals("stop")) {
            assignments.read(joined.student(), tour.stops().get(step.index()).id(), step.index());
        } else {
            assignments.at(joined.student(), order.indexOf(step));
        }
        Assignments.Work work = assignments.work(joined.student());
        add(header(joined, session));
        Div layout = new Div();
        layout.addClassName("work-layout");
        layout.add(steps(tour, questions, tasks, work, step), body(joined, session, tour, corpus, questions, tasks, work, step));
        add(layout);
        String address = ClassroomNavigation.work() + "?step=" + step.address();
        getUI().ifPresent(ui -> AddressBar.show(ui, address));
    }

    /** The steps in the order a student takes them: the stops, the questions, the writing tasks. */
    private static List<Step> order(Tour tour, List<Quiz.Question> questions, List<WritingTask> tasks) {
        List<Step> order = new ArrayList<>();
        for (int i = 0; i < tour.stops().size(); i++) {
            order.add(new Step("stop", i));
        }
        if (!questions.isEmpty()) {
            order.add(new Step("questions", 0));
        }
        for (int i = 0; i < tasks.size(); i++) {
            order.add(new Step("writing", i));
        }
        return order;
    }

    private Div header(Classrooms.Joined joined, ClassSession session) {
        Div banner = new Div();
        banner.addClassName("class-banner");
        Span name = new Span(session.title());
        name.addClassName("class-title");
        Span who = new Span(getTranslation("class.you-are", joined.student().name()));
        who.addClassName("class-who");
        Paragraph due = new Paragraph(getTranslation(session.lateAt(clock.instant()) ? "work.was-due" : "work.due",
                ClassDates.dateTime(session.dueAt(), getLocale(), clock)));
        due.addClassName("work-due");
        banner.add(name, who, due);
        if (joined.student().reentryCode() != null) {
            JoinCode personal = new JoinCode(joined.student().reentryCode());
            Aside reentry = new Aside();
            reentry.addClassName("work-reentry");
            Span code = new Span(personal.spaced());
            code.addClassName("work-reentry-code");
            Span classCode = new Span(session.code().spaced());
            classCode.addClassName("work-class-code");
            Paragraph how = new Paragraph(getTranslation("work.reentry-how"));
            reentry.add(new Paragraph(new Span(getTranslation("work.reentry") + " "), code),
                    new Paragraph(new Span(getTranslation("work.class-code") + " "), classCode), how);
            banner.add(reentry);
        }
        return banner;
    }

    private Nav steps(Tour tour, List<Quiz.Question> questions, List<WritingTask> tasks, Assignments.Work work, Step at) {
        Nav nav = new Nav();
        nav.addClassName("work-steps");
        nav.getElement().setAttribute("aria-label", getTranslation("work.steps"));
        nav.add(new H2(getTranslation("work.steps")));
        OrderedList list = new OrderedList();
        for (int i = 0; i < tour.stops().size(); i++) {
            Tour.Stop stop = tour.stops().get(i);
            boolean read = work.read().contains(stop.id());
            list.add(stepLink(new Step("stop", i), stop.title(), read ? getTranslation("work.done-read") : null, at));
        }
        if (!questions.isEmpty()) {
            long answered = questions.stream().filter(q -> work.answers().containsKey(q.id())).count();
            list.add(stepLink(new Step("questions", 0), getTranslation("work.questions"),
                    answered == 0 ? null : getTranslation("work.answered-of", answered, questions.size()), at));
        }
        for (int i = 0; i < tasks.size(); i++) {
            WritingTask task = tasks.get(i);
            Optional<Writing> writing = work.writing(task);
            String state = writing.filter(Writing::isScored).isPresent() ? getTranslation("work.done-scored")
                    : writing.filter(Writing::isSubmitted).isPresent() ? getTranslation("work.done-submitted")
                    : writing.filter(w -> !w.draft().isBlank()).isPresent() ? getTranslation("work.done-draft") : null;
            list.add(stepLink(new Step("writing", i), getTranslation("work.writing-number", i + 1), state, at));
        }
        nav.add(list);
        return nav;
    }

    private ListItem stepLink(Step step, String label, String state, Step at) {
        Anchor link = new Anchor(ClassroomNavigation.work() + "?step=" + step.address(), label);
        link.addClassName("work-step-link");
        ListItem item = new ListItem(link);
        if (state != null) {
            Span done = new Span(state);
            done.addClassName("work-step-state");
            item.add(done);
            item.addClassName("work-step-done");
        }
        if (step.equals(at)) {
            link.getElement().setAttribute("aria-current", "step");
            item.addClassName("work-step-current");
        }
        return item;
    }

    private Section body(Classrooms.Joined joined, ClassSession session, Tour tour, Corpus corpus, List<Quiz.Question> questions,
                         List<WritingTask> tasks, Assignments.Work work, Step step) {
        Section body = new Section();
        body.addClassName("work-body");
        List<Step> order = order(tour, questions, tasks);
        switch (step.key()) {
            case "stop" -> {
                Tour.Stop stop = tour.stops().get(step.index());
                body.add(new Paragraph(getTranslation("stop.step", step.index() + 1, tour.stops().size())));
                body.add(new StopContent(content, tour, stop, false));
                if (stop.checkpoint() != null) {
                    questions.stream().filter(q -> q.id().equals(stop.checkpoint())).findFirst()
                            .ifPresent(q -> body.add(question(joined, corpus, work, q, questions.indexOf(q) + 1)));
                }
            }
            case "questions" -> {
                body.add(new H1(getTranslation("work.questions")), new Paragraph(getTranslation("work.questions-lead")));
                for (int i = 0; i < questions.size(); i++) {
                    body.add(question(joined, corpus, work, questions.get(i), i + 1));
                }
            }
            default -> {
                WritingTask task = tasks.get(step.index());
                body.add(new WritingBox(assignments, joined.student(), session, task, step.index() + 1, corpus, work.writing(task), clock));
            }
        }
        body.add(pager(order, step, tour, tasks));
        return body;
    }

    private WorkQuestion question(Classrooms.Joined joined, Corpus corpus, Assignments.Work work, Quiz.Question q, int number) {
        return new WorkQuestion(number, q, corpus, Optional.ofNullable(work.answers().get(q.id())),
                answer -> assignments.answer(joined.student(), q.id(), answer));
    }

    private Nav pager(List<Step> order, Step step, Tour tour, List<WritingTask> tasks) {
        Nav pager = new Nav();
        pager.addClassName("work-pager");
        pager.getElement().setAttribute("aria-label", getTranslation("stop.pager"));
        int at = order.indexOf(step);
        if (at > 0) {
            Button previous = new Button(getTranslation("work.previous", label(order.get(at - 1), tour)), e -> go(order.get(at - 1)));
            previous.addClassName("work-previous");
            pager.add(previous);
        }
        if (at < order.size() - 1) {
            Button next = new Button(getTranslation("work.next", label(order.get(at + 1), tour)), e -> go(order.get(at + 1)));
            next.addClassName("work-next");
            pager.add(next);
        }
        return pager;
    }

    private String label(Step step, Tour tour) {
        return switch (step.key()) {
            case "stop" -> tour.stops().get(step.index()).title();
            case "questions" -> getTranslation("work.questions");
            default -> getTranslation("work.writing-number", step.index() + 1);
        };
    }

    private void go(Step step) {
        classrooms.student(studentId).ifPresent(joined -> {
            show(joined, step);
            getElement().executeJs("window.scrollTo({top: 0}); const h = this.querySelector('.work-body h1, .work-body h2');"
                    + " if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }");
        });
    }

    private Paragraph status(String text) {
        Paragraph status = new Paragraph(text);
        status.addClassName("work-status");
        status.getElement().setAttribute("role", "status");
        return status;
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("class.page-title") : title) + " · " + getTranslation("shell.title");
    }
}
