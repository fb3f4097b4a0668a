package org.cables.quiz;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.cables.content.Cable;
import org.cables.content.Corpus;
import org.cables.content.Quiz;
import org.cables.ui.OurTranslation;

/**
 * A choice question (single, multiple, true-false or source) ready to answer: the excerpt or
 * statement it asks about, then its choices, and the visitor's answer as a {@link QuizAnswer}.
 * The prompt, the checking and the feedback are left to the page that asks it.
 */
public final class ChoiceQuestion extends Div {

    private final Div excerpt = new Div();
    private final String excerptText;
    private final Quiz.Question question;
    private final Input<?> input;

    /** The question with its choices in the order they are written. */
    public ChoiceQuestion(Quiz.Question question) {
        this(question, question.choices());
    }

    /** The question with its choices in the given order (a quiz attempt shuffles them). */
    public ChoiceQuestion(Quiz.Question question, List<Quiz.Choice> choices) {
        if (!question.type().isChoice()) {
            throw new IllegalArgumentException("Question " + question.id() + " is a " + question.type().key()
                    + " question, not a choice question");
        }
        addClassName("choice-question");
        excerptText = question.excerpt();
        this.question = question;
        if (question.type() == Quiz.Type.SOURCE) {
            excerpt.addClassName("quiz-excerpt");
            Paragraph quoted = new Paragraph("“" + question.excerpt() + "”");
            quoted.getElement().setAttribute("lang", "en");
            excerpt.add(quoted);
            add(excerpt);
        }
        if (question.type() == Quiz.Type.TRUE_FALSE) {
            Paragraph statement = new Paragraph(question.statement());
            statement.addClassName("quiz-statement");
            add(statement);
        }
        input = switch (question.type()) {
            case MULTIPLE -> severalChoices(choices);
            case TRUE_FALSE -> trueOrFalse();
            default -> oneChoice(choices);
        };
        add(input.field());
    }

    /**
     * Adds, under a source question's English excerpt, our translation of it into the language of
     * the corpus (none in English). Every page that asks a question calls it with its visitor's corpus.
     */
    public ChoiceQuestion withOurTranslation(Corpus corpus) {
        if (excerptText != null && question.cable() != null) {
            corpus.ourTranslation(question.cable(), excerptText).ifPresent(translation -> excerpt.add(new OurTranslation(
                    getTranslation("translation.ours.passage"), org.jsoup.nodes.Entities.escape(translation),
                    corpus.language().toLanguageTag())));
        }
        return this;
    }

    /** Names the document a source question's excerpt is quoted from, under the excerpt. */
    public void nameExcerptSource(Cable cable) {
        Paragraph from = new Paragraph(getTranslation("quiz.excerpt-from", cable.title(), cable.date().display(getLocale())));
        from.addClassName("quiz-excerpt-source");
        excerpt.add(from);
    }

    /** What the visitor chose; empty while nothing is chosen. */
    public Optional<QuizAnswer> answer() {
        return input.answer();
    }

    /** Shows an answer already given, such as one a student sent; an answer of another kind of question is not shown. */
    public void show(QuizAnswer answer) {
        input.show(answer);
    }

    // In each group the labels are set before the items: set after them, every choice would be
    // drawn twice, first with its record's text and then with its label (issue 22).
    private Input<Quiz.Choice> oneChoice(List<Quiz.Choice> choices) {
        RadioButtonGroup<Quiz.Choice> group = new RadioButtonGroup<>(getTranslation("quiz.your-answer"));
        group.setItemLabelGenerator(Quiz.Choice::text);
        group.setItems(choices);
        group.addClassName("quiz-choices");
        return new Input<>(group, choice -> new QuizAnswer.Choice(choice.id()), answer -> answer instanceof QuizAnswer.Choice one
                ? choices.stream().filter(c -> c.id().equals(one.id())).findFirst() : Optional.empty());
    }

    private Input<Set<Quiz.Choice>> severalChoices(List<Quiz.Choice> choices) {
        CheckboxGroup<Quiz.Choice> group = new CheckboxGroup<>(getTranslation("quiz.your-answers"));
        group.setItemLabelGenerator(Quiz.Choice::text);
        group.setItems(choices);
        group.addClassName("quiz-choices");
        return new Input<>(group, chosen -> new QuizAnswer.Choices(chosen.stream().map(Quiz.Choice::id).collect(Collectors.toSet())),
                answer -> answer instanceof QuizAnswer.Choices several
                        ? Optional.of(choices.stream().filter(c -> several.ids().contains(c.id())).collect(Collectors.toSet()))
                        : Optional.empty());
    }

    private Input<Boolean> trueOrFalse() {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(getTranslation("quiz.your-answer"));
        group.setItemLabelGenerator(value -> getTranslation(value ? "quiz.true" : "quiz.false"));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.addClassName("quiz-choices");
        return new Input<>(group, QuizAnswer.TrueFalse::new,
                answer -> answer instanceof QuizAnswer.TrueFalse trueFalse ? Optional.of(trueFalse.value()) : Optional.empty());
    }

    /** A field, and how its value becomes an answer and an answer its value. */
    private record Input<V>(AbstractField<?, V> field, Function<V, QuizAnswer> toAnswer, Function<QuizAnswer, Optional<V>> toValue) {

        Optional<QuizAnswer> answer() {
            return field.isEmpty() ? Optional.empty() : Optional.of(toAnswer.apply(field.getValue()));
        }

        void show(QuizAnswer answer) {
            toValue.apply(answer).ifPresent(field::setValue);
        }
    }
}
