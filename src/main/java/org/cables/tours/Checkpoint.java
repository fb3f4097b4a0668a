package org.cables.tours;

import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.cables.content.Quiz;

/**
 * "Check yourself": one question of the tour's quiz inside a stop, answered and explained on
 * the spot (not recorded: the quiz at the end of the tour is where results are kept).
 */
final class Checkpoint extends Aside {

    Checkpoint(Quiz.Question q) {
        addClassName("stop-checkpoint");
        add(new H2(getTranslation("checkpoint.heading")), new Paragraph(q.prompt()));
        if (q.type() == Quiz.Type.SOURCE) {
            Paragraph excerpt = new Paragraph("“" + q.excerpt() + "”");
            excerpt.addClassName("quiz-excerpt");
            add(excerpt);
        }
        if (q.type() == Quiz.Type.TRUE_FALSE) {
            add(new Paragraph(q.statement()));
        }
        Div feedback = new Div();
        feedback.addClassName("quiz-feedback");
        feedback.getElement().setAttribute("role", "status");
        Paragraph problem = new Paragraph();
        problem.addClassName("quiz-problem");
        problem.setVisible(false);
        java.util.function.Supplier<Boolean> marked;
        switch (q.type()) {
            case MULTIPLE -> {
                CheckboxGroup<Quiz.Choice> group = new CheckboxGroup<>(getTranslation("quiz.your-answers"));
                group.setItems(q.choices());
                group.setItemLabelGenerator(Quiz.Choice::text);
                add(group);
                Set<Quiz.Choice> right = q.choices().stream().filter(Quiz.Choice::correct).collect(Collectors.toSet());
                marked = () -> group.getValue().isEmpty() ? null : group.getValue().equals(right);
            }
            case TRUE_FALSE -> {
                RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(getTranslation("quiz.your-answer"));
                group.setItems(Boolean.TRUE, Boolean.FALSE);
                group.setItemLabelGenerator(b -> getTranslation(b ? "quiz.true" : "quiz.false"));
                add(group);
                marked = () -> group.getValue() == null ? null : group.getValue().equals(q.answer());
            }
            default -> {
                RadioButtonGroup<Quiz.Choice> group = new RadioButtonGroup<>(getTranslation("quiz.your-answer"));
                group.setItems(q.choices());
                group.setItemLabelGenerator(Quiz.Choice::text);
                add(group);
                marked = () -> group.getValue() == null ? null : group.getValue().correct();
            }
        }
        NativeButton check = new NativeButton(getTranslation("quiz.check"), e -> {
            Boolean correct = marked.get();
            if (correct == null) {
                problem.setText(getTranslation("quiz.choose-first"));
                problem.setVisible(true);
                return;
            }
            problem.setVisible(false);
            feedback.removeAll();
            feedback.getElement().getClassList().set("correct", correct);
            feedback.getElement().getClassList().set("incorrect", !correct);
            feedback.add(new H2(getTranslation(correct ? "quiz.correct" : "quiz.incorrect")), new Paragraph(q.explanation()),
                    new Anchor(q.sourceAddress(), getTranslation("checkpoint.source")));
        });
        check.addClassName("quiz-primary");
        add(problem, check, feedback);
    }
}
