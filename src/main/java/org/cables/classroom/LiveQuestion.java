package org.cables.classroom;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.cables.content.Quiz;
import org.cables.quiz.QuizAnswer;

/**
 * The question the teacher asked, on a student's screen: choose, send, then wait for the
 * teacher to reveal the answer and its explanation. Answers can't be changed once sent.
 */
final class LiveQuestion extends Section {

    /** Sends an answer; true when it was taken. */
    interface Sender extends Function<QuizAnswer, Boolean> {
    }

    LiveQuestion(Quiz.Question q, Optional<QuizAnswer> given, boolean revealed, Sender sender) {
        addClassName("live-question");
        getElement().setAttribute("aria-labelledby", "live-question-heading");
        H2 heading = new H2(getTranslation("class.question"));
        heading.setId("live-question-heading");
        add(heading, new Paragraph(q.prompt()));
        if (q.type() == Quiz.Type.SOURCE && q.excerpt() != null) {
            Paragraph excerpt = new Paragraph("“" + q.excerpt() + "”");
            excerpt.addClassName("quiz-excerpt");
            add(excerpt);
        }
        if (q.type() == Quiz.Type.TRUE_FALSE) {
            add(new Paragraph(q.statement()));
        }
        Paragraph status = new Paragraph();
        status.addClassName("live-status");
        status.getElement().setAttribute("role", "status");

        Function<Boolean, QuizAnswer> read;
        com.vaadin.flow.component.Component input;
        switch (q.type()) {
            case MULTIPLE -> {
                CheckboxGroup<Quiz.Choice> group = new CheckboxGroup<>(getTranslation("quiz.your-answers"));
                group.setItems(q.choices());
                group.setItemLabelGenerator(Quiz.Choice::text);
                given.filter(QuizAnswer.Choices.class::isInstance).map(QuizAnswer.Choices.class::cast).ifPresent(a ->
                        group.setValue(q.choices().stream().filter(c -> a.ids().contains(c.id())).collect(Collectors.toSet())));
                read = x -> group.getValue().isEmpty() ? null
                        : new QuizAnswer.Choices(group.getValue().stream().map(Quiz.Choice::id).collect(Collectors.toSet()));
                input = group;
            }
            case TRUE_FALSE -> {
                RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(getTranslation("quiz.your-answer"));
                group.setItems(Boolean.TRUE, Boolean.FALSE);
                group.setItemLabelGenerator(b -> getTranslation(b ? "quiz.true" : "quiz.false"));
                given.filter(QuizAnswer.TrueFalse.class::isInstance).map(QuizAnswer.TrueFalse.class::cast)
                        .ifPresent(a -> group.setValue(a.value()));
                read = x -> group.getValue() == null ? null : new QuizAnswer.TrueFalse(group.getValue());
                input = group;
            }
            default -> {
                RadioButtonGroup<Quiz.Choice> group = new RadioButtonGroup<>(getTranslation("quiz.your-answer"));
                group.setItems(q.choices());
                group.setItemLabelGenerator(Quiz.Choice::text);
                given.filter(QuizAnswer.Choice.class::isInstance).map(QuizAnswer.Choice.class::cast).ifPresent(a ->
                        q.choices().stream().filter(c -> c.id().equals(a.id())).findFirst().ifPresent(group::setValue));
                read = x -> group.getValue() == null ? null : new QuizAnswer.Choice(group.getValue().id());
                input = group;
            }
        }
        add(input);
        if (given.isPresent() || revealed) {
            ((com.vaadin.flow.component.HasEnabled) input).setEnabled(false);
        }
        if (revealed) {
            boolean right = given.map(a -> org.cables.quiz.QuizScoring.isCorrect(q, a)).orElse(false);
            Div feedback = new Div();
            feedback.addClassNames("quiz-feedback", given.isEmpty() ? "unanswered" : right ? "correct" : "incorrect");
            feedback.getElement().setAttribute("role", "status");
            feedback.add(new H2(getTranslation(given.isEmpty() ? "class.no-answer" : right ? "quiz.correct" : "quiz.incorrect")),
                    new Paragraph(getTranslation("class.right-answer", rightAnswer(q))),
                    new Paragraph(q.explanation()),
                    new Anchor(q.sourceAddress(), getTranslation("checkpoint.source")));
            add(feedback);
        } else if (given.isPresent()) {
            status.setText(getTranslation("class.sent"));
            add(status);
        } else {
            Button send = new Button(getTranslation("class.send"));
            send.addThemeVariants(ButtonVariant.PRIMARY);
            send.addClassName("live-send");
            send.addClickListener(e -> {
                QuizAnswer answer = read.apply(true);
                if (answer == null) {
                    status.setText(getTranslation("quiz.choose-first"));
                    return;
                }
                if (Boolean.TRUE.equals(sender.apply(answer))) {
                    send.setVisible(false);
                    ((com.vaadin.flow.component.HasEnabled) input).setEnabled(false);
                    status.setText(getTranslation("class.sent"));
                } else {
                    status.setText(getTranslation("class.not-taken"));
                }
            });
            add(send, status);
        }
    }

    private String rightAnswer(Quiz.Question q) {
        if (q.type() == Quiz.Type.TRUE_FALSE) {
            return getTranslation(Boolean.TRUE.equals(q.answer()) ? "quiz.true" : "quiz.false");
        }
        Set<String> right = q.choices().stream().filter(Quiz.Choice::correct).map(Quiz.Choice::text)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return String.join("; ", right);
    }
}
