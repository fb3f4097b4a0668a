package org.cables.tours;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import org.cables.navigation.ArchiveNavigation;
import org.cables.content.Quiz;
import org.cables.quiz.ChoiceQuestion;
import org.cables.quiz.QuizAnswer;
import org.cables.quiz.QuizScoring;

/**
 * "Check yourself": one question of the tour's quiz inside a stop, answered and explained on
 * the spot (not recorded: the quiz at the end of the tour is where results are kept).
 */
final class Checkpoint extends Aside {

    private final Quiz.Question question;
    private final Div feedback = new Div();

    Checkpoint(Quiz.Question question, org.cables.content.Corpus corpus) {
        this.question = question;
        addClassName("stop-checkpoint");
        ChoiceQuestion choice = new ChoiceQuestion(question).withOurTranslation(corpus);
        add(new H2(getTranslation("checkpoint.heading")), new Paragraph(question.prompt()), choice);
        feedback.addClassName("quiz-feedback");
        feedback.getElement().setAttribute("role", "status");
        Paragraph problem = new Paragraph();
        problem.addClassName("quiz-problem");
        problem.setVisible(false);
        NativeButton check = new NativeButton(getTranslation("quiz.check"), e -> {
            Optional<QuizAnswer> answer = choice.answer();
            problem.setVisible(answer.isEmpty());
            if (answer.isEmpty()) {
                problem.setText(getTranslation("quiz.choose-first"));
                return;
            }
            showFeedback(QuizScoring.isCorrect(question, answer.get()));
        });
        check.addClassName("quiz-primary");
        add(problem, check, feedback);
    }

    private void showFeedback(boolean correct) {
        feedback.removeAll();
        feedback.getElement().getClassList().set("correct", correct);
        feedback.getElement().getClassList().set("incorrect", !correct);
        feedback.add(new H2(getTranslation(correct ? "quiz.correct" : "quiz.incorrect")), new Paragraph(question.explanation()),
                new Anchor(ArchiveNavigation.passage(question.cable(), question.paragraph()), getTranslation("checkpoint.source")));
    }
}
