package org.cables.classroom;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Anchor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
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
import org.cables.content.Cable;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.content.Tour;
import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.ClassroomNavigation;
import org.cables.system.ExhibitProperties;
import org.cables.ui.ConfirmDestructive;

/**
 * An assignment, for its teacher: how students join, the dates, the writing tasks (added and
 * removed here), each student's progress as it happens (stops read, questions answered, writing
 * submitted, late), and each submitted piece of writing read beside its source and scored with
 * the rubric. Only the assignment's own teacher may open it; to anyone else it does not exist.
 */
@Route(ClassroomNavigation.ASSIGNMENT)
@RolesAllowed({"TEACHER", "ADMIN"})
final class AssignmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Classrooms classrooms;
    private final Assignments assignments;
    private final ClassroomEvents events;
    private final ExhibitContent content;
    private final ExhibitProperties properties;
    private final Clock clock;
    private final String teacher;
    private String classId;
    private Registration subscription;

    private final H1 heading = new H1();
    private final Paragraph dates = new Paragraph();
    private final Section joinPanel = new Section();
    private final Section tasksPanel = new Section();
    private final Section progressPanel = new Section();
    private final Section reviewPanel = new Section();
    private final Section endPanel = new Section();
    private String reviewTask;
    private String reviewStudent;

    AssignmentView(Classrooms classrooms, Assignments assignments, ClassroomEvents events, ExhibitContent content,
                   ExhibitProperties properties, Clock clock, AuthenticationContext authentication) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.events = events;
        this.content = content;
        this.properties = properties;
        this.clock = clock;
        this.teacher = Teacher.current(authentication);
        addClassNames("assignment-view", "reading-wide");
        RouterLink back = new RouterLink(getTranslation("console.back"), TeachView.class);
        back.addClassName("back-link");
        dates.addClassName("assignment-dates");
        joinPanel.addClassName("assignment-join");
        tasksPanel.addClassName("assignment-tasks");
        progressPanel.addClassName("assignment-progress");
        reviewPanel.addClassName("assignment-review");
        endPanel.addClassName("assignment-end");
        add(back, heading, dates, joinPanel, progressPanel, reviewPanel, tasksPanel, endPanel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ClassSession> session = event.getRouteParameters().get("class").flatMap(id -> classrooms.ofTeacher(id, teacher))
                .filter(ClassSession::assignment);
        if (session.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        classId = session.get().id();
        showAll(session.get());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (classId == null) {
            return;
        }
        UI ui = attachEvent.getUI();
        LivePush.enable(ui);
        subscription = events.subscribe(classId, null, ui.accessLater(change -> session().ifPresentOrElse(this::showProgress, this::gone), LivePush.CLOSED_MEANWHILE));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private Optional<ClassSession> session() {
        return classrooms.ofTeacher(classId, teacher);
    }

    private void gone() {
        removeAll();
        add(new H1(getTranslation("console.gone")), new RouterLink(getTranslation("console.back"), TeachView.class));
    }

    private void showAll(ClassSession session) {
        Tour tour = classrooms.tour(session, getLocale()).orElseThrow();
        heading.setText(session.title());
        dates.setText(getTranslation(session.open() ? "assignment.dates" : "assignment.dates-ended", tour.title(),
                ClassDates.dateTime(session.opensAt(), getLocale(), clock), ClassDates.dateTime(session.dueAt(), getLocale(), clock)));
        showJoin(session);
        showProgress(session);
        showReview(session);
        showTasks(session, tour);
        showEnd(session);
    }

    private void showJoin(ClassSession session) {
        joinPanel.removeAll();
        joinPanel.setVisible(session.open());
        String joinAddress = JoinInstructions.address(properties);
        Div text = JoinInstructions.text(session, joinAddress, new H2(getTranslation("assignment.join")));
        text.add(new Paragraph(getTranslation("assignment.join-help")));
        joinPanel.add(text, JoinInstructions.qr(session, joinAddress));
    }

    private void showProgress(ClassSession session) {
        progressPanel.removeAll();
        Tour tour = classrooms.tour(session, getLocale()).orElseThrow();
        List<Quiz.Question> questions = assignments.questions(session, getLocale());
        List<WritingTask> tasks = assignments.tasks(session);
        List<Assignments.Progress> progress = assignments.progress(session);
        Set<String> online = events.online(session.id());
        progressPanel.add(new H2(getTranslation("assignment.progress", progress.size())));
        if (progress.isEmpty()) {
            progressPanel.add(new Paragraph(getTranslation("console.no-students")));
        } else {
            NativeTable table = new NativeTable();
            table.addClassName("assignment-progress-table");
            NativeTableRow head = table.getHead().addRow();
            List<String> columns = new ArrayList<>(List.of(getTranslation("console.col.name"), getTranslation("assignment.col.last"),
                    getTranslation("assignment.col.stops"), getTranslation("assignment.col.questions")));
            for (int i = 0; i < tasks.size(); i++) {
                columns.add(getTranslation("work.writing-number", i + 1));
            }
            columns.forEach(c -> head.addHeaderCell().setText(c));
            for (Assignments.Progress row : progress) {
                NativeTableRow line = table.getBody().addRow();
                line.addClassName("assignment-student");
                line.addHeaderCell().setText(row.student().name());
                String last = row.lastSeen() == null ? "—" : ClassDates.shortDateTime(row.lastSeen(), getLocale(), clock);
                line.addDataCell().setText(online.contains(row.student().id()) ? getTranslation("assignment.now") : last);
                long read = tour.stops().stream().filter(s -> row.work().read().contains(s.id())).count();
                line.addDataCell().setText(getTranslation("assignment.of", read, tour.stops().size()));
                long answered = questions.stream().filter(q -> row.work().answers().containsKey(q.id())).count();
                line.addDataCell().setText(getTranslation("assignment.answered", answered, questions.size(), row.work().right()));
                for (WritingTask task : tasks) {
                    line.add(writingCell(session, task, row));
                }
            }
            progressPanel.add(table);
        }
        Anchor csv = new Anchor(ClassroomNavigation.results(session.id()), getTranslation("console.csv"));
        csv.getElement().setAttribute("download", true);
        csv.getElement().setAttribute("router-ignore", true);
        csv.addClassName("console-csv");
        progressPanel.add(csv);
    }

    private NativeTableCell writingCell(ClassSession session, WritingTask task, Assignments.Progress row) {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("assignment-writing-cell");
        Optional<Writing> writing = row.work().writing(task);
        if (writing.filter(Writing::isSubmitted).isEmpty()) {
            boolean draft = writing.filter(w -> !w.draft().isBlank()).isPresent();
            String state = getTranslation(draft ? "assignment.writing-draft" : "assignment.writing-none");
            cell.setText(session.lateAt(clock.instant()) ? state + " · " + getTranslation("assignment.late") : state);
            return cell;
        }
        Writing w = writing.get();
        Span state = new Span(w.isScored() ? getTranslation("assignment.writing-scored", w.total(), task.rubric().maxScore())
                : getTranslation("assignment.writing-submitted"));
        cell.add(state);
        if (assignments.late(session, w)) {
            Span late = new Span(getTranslation("assignment.late"));
            late.addClassName("assignment-late");
            cell.add(new Span(" · "), late);
        }
        Button read = new Button(getTranslation("assignment.read-score"), e -> {
            reviewTask = task.id();
            reviewStudent = row.student().id();
            session().ifPresent(s -> {
                showReview(s);
                reviewPanel.getElement().executeJs("this.scrollIntoView(); const h = this.querySelector('h2'); if (h) { h.setAttribute('tabindex','-1'); h.focus(); }");
            });
        });
        read.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        read.addClassName("assignment-read");
        read.getElement().setAttribute("aria-label", getTranslation("assignment.read-score-named", row.student().name(), task.position() + 1));
        cell.add(read);
        return cell;
    }

    /** One student's writing beside its source, with the rubric to score it and a comment. Rebuilt only when the teacher asks. */
    private void showReview(ClassSession session) {
        reviewPanel.removeAll();
        reviewPanel.setVisible(reviewTask != null);
        if (reviewTask == null) {
            return;
        }
        Optional<WritingTask> task = assignments.tasks(session).stream().filter(t -> t.id().equals(reviewTask)).findFirst();
        Optional<Student> student = classrooms.student(reviewStudent).map(Classrooms.Joined::student)
                .filter(s -> s.classId().equals(session.id()));
        Optional<Writing> writing = task.flatMap(t -> student.flatMap(s -> assignments.work(s).writing(t))).filter(Writing::isSubmitted);
        if (task.isEmpty() || writing.isEmpty()) {
            reviewPanel.setVisible(false);
            return;
        }
        Corpus corpus = content.corpus(getLocale());
        reviewPanel.add(new H2(getTranslation("assignment.review", student.get().name(), task.get().position() + 1)));
        Div source = new Div();
        source.addClassName("assignment-review-source");
        source.add(new H3(getTranslation("assignment.source")));
        corpus.cable(task.get().cable()).ifPresent(c -> source.add(new Paragraph(new Anchor(ArchiveNavigation.cable(c.id()), c.title())),
                new Paragraph(c.date().display(getLocale()))));
        if (task.get().hasPassage()) {
            Paragraph passage = new Paragraph("“" + task.get().passage() + "”");
            passage.getElement().setAttribute("lang", "en");
            passage.addClassName("quoted-passage");
            source.add(passage);
        }
        source.add(new H3(getTranslation("assignment.prompt")), new Paragraph(task.get().prompt()));
        NativeDetails model = new NativeDetails(getTranslation("assignment.model-answer"), new Paragraph(task.get().modelAnswer()));
        model.addClassName("assignment-model");
        source.add(model);
        Div answer = new Div();
        answer.addClassName("assignment-review-answer");
        String when = ClassDates.shortDateTime(writing.get().submittedAt(), getLocale(), clock);
        answer.add(new H3(getTranslation("assignment.answer", when, writing.get().revisions())));
        Paragraph text = new Paragraph(writing.get().submitted());
        text.addClassName("assignment-answer-text");
        answer.add(text);
        if (writing.get().hasUnsubmittedChanges()) {
            answer.add(new Paragraph(getTranslation("assignment.unsubmitted-changes")));
        }
        List<RadioButtonGroup<Integer>> scores = new ArrayList<>();
        Div rubric = new Div();
        rubric.addClassName("assignment-rubric");
        List<Rubric.Criterion> criteria = task.get().rubric().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>(criteria.get(i).label(this::getTranslation), 0, 1, 2, 3);
            score.setItemLabelGenerator(String::valueOf);
            score.setHelperText(getTranslation("rubric.scale", Rubric.MAX_POINTS));
            if (writing.get().isScored()) {
                score.setValue(writing.get().scores().get(i));
            }
            score.addClassName("assignment-score");
            scores.add(score);
            rubric.add(score);
        }
        TextArea comment = new TextArea(getTranslation("assignment.comment"));
        comment.setMaxLength(Assignments.MAX_COMMENT);
        comment.setWidthFull();
        comment.setValue(writing.get().comment() == null ? "" : writing.get().comment());
        comment.addClassName("assignment-comment");
        Paragraph outcome = new Paragraph();
        outcome.addClassName("assignment-score-outcome");
        outcome.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("assignment.save-score"), e -> {
            if (scores.stream().anyMatch(s -> s.getValue() == null)) {
                outcome.setText(getTranslation("score.refused.scores", Rubric.MAX_POINTS));
                return;
            }
            try {
                Writing scored = assignments.score(session, reviewTask, reviewStudent, scores.stream().map(RadioButtonGroup::getValue).toList(),
                        comment.getValue());
                outcome.setText(getTranslation("assignment.scored", scored.total(), task.get().rubric().maxScore()));
                showProgress(session);
            } catch (AssignmentRefused refused) {
                outcome.setText(getTranslation(refused.key(), refused.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("assignment-save-score");
        answer.add(rubric, comment, save, outcome);
        Div columns = new Div(source, answer);
        columns.addClassName("assignment-review-columns");
        reviewPanel.add(columns);
    }

    private void showTasks(ClassSession session, Tour tour) {
        tasksPanel.removeAll();
        Corpus corpus = content.corpus(getLocale());
        List<WritingTask> tasks = assignments.tasks(session);
        tasksPanel.add(new H2(getTranslation("assignment.tasks")), new Paragraph(getTranslation("assignment.tasks-lead")));
        OrderedList list = new OrderedList();
        list.addClassName("assignment-task-list");
        for (WritingTask task : tasks) {
            ListItem item = new ListItem();
            item.addClassName("assignment-task");
            Paragraph prompt = new Paragraph(task.prompt());
            prompt.addClassName("assignment-task-prompt");
            String document = corpus.cable(task.cable()).map(Cable::title).orElse(task.cable().value());
            item.add(prompt, new Paragraph(getTranslation("assignment.task-about", document)),
                    new Paragraph(getTranslation("assignment.task-rubric",
                            String.join(", ", task.rubric().criteria().stream().map(c -> c.label(this::getTranslation)).toList()))));
            if (session.open()) {
                Button remove = new Button(getTranslation("assignment.remove-task"), e -> ConfirmDestructive.ask(
                        getTranslation("assignment.remove-task-heading"), getTranslation("assignment.remove-task-text"),
                        getTranslation("assignment.remove-task"), getTranslation("staff.cancel"), () -> {
                            assignments.removeTask(session, task.id());
                            showTasks(session, tour);
                            showProgress(session);
                        }));
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.addClassName("assignment-remove-task");
                item.add(remove);
            }
            list.add(item);
        }
        if (!tasks.isEmpty()) {
            tasksPanel.add(list);
        }
        if (session.open() && tasks.size() < Assignments.MAX_TASKS) {
            tasksPanel.add(taskForm(session, tour, corpus));
        }
    }

    private Div taskForm(ClassSession session, Tour tour, Corpus corpus) {
        Select<Tour.CitedCable> document = new Select<>();
        document.setLabel(getTranslation("assignment.task-document"));
        document.setItems(assignments.documents(session));
        document.setItemLabelGenerator(cited -> {
            int stop = 1 + tour.stops().stream().filter(s -> s.cables().contains(cited)).findFirst().map(tour.stops()::indexOf).orElse(0);
            String title = corpus.cable(cited.cable()).map(Cable::title).orElse(cited.cable().value());
            return getTranslation(cited.highlight() == null ? "assignment.task-document-item" : "assignment.task-document-item-passage", stop, title);
        });
        document.addClassName("assignment-task-document");
        TextArea prompt = new TextArea(getTranslation("assignment.task-prompt"));
        prompt.setValue(getTranslation("assignment.task-prompt-default"));
        prompt.setMaxLength(Assignments.MAX_PROMPT);
        prompt.setWidthFull();
        prompt.addClassName("assignment-task-prompt-field");
        TextArea model = new TextArea(getTranslation("assignment.task-model"));
        model.setHelperText(getTranslation("assignment.task-model-help"));
        model.setMaxLength(Assignments.MAX_MODEL_ANSWER);
        model.setWidthFull();
        model.addClassName("assignment-task-model");
        RadioButtonGroup<Boolean> ownCriteria = new RadioButtonGroup<>(getTranslation("assignment.task-rubric-choice"), false, true);
        ownCriteria.setItemLabelGenerator(own -> getTranslation(own ? "assignment.rubric-own" : "assignment.rubric-skills"));
        ownCriteria.setValue(false);
        ownCriteria.addClassName("assignment-rubric-choice");
        TextArea criteria = new TextArea(getTranslation("assignment.rubric-own-lines"));
        criteria.setHelperText(getTranslation("assignment.rubric-own-help", Rubric.MAX_CRITERIA));
        criteria.setVisible(false);
        criteria.setWidthFull();
        criteria.addClassName("assignment-rubric-own");
        ownCriteria.addValueChangeListener(e -> criteria.setVisible(Boolean.TRUE.equals(e.getValue())));
        Paragraph problem = new Paragraph();
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        Button add = new Button(getTranslation("assignment.add-task"), e -> {
            if (document.getValue() == null) {
                problem.setText(getTranslation("writing.refused.document"));
                document.focus();
                return;
            }
            try {
                Rubric rubric = Boolean.TRUE.equals(ownCriteria.getValue()) ? Rubric.own(criteria.getValue()) : Rubric.historicalThinking();
                assignments.addTask(session, document.getValue().cable(), document.getValue().highlight(), prompt.getValue(), model.getValue(), rubric);
                showTasks(session, tour);
                showProgress(session);
            } catch (AssignmentRefused refused) {
                problem.setText(getTranslation(refused.key(), refused.arguments()));
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClassName("assignment-add-task");
        Div form = new Div(new H3(getTranslation("assignment.new-task")), document, prompt, model, ownCriteria, criteria, problem, add);
        form.addClassName("assignment-task-form");
        return form;
    }

    private void showEnd(ClassSession session) {
        endPanel.removeAll();
        if (!session.open()) {
            return;
        }
        Button end = new Button(getTranslation("assignment.end"), e -> ConfirmDestructive.ask(getTranslation("assignment.end-heading"),
                getTranslation("assignment.end-text"), getTranslation("assignment.end"), getTranslation("staff.cancel"), () -> {
                    classrooms.close(session);
                    session().ifPresent(this::showAll);
                }));
        end.addThemeVariants(ButtonVariant.ERROR);
        end.addClassName("assignment-end-button");
        endPanel.add(end);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("shell.title");
    }
}
