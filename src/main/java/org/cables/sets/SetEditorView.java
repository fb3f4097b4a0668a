package org.cables.sets;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.cables.classroom.AssignmentRefused;
import org.cables.classroom.Assignments;
import org.cables.classroom.ClassSession;
import org.cables.classroom.Classrooms;
import org.cables.classroom.Lesson;
import org.cables.content.Cable;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.ClassroomNavigation;
import org.cables.navigation.SetNavigation;
import org.cables.ui.ConfirmDestructive;

/**
 * A teacher builds their own document set: a title and an introduction; the documents they added
 * from the archive, in their order, each with a passage of its own words to highlight and a note;
 * their questions; then a preview as a student sees it, an assignment or a live class from it,
 * and the share code by which a colleague copies it. Only its own teacher may open it.
 */
@Route(SetNavigation.SET)
@RolesAllowed({"TEACHER", "ADMIN"})
final class SetEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentSets sets;
    private final Assignments assignments;
    private final Classrooms classrooms;
    private final ExhibitContent content;
    private final Clock clock;
    private final String teacher;
    private String setId;
    private String title = "";
    private final Paragraph outcome = new Paragraph();

    SetEditorView(DocumentSets sets, Assignments assignments, Classrooms classrooms, ExhibitContent content, Clock clock,
                  AuthenticationContext authentication) {
        this.sets = sets;
        this.assignments = assignments;
        this.classrooms = classrooms;
        this.content = content;
        this.clock = clock;
        this.teacher = SetTeacher.current(authentication).orElseThrow();
        addClassNames("set-editor", "reading-wide");
        outcome.addClassName("staff-outcome");
        outcome.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DocumentSet> set = event.getRouteParameters().get("set").flatMap(id -> sets.ofTeacher(id, teacher));
        if (set.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        setId = set.get().id();
        show(set.get());
    }

    private Optional<DocumentSet> set() {
        return sets.ofTeacher(setId, teacher);
    }

    private void show(DocumentSet set) {
        removeAll();
        Lesson lesson = set.lesson();
        title = lesson.title();
        Corpus corpus = content.corpus(getLocale());
        RouterLink back = new RouterLink(getTranslation("sets.back"), SetsView.class);
        back.addClassName("back-link");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        Paragraph share = new Paragraph(getTranslation("sets.share", set.shareCode().spaced(),
                date.format(set.deleteAfter().atZone(clock.getZone()))));
        share.addClassName("set-share");
        add(back, new H1(lesson.title()), share, outcome);

        // About the set
        TextField name = new TextField(getTranslation("sets.title"));
        name.setValue(lesson.title());
        name.setMaxLength(DocumentSets.MAX_TITLE);
        name.setWidthFull();
        name.addClassName("set-title");
        TextArea introduction = new TextArea(getTranslation("sets.introduction"));
        introduction.setValue(lesson.introduction());
        introduction.setMaxLength(DocumentSets.MAX_INTRODUCTION);
        introduction.setWidthFull();
        introduction.addClassName("set-introduction");

        // The documents, each with its highlight and note
        Section documents = new Section(new H2(getTranslation("sets.documents", lesson.documents().size())));
        documents.addClassName("set-documents");
        if (lesson.documents().isEmpty()) {
            documents.add(new Paragraph(getTranslation("sets.no-documents")));
        }
        documents.add(new Paragraph(new Anchor(ArchiveNavigation.archive(), getTranslation("sets.to-archive"))));
        List<TextArea> highlights = new ArrayList<>();
        List<TextArea> notes = new ArrayList<>();
        OrderedList list = new OrderedList();
        list.addClassName("set-document-list");
        for (int i = 0; i < lesson.documents().size(); i++) {
            int at = i;
            Lesson.Document document = lesson.documents().get(i);
            Optional<Cable> cable = corpus.cable(document.cable());
            ListItem item = new ListItem();
            item.addClassName("set-document");
            H3 heading = new H3(new Anchor(ArchiveNavigation.cable(document.cable()), cable.map(Cable::title).orElse(document.cable().value())));
            Span when = new Span(cable.map(c -> c.date().display(getLocale())).orElse(""));
            when.addClassName("set-document-date");
            TextArea highlight = new TextArea(getTranslation("sets.highlight"));
            highlight.setValue(document.highlight() == null ? "" : document.highlight());
            highlight.setWidthFull();
            highlight.addClassName("set-highlight");
            boolean words = cable.map(c -> c.text() != Cable.TextKind.NONE).orElse(false);
            highlight.setHelperText(getTranslation(words ? "sets.highlight-help" : "sets.highlight-none"));
            highlight.setReadOnly(!words);
            highlight.getElement().setAttribute("lang", "en");
            TextArea note = new TextArea(getTranslation("sets.note"));
            note.setValue(document.note() == null ? "" : document.note());
            note.setMaxLength(DocumentSets.MAX_NOTE);
            note.setWidthFull();
            note.addClassName("set-note");
            highlights.add(highlight);
            notes.add(note);
            String label = cable.map(Cable::title).orElse("");
            Button up = new Button(getTranslation("sets.up"), e -> move(at, at - 1));
            up.setEnabled(at > 0);
            up.getElement().setAttribute("aria-label", getTranslation("sets.up-named", label));
            up.addClassName("set-up");
            Button down = new Button(getTranslation("sets.down"), e -> move(at, at + 1));
            down.setEnabled(at < lesson.documents().size() - 1);
            down.getElement().setAttribute("aria-label", getTranslation("sets.down-named", label));
            down.addClassName("set-down");
            Button remove = new Button(getTranslation("sets.remove"), e -> removeDocument(at));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("sets.remove-named", label));
            remove.addClassName("set-remove");
            Div buttons = new Div(up, down, remove);
            buttons.addClassName("set-document-buttons");
            item.add(heading, when, buttons, highlight, note);
            list.add(item);
        }
        documents.add(list);
        Button save = new Button(getTranslation("sets.save"), e -> save(name.getValue(), introduction.getValue(), highlights, notes));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("set-save");
        Section about = new Section(new H2(getTranslation("sets.about")), name, introduction);
        about.addClassName("set-about");
        add(about, documents, save);

        // Questions
        Section questions = new Section(new H2(getTranslation("sets.questions", lesson.questions().size())));
        questions.addClassName("set-questions");
        OrderedList asked = new OrderedList();
        for (Lesson.Question question : lesson.questions()) {
            ListItem item = new ListItem();
            item.addClassName("set-question");
            String kind = getTranslation(question.writing() ? "sets.kind.writing" : "quiz.type." + question.kind());
            Paragraph prompt = new Paragraph(question.prompt());
            prompt.addClassName("set-question-text");
            Paragraph about2 = new Paragraph(kind + " · " + corpus.cable(question.cable()).map(Cable::title).orElse(""));
            about2.addClassName("set-question-about");
            Button remove = new Button(getTranslation("sets.remove"), e -> removeQuestion(question.id()));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("sets.remove-named", question.prompt()));
            item.add(prompt, about2, remove);
            asked.add(item);
        }
        questions.add(asked);
        if (!lesson.documents().isEmpty()) {
            questions.add(new QuestionForm(lesson, corpus, this::addQuestion));
        }
        add(questions);

        // Use it
        Section use = new Section(new H2(getTranslation("sets.use")));
        use.addClassName("set-use");
        use.add(new Paragraph(new Anchor(SetNavigation.preview(set.id()), getTranslation("sets.preview"))));
        Anchor print = new Anchor(org.cables.navigation.PacketNavigation.set(set.id(), getLocale()), getTranslation("sets.print"));
        Anchor key = new Anchor(org.cables.navigation.PacketNavigation.setKey(set.id(), getLocale()), getTranslation("sets.print-key"));
        for (Anchor file : List.of(print, key)) {
            file.getElement().setAttribute("router-ignore", true);
            file.getElement().setAttribute("download", true);
        }
        print.addClassName("set-print");
        key.addClassName("set-print-key");
        Paragraph printing = new Paragraph(print, new Span(" · "), key);
        printing.addClassName("set-printing");
        use.add(printing);
        if (!lesson.documents().isEmpty()) {
            LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
            org.cables.classroom.DateAndTime opens = new org.cables.classroom.DateAndTime(getTranslation("teach.opens"), getTranslation("teach.opens-time"), now);
            opens.addClassName("set-opens");
            org.cables.classroom.DateAndTime due = new org.cables.classroom.DateAndTime(getTranslation("teach.due"), getTranslation("teach.due-time"),
                    now.toLocalDate().plusDays(7).atTime(17, 0));
            due.setHelperText(getTranslation("teach.due-help", clock.getZone().getId()));
            due.addClassName("set-due");
            Paragraph problem = new Paragraph();
            problem.addClassName("form-problem");
            problem.getElement().setAttribute("role", "alert");
            Button assign = new Button(getTranslation("teach.assign-button"), e -> set().ifPresent(s -> {
                try {
                    ClassSession session = assignments.assign(teacher, s.lesson(), s.title(),
                            opens.getValue() == null ? null : opens.getValue().atZone(clock.getZone()).toInstant(),
                            due.getValue() == null ? null : due.getValue().atZone(clock.getZone()).toInstant());
                    sets.used(s);
                    getUI().ifPresent(ui -> ui.navigate(ClassroomNavigation.assignment(session.id())));
                } catch (AssignmentRefused refused) {
                    problem.setText(getTranslation(refused.key(), refused.arguments()));
                }
            }));
            assign.addThemeVariants(ButtonVariant.PRIMARY);
            assign.addClassName("set-assign");
            Div form = new Div(opens, due, assign);
            form.addClassName("teach-form");
            Button lead = new Button(getTranslation("sets.lead-live"), e -> set().ifPresent(s -> {
                ClassSession session = classrooms.open(teacher, s.lesson(), s.title());
                sets.used(s);
                getUI().ifPresent(ui -> ui.navigate(ClassroomNavigation.console(session.id())));
            }));
            lead.addClassName("set-lead");
            use.add(new H3(getTranslation("teach.assign")), form, problem, new H3(getTranslation("sets.live")),
                    new Paragraph(getTranslation("sets.live-lead")), lead);
        }
        Button delete = new Button(getTranslation("sets.delete"), e -> ConfirmDestructive.ask(getTranslation("sets.delete-heading", lesson.title()),
                getTranslation("sets.delete-text"), getTranslation("sets.delete"), getTranslation("staff.cancel"), () -> {
                    set().ifPresent(sets::delete);
                    getUI().ifPresent(ui -> ui.navigate(SetNavigation.sets()));
                }));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.addClassName("set-delete");
        use.add(delete);
        add(use);
    }

    private void save(String name, String introduction, List<TextArea> highlights, List<TextArea> notes) {
        change(lesson -> {
            List<Lesson.Document> documents = new ArrayList<>();
            for (int i = 0; i < lesson.documents().size() && i < highlights.size(); i++) {
                Lesson.Document d = lesson.documents().get(i);
                documents.add(new Lesson.Document(d.cable(), highlights.get(i).getValue(), notes.get(i).getValue()));
            }
            return new Lesson(lesson.id(), name, introduction, documents, lesson.questions());
        }, "sets.saved");
    }

    private void move(int from, int to) {
        change(lesson -> {
            List<Lesson.Document> documents = new ArrayList<>(lesson.documents());
            documents.add(to, documents.remove(from));
            return new Lesson(lesson.id(), lesson.title(), lesson.introduction(), documents, lesson.questions());
        }, "sets.moved");
    }

    private void removeDocument(int at) {
        change(lesson -> {
            List<Lesson.Document> documents = new ArrayList<>(lesson.documents());
            Lesson.Document gone = documents.remove(at);
            List<Lesson.Question> questions = lesson.questions().stream().filter(q -> !q.cable().equals(gone.cable())).toList();
            return new Lesson(lesson.id(), lesson.title(), lesson.introduction(), documents, questions);
        }, "sets.removed");
    }

    private void addQuestion(Lesson.Question question) {
        DocumentSet set = set().orElseThrow(() -> new SetRefused("set.refused.gone"));
        List<Lesson.Question> questions = new ArrayList<>(set.lesson().questions());
        questions.add(question);
        Lesson lesson = set.lesson();
        show(sets.save(set, new Lesson(lesson.id(), lesson.title(), lesson.introduction(), lesson.documents(), questions)));
        outcome.setText(getTranslation("sets.question-added"));
    }

    private void removeQuestion(String id) {
        change(lesson -> new Lesson(lesson.id(), lesson.title(), lesson.introduction(), lesson.documents(),
                lesson.questions().stream().filter(q -> !q.id().equals(id)).toList()), "sets.removed");
    }

    private void change(java.util.function.UnaryOperator<Lesson> edit, String done) {
        Optional<DocumentSet> set = set();
        if (set.isEmpty()) {
            outcome.setText(getTranslation("set.refused.gone"));
            return;
        }
        try {
            DocumentSet saved = sets.save(set.get(), edit.apply(set.get().lesson()));
            show(saved);
            outcome.setText(getTranslation(done));
        } catch (SetRefused refused) {
            outcome.setText(getTranslation(refused.key(), refused.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("shell.title");
    }
}
