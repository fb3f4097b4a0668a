package org.cables.classroom;

import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.ClassroomNavigation;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.cables.ui.ConfirmDestructive;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.cables.classroom.ClassroomEvents.Change;
import org.cables.content.ExhibitContent;
import org.cables.network.CorrespondenceNetwork;
import org.cables.network.NetworkFilter;
import org.cables.content.QuestionId;
import org.cables.content.Quiz;
import org.cables.content.StopId;
import org.cables.content.Tour;
import org.cables.system.ExhibitProperties;
import org.cables.tours.StopContent;

/**
 * The teacher's console for one class, made for a projector: the join code and its QR code
 * in large type, the stop the class is on (students follow), the class let loose or led
 * again, a live question with answers arriving as a chart, the reveal, who is here and how
 * each did, the results as CSV, and the end of the class. Only the class's own teacher may
 * open it; to anyone else it does not exist.
 */
@Route(ClassroomNavigation.CONSOLE)
@RolesAllowed({"TEACHER", "ADMIN"})
final class ClassConsoleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Classrooms classrooms;
    private final ClassroomEvents events;
    private final ExhibitContent content;
    private final ExhibitProperties properties;
    private final String teacher;
    private String classId;
    private String joinAddress = ClassroomNavigation.join();
    private Registration subscription;

    private final H1 heading = new H1();
    private final Paragraph status = new Paragraph();
    private final Section joinPanel = new Section();
    private final Section leadPanel = new Section();
    private final Section questionPanel = new Section();
    private final Section studentsPanel = new Section();
    private final Section resultsPanel = new Section();
    private final Section networkPanel = new Section();
    private final Select<YearMonth> networkFrom = new Select<>();
    private final Select<YearMonth> networkTo = new Select<>();
    private final Paragraph networkState = new Paragraph();
    private final Button networkShow = new Button();
    private final Button networkHide = new Button();
    private final CorrespondenceNetwork network;
    private String shownNetwork;
    private final Div stopContent = new Div();
    private final AnswerChart chart = new AnswerChart();
    private boolean codeHidden;
    private Paragraph leadAt;
    private final Paragraph leadMode = new Paragraph();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Select<Tour.Stop> jump = new Select<>();
    private final Button modeToggle = new Button();
    private final Div leadControls = new Div();
    private final Div resultsTable = new Div();
    private final Anchor csv = new Anchor();
    private final Button end = new Button();
    private String shownQuestionKey;
    private StopId shownStop;

    ClassConsoleView(Classrooms classrooms, ClassroomEvents events, ExhibitContent content, ExhibitProperties properties,
                     AuthenticationContext authentication, CorrespondenceNetwork network) {
        this.classrooms = classrooms;
        this.events = events;
        this.content = content;
        this.properties = properties;
        this.teacher = Teacher.current(authentication);
        this.network = network;
        addClassName("console-view");
        RouterLink back = new RouterLink(getTranslation("console.back"), TeachView.class);
        back.addClassName("back-link");
        status.addClassName("console-status");
        joinPanel.addClassName("console-join");
        leadPanel.addClassName("console-lead");
        questionPanel.addClassName("console-question");
        studentsPanel.addClassName("console-students");
        resultsPanel.addClassName("console-results");
        stopContent.addClassName("console-stop");
        networkPanel.addClassName("console-network");
        buildNetworkPanel();
        Div panels = new Div(leadPanel, networkPanel, questionPanel, studentsPanel, resultsPanel);
        panels.addClassName("console-panels");
        add(back, heading, status, joinPanel, panels, stopContent);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ClassSession> session = event.getRouteParameters().get("class")
                .flatMap(id -> classrooms.ofTeacher(id, teacher));
        if (session.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (session.get().assignment()) {
            event.forwardTo(ClassroomNavigation.assignment(session.get().id()));
            return;
        }
        classId = session.get().id();
        joinAddress = JoinInstructions.address(properties);
        refresh(null);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (classId == null) {
            return;
        }
        UI ui = attachEvent.getUI();
        LivePush.enable(ui);
        subscription = events.subscribe(classId, null, ui.accessLater(this::refresh, LivePush.CLOSED_MEANWHILE));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    /** The teacher's own action shows at once here; the other screens hear of it by push. */
    private void act(Change change, java.util.function.Consumer<ClassSession> action) {
        session().ifPresent(action);
        refresh(change);
    }

    private Optional<ClassSession> session() {
        return classrooms.ofTeacher(classId, teacher);
    }

    private void refresh(Change change) {
        Optional<ClassSession> found = session();
        if (found.isEmpty()) {
            removeAll();
            add(new H1(getTranslation("console.gone")), new RouterLink(getTranslation("console.back"), TeachView.class));
            return;
        }
        ClassSession session = found.get();
        Tour tour = classrooms.tour(session, getLocale()).orElseThrow();
        ClassResults results = classrooms.results(session);
        heading.setText(session.title());
        status.setText(getTranslation(session.open() ? "console.status-open" : "console.status-ended", tour.title()));
        boolean all = change == null || change == Change.CLOSED;
        if (all) {
            showJoin(session);
        }
        if (all || change == Change.STOP) {
            showLead(session, tour);
            showNetworkState(session);
        }
        if (all || change == Change.QUESTION || change == Change.ANSWERS) {
            showQuestion(session, results.asked());
        }
        showStudents(session, tour, results);
        showResults(session, results);
        if (session.showsNetwork()) {
            String key = session.networkFrom() + "/" + session.networkTo();
            if (!key.equals(shownNetwork)) {
                shownNetwork = key;
                shownStop = null;
                stopContent.removeAll();
                stopContent.add(ClassNetwork.drawing(network, session, getLocale()));
            }
            return;
        }
        shownNetwork = null;
        StopId stopKey = tour.stops().get(session.currentStop()).id();
        if (!stopKey.equals(shownStop)) {
            shownStop = stopKey;
            stopContent.removeAll();
            stopContent.add(new StopContent(content, tour, tour.stops().get(session.currentStop()), false));
        }
    }

    /** Months to choose and the buttons that put the network on every screen, and take it away. */
    private void buildNetworkPanel() {
        for (Select<YearMonth> month : List.of(networkFrom, networkTo)) {
            month.setItems(NetworkFilter.allMonths());
            month.setItemLabelGenerator(m -> ClassNetwork.monthName(m, getLocale()));
        }
        networkFrom.setLabel(getTranslation("network.from"));
        networkTo.setLabel(getTranslation("network.to"));
        networkFrom.setValue(ClassNetwork.DEFAULT_FROM);
        networkTo.setValue(ClassNetwork.DEFAULT_TO);
        networkFrom.addClassName("console-network-from");
        networkTo.addClassName("console-network-to");
        networkState.addClassName("console-network-state");
        networkState.getElement().setAttribute("role", "status");
        networkShow.setText(getTranslation("console.network-show"));
        networkShow.addClassName("console-network-show");
        networkShow.addClickListener(e -> act(Change.STOP, s -> classrooms.showNetwork(s, networkFrom.getValue(), networkTo.getValue())));
        networkHide.setText(getTranslation("console.network-hide"));
        networkHide.addClassName("console-network-hide");
        networkHide.addClickListener(e -> act(Change.STOP, s -> classrooms.showNetwork(s, null, null)));
        Div monthFields = new Div(networkFrom, networkTo);
        monthFields.addClassName("console-network-months");
        networkPanel.add(new H2(getTranslation("console.network")), new Paragraph(getTranslation("console.network-help")),
                monthFields, networkShow, networkState, networkHide);
    }

    private void showNetworkState(ClassSession session) {
        networkPanel.setVisible(session.open());
        networkHide.setVisible(session.showsNetwork());
        networkState.setText(session.showsNetwork()
                ? getTranslation("console.network-shown", ClassNetwork.period(session, getLocale()))
                : getTranslation("console.network-not-shown"));
        if (session.showsNetwork()) {
            networkFrom.setValue(session.networkFrom());
            networkTo.setValue(session.networkTo());
        }
    }

    private void showJoin(ClassSession session) {
        joinPanel.removeAll();
        if (!session.open()) {
            joinPanel.setVisible(false);
            return;
        }
        joinPanel.setVisible(true);
        Button toggle = new Button(getTranslation(codeHidden ? "console.show-code" : "console.hide-code"), e -> {
            codeHidden = !codeHidden;
            showJoin(session);
        });
        toggle.addClassName("console-toggle-code");
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        if (codeHidden) {
            joinPanel.add(toggle);
            return;
        }
        joinPanel.add(JoinInstructions.text(session, joinAddress), JoinInstructions.qr(session, joinAddress), toggle);
    }

    /** The lead panel keeps its controls, so that a teacher pressing "Next stop" keeps the focus there. */
    private void showLead(ClassSession session, Tour tour) {
        List<Tour.Stop> stops = tour.stops();
        int at = session.currentStop();
        if (leadAt == null) {
            leadAt = new Paragraph();
            leadAt.addClassName("console-at");
            leadAt.getElement().setAttribute("role", "status");
            previous.addClassName("console-previous");
            previous.addClickListener(e -> act(Change.STOP, s -> classrooms.lead(s, s.currentStop() - 1)));
            next.addClassName("console-next");
            next.addThemeVariants(ButtonVariant.PRIMARY);
            next.addClickListener(e -> act(Change.STOP, s -> classrooms.lead(s, s.currentStop() + 1)));
            jump.setLabel(getTranslation("console.go-to"));
            jump.setItems(stops);
            jump.setItemLabelGenerator(s -> (stops.indexOf(s) + 1) + ". " + s.title());
            jump.addClassName("console-jump");
            jump.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    act(Change.STOP, s -> classrooms.lead(s, stops.indexOf(e.getValue())));
                }
            });
            leadMode.addClassName("console-mode");
            modeToggle.addClassName("console-mode-toggle");
            modeToggle.addClickListener(e -> act(Change.STOP, s -> classrooms.setLed(s, !s.led())));
            Div buttons = new Div(previous, next, jump);
            buttons.addClassName("console-buttons");
            leadControls.add(buttons, leadMode, modeToggle);
            leadPanel.add(new H2(getTranslation("console.lead")), leadAt, leadControls);
        }
        previous.setText(getTranslation("console.previous"));
        next.setText(getTranslation("console.next"));
        leadAt.setText(getTranslation("console.at-stop", at + 1, stops.size(), stops.get(at).title()));
        previous.setEnabled(at > 0);
        next.setEnabled(at < stops.size() - 1);
        jump.setValue(stops.get(at));
        leadMode.setText(getTranslation(session.led() ? "console.led" : "console.free"));
        modeToggle.setText(getTranslation(session.led() ? "console.release" : "console.take-lead"));
        leadControls.setVisible(session.open());
    }

    /** Rebuilt only when the question or its state changed (the buttons keep the focus); the chart always follows the answers. */
    private void showQuestion(ClassSession session, List<AskedQuestion> askedSoFar) {
        Optional<Quiz> quiz = classrooms.quiz(session, getLocale());
        Optional<AskedQuestion> asked = classrooms.currentQuestion(session.id());
        String key = asked.map(a -> a.id() + (a.revealed() ? "/revealed" : "")).orElse("none") + (session.open() ? "" : "/ended")
                + "/" + askedSoFar.size();
        if (key.equals(shownQuestionKey)) {
            asked.ifPresent(a -> chart.show(classrooms.tally(session, a), a.revealed()));
            return;
        }
        shownQuestionKey = key;
        questionPanel.removeAll();
        questionPanel.add(new H2(getTranslation("console.question")));
        if (asked.isPresent() && quiz.isPresent()) {
            Quiz.Question q = quiz.get().question(asked.get().questionId()).orElseThrow();
            Paragraph prompt = new Paragraph(q.prompt());
            prompt.addClassName("console-prompt");
            questionPanel.add(prompt);
            if (q.type() == Quiz.Type.TRUE_FALSE) {
                questionPanel.add(new Paragraph(q.statement()));
            }
            chart.show(classrooms.tally(session, asked.get()), asked.get().revealed());
            questionPanel.add(chart);
            if (asked.get().revealed()) {
                Paragraph explanation = new Paragraph(q.explanation());
                explanation.addClassName("console-explanation");
                questionPanel.add(explanation, new Anchor(ArchiveNavigation.passage(q.cable(), q.paragraph()), getTranslation("checkpoint.source")));
                Button close = new Button(getTranslation("console.close-question"),
                        e -> act(Change.QUESTION, s -> classrooms.closeQuestion(s, asked.get())));
                close.addClassName("console-close-question");
                questionPanel.add(close);
            } else if (session.open()) {
                Button reveal = new Button(getTranslation("console.reveal"),
                        e -> act(Change.QUESTION, s -> classrooms.reveal(s, asked.get())));
                reveal.addThemeVariants(ButtonVariant.PRIMARY);
                reveal.addClassName("console-reveal");
                questionPanel.add(reveal);
            }
            return;
        }
        if (!session.open() || quiz.isEmpty()) {
            questionPanel.add(new Paragraph(getTranslation(session.open() ? "console.no-quiz" : "console.no-question")));
            return;
        }
        Set<QuestionId> done = askedSoFar.stream().map(AskedQuestion::questionId).collect(java.util.stream.Collectors.toSet());
        Select<Quiz.Question> choose = new Select<>();
        choose.setLabel(getTranslation("console.choose-question"));
        choose.setItems(quiz.get().questions().stream().filter(Classrooms::askable).toList());
        choose.setItemLabelGenerator(q -> (done.contains(q.id()) ? "✓ " : "") + q.prompt());
        choose.addClassName("console-choose");
        Button ask = new Button(getTranslation("console.ask"), e -> {
            if (choose.getValue() != null) {
                act(Change.QUESTION, s -> classrooms.ask(s, choose.getValue().id()));
            }
        });
        ask.addThemeVariants(ButtonVariant.PRIMARY);
        ask.addClassName("console-ask");
        questionPanel.add(new Paragraph(getTranslation("console.question-help")), choose, ask);
    }

    private void showStudents(ClassSession session, Tour tour, ClassResults results) {
        studentsPanel.removeAll();
        Set<String> online = events.online(session.id());
        long here = results.students().stream().filter(s -> online.contains(s.id())).count();
        H2 title = new H2(getTranslation("console.students", results.students().size()));
        Paragraph count = new Paragraph(getTranslation("console.online", here));
        count.addClassName("console-online");
        studentsPanel.add(title, count);
        if (results.students().isEmpty()) {
            studentsPanel.add(new Paragraph(getTranslation("console.no-students")));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("console-student-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("console.col.name", "console.col.online", "console.col.where", "console.col.right")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        for (Student student : results.students()) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("console-student");
            row.addHeaderCell().setText(student.name());
            row.addDataCell().setText(getTranslation(online.contains(student.id()) ? "console.yes" : "console.no"));
            int stop = Math.min(session.led() ? session.currentStop() : student.currentStop(), tour.stops().size() - 1);
            row.addDataCell().setText((stop + 1) + ". " + tour.stops().get(stop).title());
            row.addDataCell().setText(getTranslation("console.right-of", results.rightAnswers(student), results.asked().size()));
        }
        studentsPanel.add(table);
    }

    /** The results table is redrawn; the download and the end of the class stay where the focus may be. */
    private void showResults(ClassSession session, ClassResults results) {
        if (resultsPanel.getChildren().findAny().isEmpty()) {
            resultsTable.addClassName("console-results-table");
            csv.setHref(ClassroomNavigation.results(session.id()));
            csv.setText(getTranslation("console.csv"));
            csv.getElement().setAttribute("download", true);
            csv.getElement().setAttribute("router-ignore", true);
            csv.addClassName("console-csv");
            end.setText(getTranslation("console.end"));
            end.addThemeVariants(ButtonVariant.ERROR);
            end.addClassName("console-end");
            end.addClickListener(e -> confirmEnd());
            resultsPanel.add(new H2(getTranslation("console.results")), resultsTable, csv, end);
        }
        end.setVisible(session.open());
        resultsTable.removeAll();
        Optional<Quiz> quiz = classrooms.quiz(session, getLocale());
        if (results.asked().isEmpty()) {
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("console-question-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("console.col.question", "console.col.answered", "console.col.right-answers")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        for (AskedQuestion asked : results.asked()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(quiz.flatMap(z -> z.question(asked.questionId())).map(Quiz.Question::prompt)
                    .orElse(asked.questionId().value()));
            row.addDataCell().setText(Integer.toString(results.answered(asked)));
            row.addDataCell().setText(Integer.toString(results.rightAnswers(asked)));
        }
        resultsTable.add(table);
    }

    private void confirmEnd() {
        ConfirmDestructive.ask(getTranslation("console.end-heading"), getTranslation("console.end-text"),
                getTranslation("console.end"), getTranslation("staff.cancel"), () -> act(Change.CLOSED, classrooms::close));
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("shell.title");
    }
}
