package org.cables.classroom;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.cables.navigation.ArchiveNavigation;
import org.cables.content.Quiz;
import org.cables.quiz.ChoiceQuestion;
import org.cables.quiz.QuizAnswer;
import org.cables.quiz.QuizScoring;

/**
 * The question the teacher asked, on a student's screen: choose, send, then wait for the
 * teacher to reveal the answer and its explanation. Answers can't be changed once sent.
 */
final class LiveQuestion extends Section {

    /** Sends an answer; true when it was taken. */
    interface Sender extends Function<QuizAnswer, Boolean> {
    }

    LiveQuestion(Quiz.Question q, org.cables.content.Corpus corpus, Optional<QuizAnswer> given, boolean revealed, Sender sender) {
        addClassName("live-question");
        getElement().setAttribute("aria-labelledby", "live-question-heading");
        H2 heading = new H2(getTranslation("class.question"));
        heading.setId("live-question-heading");
        ChoiceQuestion choice = new ChoiceQuestion(q).withOurTranslation(corpus);
        given.ifPresent(choice::show);
        choice.setEnabled(given.isEmpty() && !revealed);
        add(heading, new Paragraph(q.prompt()), choice);
        Paragraph status = new Paragraph();
        status.addClassName("live-status");
        status.getElement().setAttribute("role", "status");

        if (revealed) {
            boolean right = given.map(a -> QuizScoring.isCorrect(q, a)).orElse(false);
            Div feedback = new Div();
            feedback.addClassNames("quiz-feedback", given.isEmpty() ? "unanswered" : right ? "correct" : "incorrect");
            feedback.getElement().setAttribute("role", "status");
            feedback.add(new H2(getTranslation(given.isEmpty() ? "class.no-answer" : right ? "quiz.correct" : "quiz.incorrect")),
                    new Paragraph(getTranslation("class.right-answer", rightAnswer(q))),
                    new Paragraph(q.explanation()),
                    new Anchor(ArchiveNavigation.passage(q.cable(), q.paragraph()), getTranslation("checkpoint.source")));
            add(feedback);
        } else if (given.isPresent()) {
            status.setText(getTranslation("class.sent"));
            add(status);
        } else {
            Button send = new Button(getTranslation("class.send"));
            send.addThemeVariants(ButtonVariant.PRIMARY);
            send.addClassName("live-send");
            send.addClickListener(e -> {
                Optional<QuizAnswer> answer = choice.answer();
                if (answer.isEmpty()) {
                    status.setText(getTranslation("quiz.choose-first"));
                    return;
                }
                if (Boolean.TRUE.equals(sender.apply(answer.get()))) {
                    send.setVisible(false);
                    choice.setEnabled(false);
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
