package org.cables.classroom;

import java.time.Clock;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.cables.content.Cable;
import org.cables.content.Corpus;
import org.cables.navigation.ArchiveNavigation;
import org.cables.ui.OurTranslation;

/**
 * A student writes about a source: the document and its passage, the question, a text area saved
 * while they type (a second after they pause, and when they leave the field), a button to submit
 * (again, until the due date), and the teacher's scores and comment once given. What the student
 * wrote is set as text only, never as HTML.
 */
final class WritingBox extends Section {

    /** How long after the last keystroke the draft is saved. */
    static final int SAVE_AFTER_MS = 1_000;

    private final Assignments assignments;
    private final Student student;
    private final ClassSession session;
    private final WritingTask task;
    private final Clock clock;
    private final TextArea text = new TextArea();
    private final Paragraph saved = new Paragraph();
    private final Paragraph state = new Paragraph();
    private final Button submit = new Button();
    private final Div feedback = new Div();

    WritingBox(Assignments assignments, Student student, ClassSession session, WritingTask task, int number, Corpus corpus,
               Optional<Writing> writing, Clock clock) {
        this.assignments = assignments;
        this.student = student;
        this.session = session;
        this.task = task;
        this.clock = clock;
        addClassName("work-writing");
        add(new H2(getTranslation("work.writing-number", number)));
        Optional<Cable> cable = corpus.cable(task.cable());
        cable.ifPresent(c -> {
            Paragraph about = new Paragraph(new Anchor(ArchiveNavigation.cable(c.id()), c.title()));
            about.add(" · " + c.date().display(getLocale()));
            about.addClassName("work-writing-document");
            add(about);
        });
        if (task.hasPassage()) {
            Paragraph passage = new Paragraph("“" + task.passage() + "”");
            passage.getElement().setAttribute("lang", "en");
            passage.addClassNames("work-writing-passage", "quoted-passage");
            add(passage);
            corpus.ourTranslation(task.cable(), task.passage()).ifPresent(t -> add(new OurTranslation(
                    getTranslation("translation.ours.passage"), org.jsoup.nodes.Entities.escape(t), corpus.language().toLanguageTag())));
        }
        Paragraph prompt = new Paragraph(task.prompt());
        prompt.addClassName("work-writing-prompt");
        text.setLabel(getTranslation("work.your-writing"));
        text.setHelperText(getTranslation("work.writing-help", Assignments.MAX_WRITING));
        text.setMaxLength(Assignments.MAX_WRITING);
        text.setWidthFull();
        text.setMinRows(8);
        text.addClassName("work-writing-text");
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(SAVE_AFTER_MS);
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(e.getValue());
            }
        });
        saved.addClassName("work-saved");
        saved.getElement().setAttribute("role", "status");
        state.addClassName("work-writing-state");
        submit.addClassName("work-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        feedback.addClassName("work-feedback");
        add(prompt, text, saved, state, submit, feedback);
        writing.ifPresent(w -> text.setValue(w.draft()));
        show(writing.orElse(null));
    }

    private void save(String value) {
        try {
            Writing writing = assignments.saveDraft(student, task.id(), value);
            saved.setText(getTranslation("work.saved-at", ClassDates.time(writing.savedAt(), getLocale(), clock)));
            show(writing);
        } catch (AssignmentRefused refused) {
            saved.setText(getTranslation(refused.key(), refused.arguments()));
        }
    }

    private void submit() {
        try {
            // What is in the field now is what the student submits, even typed within the last second.
            assignments.saveDraft(student, task.id(), text.getValue());
            Writing writing = assignments.submit(student, task.id());
            show(writing);
            saved.setText(getTranslation("work.submitted-at", ClassDates.time(writing.submittedAt(), getLocale(), clock)));
        } catch (AssignmentRefused refused) {
            saved.setText(getTranslation(refused.key(), refused.arguments()));
        }
    }

    private void show(Writing writing) {
        boolean locked = writing != null && assignments.locked(session, writing);
        text.setReadOnly(locked);
        submit.setVisible(!locked);
        submit.setText(getTranslation(writing != null && writing.isSubmitted() ? "work.resubmit" : "work.submit"));
        if (writing == null || !writing.isSubmitted()) {
            state.setText(getTranslation(session.lateAt(clock.instant()) ? "work.state-not-submitted-late" : "work.state-not-submitted",
                    ClassDates.dateTime(session.dueAt(), getLocale(), clock)));
        } else {
            String when = ClassDates.shortDateTime(writing.submittedAt(), getLocale(), clock);
            state.setText(getTranslation(assignments.late(session, writing) ? "work.state-late"
                    : locked ? "work.state-final" : "work.state-submitted", when, writing.revisions(),
                    ClassDates.dateTime(session.dueAt(), getLocale(), clock)));
        }
        feedback.removeAll();
        if (writing != null && writing.isScored()) {
            feedback.add(new H3(getTranslation("work.feedback", writing.total(), task.rubric().maxScore())));
            UnorderedList scores = new UnorderedList();
            scores.addClassName("work-scores");
            for (int i = 0; i < task.rubric().criteria().size(); i++) {
                scores.add(new ListItem(getTranslation("work.criterion-score", task.rubric().criteria().get(i).label(this::getTranslation),
                        writing.scores().get(i), Rubric.MAX_POINTS)));
            }
            feedback.add(scores);
            if (writing.comment() != null && !writing.comment().isBlank()) {
                Paragraph comment = new Paragraph(writing.comment());
                comment.addClassName("work-comment");
                feedback.add(new Paragraph(getTranslation("work.comment")), comment);
            }
            if (writing.revisedSinceScored()) {
                feedback.add(new Paragraph(getTranslation("work.revised-since-scored")));
            }
        }
    }
}
