package org.cables.classroom;

import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.cables.content.Corpus;
import org.cables.content.Quiz;
import org.cables.navigation.ArchiveNavigation;
import org.cables.quiz.QuestionInput;
import org.cables.quiz.QuizAnswer;
import org.cables.quiz.QuizScoring;

/**
 * One question of an assignment (of any type), answered in the student's own time: the answer is stored (the
 * first one counts) before the student sees whether it was right and why. Answered before, it
 * shows the answer given and its explanation.
 */
final class WorkQuestion extends Section {

    private final Quiz.Question question;
    private final QuestionInput choice;
    private final Div feedback = new Div();

    WorkQuestion(int number, Quiz.Question question, Corpus corpus, Optional<Assignments.Answered> answered,
                 Function<QuizAnswer, Assignments.Answered> send) {
        this.question = question;
        addClassName("work-question");
        choice = new QuestionInput(question, corpus);
        H3 prompt = new H3(getTranslation("work.question-number", number) + " " + question.prompt());
        prompt.addClassName("work-question-prompt");
        feedback.addClassName("quiz-feedback");
        feedback.getElement().setAttribute("role", "status");
        Paragraph problem = new Paragraph();
        problem.addClassName("quiz-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        NativeButton check = new NativeButton(getTranslation("work.check"));
        check.addClassName("quiz-primary");
        check.addClickListener(e -> {
            Optional<QuizAnswer> answer = choice.answer();
            problem.setVisible(answer.isEmpty());
            if (answer.isEmpty()) {
                problem.setText(getTranslation("quiz.choose-first"));
                return;
            }
            try {
                Assignments.Answered stored = send.apply(answer.get());
                answered(stored, check);
            } catch (QuizScoring.InvalidAnswer | AssignmentRefused refused) {
                problem.setVisible(true);
                problem.setText(getTranslation(refused instanceof AssignmentRefused r ? r.key() : "quiz.choose-first"));
            }
        });
        add(prompt, choice, problem, check, feedback);
        answered.ifPresent(a -> answered(a, check));
    }

    private void answered(Assignments.Answered answered, NativeButton check) {
        choice.show(answered.answer());
        choice.setEnabled(false);
        check.setVisible(false);
        feedback.removeAll();
        feedback.getElement().getClassList().set("correct", answered.correct());
        feedback.getElement().getClassList().set("incorrect", !answered.correct());
        feedback.add(new H3(getTranslation(answered.correct() ? "quiz.correct" : "quiz.incorrect")), new Paragraph(question.explanation()),
                new Anchor(ArchiveNavigation.passage(question.cable(), question.paragraph()), getTranslation("checkpoint.source")));
        addClassName("work-question-answered");
    }
}
