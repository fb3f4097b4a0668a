package org.cables.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.cables.content.Cable;
import org.cables.content.CableId;
import org.cables.content.ExhibitContent;
import org.cables.content.QuestionId;
import org.cables.content.Quiz;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The choice question on its own: for each of the four types, the right input, and the answer it hands out. */
@SpringBootTest
class ChoiceQuestionTest extends ExhibitViewTest {

    static final CableId CABLE = new CableId("1950-05-14-stalin-to-mao");
    static final Quiz.Choice A = new Quiz.Choice("a", "Alpha", true);
    static final Quiz.Choice B = new Quiz.Choice("b", "Bravo", false);
    static final Quiz.Choice C = new Quiz.Choice("c", "Charlie", true);

    @Autowired
    ExhibitContent content;

    static Quiz.Question question(Quiz.Type type, List<Quiz.Choice> choices) {
        boolean trueFalse = type == Quiz.Type.TRUE_FALSE;
        boolean source = type == Quiz.Type.SOURCE;
        return new Quiz.Question(new QuestionId("q"), type, "Prompt?", CABLE, null, "Because.", choices, trueFalse ? "Stalin agreed." : null,
                trueFalse ? Boolean.TRUE : null, List.of(), List.of(), null, source ? "Agree with the Koreans" : null,
                source ? Quiz.Skill.SOURCING : null);
    }

    private ChoiceQuestion shown(ChoiceQuestion question) {
        UI.getCurrent().add(question);
        return question;
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> radios(ChoiceQuestion question) {
        assertThat($(CheckboxGroup.class, question).all()).isEmpty();
        return $(RadioButtonGroup.class, question).single();
    }

    @Test
    void aSingleQuestionIsARadioGroupOfItsChoicesInTheGivenOrder() {
        ChoiceQuestion question = shown(new ChoiceQuestion(question(Quiz.Type.SINGLE, List.of(A, B)), List.of(B, A)));
        RadioButtonGroup<Object> group = radios(question);
        assertThat(group.getLabel()).isEqualTo("Your answer");
        assertThat(group.getClassNames()).contains("quiz-choices");
        assertThat(group.getListDataView().getItems()).containsExactly(B, A);
        assertThat(question.answer()).as("nothing chosen").isEmpty();

        test(group).selectItem("Bravo");
        assertThat(question.answer()).contains(new QuizAnswer.Choice("b"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMultipleQuestionIsACheckboxGroupAndHandsOutEveryChoiceTicked() {
        ChoiceQuestion question = shown(new ChoiceQuestion(question(Quiz.Type.MULTIPLE, List.of(A, B, C))));
        assertThat($(RadioButtonGroup.class, question).all()).isEmpty();
        CheckboxGroup<Quiz.Choice> group = $(CheckboxGroup.class, question).single();
        assertThat(group.getLabel()).isEqualTo("Your answers");
        assertThat(group.getClassNames()).contains("quiz-choices");
        assertThat(group.getListDataView().getItems()).containsExactly(A, B, C);
        assertThat(question.answer()).as("nothing chosen").isEmpty();

        test(group).selectItems("Alpha", "Charlie");
        assertThat(question.answer()).contains(new QuizAnswer.Choices(Set.of("a", "c")));
    }

    @Test
    void aTrueFalseQuestionShowsItsStatementAndAsksTrueOrFalse() {
        ChoiceQuestion question = shown(new ChoiceQuestion(question(Quiz.Type.TRUE_FALSE, List.of())));
        assertThat($(Paragraph.class, question).withClassName("quiz-statement").single().getText()).isEqualTo("Stalin agreed.");
        RadioButtonGroup<Object> group = radios(question);
        assertThat(group.getLabel()).isEqualTo("Your answer");
        assertThat(group.getListDataView().getItems().map(item -> group.getItemLabelGenerator().apply(item)))
                .containsExactly("True", "False");
        assertThat(question.answer()).as("nothing chosen").isEmpty();

        test(group).selectItem("False");
        assertThat(question.answer()).contains(new QuizAnswer.TrueFalse(false));
    }

    @Test
    void aSourceQuestionQuotesItsExcerptAndCanNameTheDocument() {
        ChoiceQuestion question = shown(new ChoiceQuestion(question(Quiz.Type.SOURCE, List.of(A, B))));
        Cable cable = content.corpus().cable(CABLE).orElseThrow();
        question.nameExcerptSource(cable);
        Div excerpt = $(Div.class, question).withClassName("quiz-excerpt").single();
        assertThat($(Paragraph.class, excerpt).all()).extracting(Paragraph::getText)
                .containsExactly("“Agree with the Koreans”", "From: " + cable.title() + ", " + cable.date().display(Locale.ENGLISH));
        RadioButtonGroup<Object> group = radios(question);
        assertThat(group.getLabel()).isEqualTo("Your answer");
        assertThat(question.answer()).as("nothing chosen").isEmpty();

        test(group).selectItem("Alpha");
        assertThat(question.answer()).contains(new QuizAnswer.Choice("a"));
    }

    @Test
    void anAnswerAlreadyGivenIsShownAndReadBack() {
        List<QuizAnswer> given = List.of(new QuizAnswer.Choice("b"), new QuizAnswer.Choices(Set.of("a", "b")),
                new QuizAnswer.TrueFalse(false), new QuizAnswer.Choice("a"));
        List<Quiz.Type> types = List.of(Quiz.Type.SINGLE, Quiz.Type.MULTIPLE, Quiz.Type.TRUE_FALSE, Quiz.Type.SOURCE);
        for (int i = 0; i < types.size(); i++) {
            ChoiceQuestion question = shown(new ChoiceQuestion(question(types.get(i), List.of(A, B, C))));
            question.show(given.get(i));
            assertThat(question.answer()).as(types.get(i).key()).contains(given.get(i));
        }
    }

    @Test
    void anAnswerOfAnotherKindIsNotShown() {
        ChoiceQuestion question = shown(new ChoiceQuestion(question(Quiz.Type.SINGLE, List.of(A, B))));
        question.show(new QuizAnswer.TrueFalse(true));
        assertThat(question.answer()).isEmpty();
    }

    @Test
    void onlyChoiceQuestionsAreTaken() {
        for (Quiz.Type type : List.of(Quiz.Type.ORDER, Quiz.Type.MATCH, Quiz.Type.MAP_LINE, Quiz.Type.MAP_PLACE)) {
            assertThatThrownBy(() -> new ChoiceQuestion(question(type, List.of(A, B))))
                    .as(type.key()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a choice question");
        }
    }
}
