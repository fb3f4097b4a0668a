package org.cables.tours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.cables.content.CableId;
import org.cables.content.ExhibitContent;
import org.cables.content.QuestionId;
import org.cables.content.Quiz;
import org.cables.quiz.QuizAnswer;
import org.cables.quiz.QuizScoring;
import org.cables.testing.ExhibitViewTest;
import org.cables.ui.TrustedHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A checkpoint draws its question as the browser's own form controls and marks the values the
 * check button brings through QuizScoring, as the quiz does: a multiple question is right only with
 * every right choice and no other; values that are not the question's choices are not an answer.
 */
@SpringBootTest
class CheckpointTest extends ExhibitViewTest {

    static final Quiz.Question MULTIPLE = new Quiz.Question(new QuestionId("q"), Quiz.Type.MULTIPLE, "Who was in Moscow?",
            new CableId("1950-05-14-stalin-to-mao"), null, "Both of them.",
            List.of(new Quiz.Choice("kim", "Kim Il Sung", true), new Quiz.Choice("rhee", "Syngman Rhee", false),
                    new Quiz.Choice("pak", "Pak Hon-yong", true)),
            null, null, List.of(), List.of(), null, null, null);

    static final Quiz.Question SINGLE = new Quiz.Question(new QuestionId("one"), Quiz.Type.SINGLE, "Who wrote?",
            new CableId("1950-05-14-stalin-to-mao"), null, "Stalin did.",
            List.of(new Quiz.Choice("stalin", "Stalin <the sender>", true), new Quiz.Choice("mao", "Mao", false)),
            null, null, List.of(), List.of(), null, null, null);

    static final Quiz.Question TRUE_FALSE = new Quiz.Question(new QuestionId("tf"), Quiz.Type.TRUE_FALSE, "Is it so?",
            new CableId("1950-05-14-stalin-to-mao"), null, "It is.", List.of(), "Stalin agreed.", Boolean.TRUE,
            List.of(), List.of(), null, null, null);

    private Checkpoint checkpoint;

    @Autowired
    ExhibitContent content;

    @BeforeEach
    void show() {
        checkpoint = new Checkpoint(MULTIPLE, content.corpus());
        UI.getCurrent().add(checkpoint);
    }

    /**
     * A press of the check button as the browser reports it to the checkpoint: with the values of
     * the checked choices ({@code values} null: a click elsewhere in it, which the browser's filter stops).
     */
    static void pressCheck(Component checkpoint, String values) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(Checkpoint.CHECK_PRESSED, values != null);
        data.put(Checkpoint.CHOSEN, values == null ? "" : values);
        checkpoint.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(checkpoint.getElement(), "click", data));
    }

    private Div feedback() {
        return $(Div.class, checkpoint).withClassName("quiz-feedback").single();
    }

    private String markedAfterChoosing(String values) {
        pressCheck(checkpoint, values);
        assertThat(feedback().getElement().getTextRecursively()).contains("Both of them.");
        return feedback().getClassNames().contains("correct") ? "right"
                : feedback().getClassNames().contains("incorrect") ? "wrong" : "unmarked";
    }

    private Document form(Checkpoint checkpoint) {
        return Jsoup.parseBodyFragment($(TrustedHtml.class, checkpoint).single().html());
    }

    @Test
    void theChoicesAreTheBrowsersOwnCheckboxesInALabelledGroup() {
        Document form = form(checkpoint);
        assertThat(form.select("h2").text()).isEqualTo("Check yourself");
        assertThat(form.select("fieldset.quiz-choices > legend").text()).isEqualTo("Your answers");
        assertThat(form.select("fieldset label input[type=checkbox]").eachAttr("value")).containsExactly("kim", "rhee", "pak");
        assertThat(form.select("fieldset label").eachText()).containsExactly("Kim Il Sung", "Syngman Rhee", "Pak Hon-yong");
        assertThat(form.select("button[data-checkpoint-check]").text()).isEqualTo("Check my answer");
        assertThat(form.select("button[data-checkpoint-check]").attr("type")).isEqualTo("button");
    }

    @Test
    void aQuestionOfOneAnswerIsRadioButtonsOfOneNameAndItsTextsAreEscaped() {
        Checkpoint one = new Checkpoint(SINGLE, content.corpus());
        UI.getCurrent().add(one);
        Document form = form(one);
        assertThat(form.select("input[type=radio]").eachAttr("name")).containsExactly("checkpoint-one", "checkpoint-one");
        assertThat(form.select("label").first().text()).isEqualTo("Stalin <the sender>");
        assertThat(form.select("label").first().select("the")).isEmpty();
        pressCheck(one, "stalin");
        assertThat($(Div.class, one).withClassName("quiz-feedback").single().getClassNames()).contains("correct");
    }

    @Test
    void aTrueOrFalseQuestionShowsItsStatementAndTwoChoices() {
        Checkpoint statement = new Checkpoint(TRUE_FALSE, content.corpus());
        UI.getCurrent().add(statement);
        Document form = form(statement);
        assertThat(form.select(".quiz-statement").text()).isEqualTo("Stalin agreed.");
        assertThat(form.select("label").eachText()).containsExactly("True", "False");
        assertThat(form.select("input").eachAttr("value")).containsExactly("true", "false");
        pressCheck(statement, "false");
        assertThat($(Div.class, statement).withClassName("quiz-feedback").single().getClassNames()).contains("incorrect");
    }

    @Test
    void theFormIsDrawnOncePerQuestionAndLanguageAndKeptForEveryVisitor() {
        Checkpoint another = new Checkpoint(MULTIPLE, content.corpus());
        assertThat($(TrustedHtml.class, another).single().html()).isSameAs($(TrustedHtml.class, checkpoint).single().html());
    }

    @Test
    void everyRightChoiceAndNoOtherIsRight() {
        assertThat(markedAfterChoosing("kim pak")).isEqualTo("right");
        assertThat(feedback().getElement().getTextRecursively()).startsWith("Right!");
    }

    @Test
    void partlyRightIsWrong() {
        assertThat(markedAfterChoosing("kim")).isEqualTo("wrong");
        assertThat(feedback().getElement().getTextRecursively()).startsWith("Not quite.");
    }

    @Test
    void theAnswerIsMarkedByQuizScoring() {
        try (MockedStatic<QuizScoring> scoring = Mockito.mockStatic(QuizScoring.class, Mockito.CALLS_REAL_METHODS)) {
            assertThat(markedAfterChoosing("kim")).isEqualTo("wrong");
            scoring.verify(() -> QuizScoring.isCorrect(MULTIPLE, new QuizAnswer.Choices(Set.of("kim"))));
        }
    }

    @Test
    void aWrongChoiceBesideTheRightOnesIsWrong() {
        assertThat(markedAfterChoosing("kim rhee pak")).isEqualTo("wrong");
    }

    @Test
    void nothingChosenIsAskedForNotMarked() {
        pressCheck(checkpoint, "");
        assertThat($(Paragraph.class, checkpoint).withClassName("quiz-problem").single().getText()).isEqualTo("Choose an answer first.");
        assertThat(feedback().getClassNames()).doesNotContain("correct", "incorrect");
        assertThat(feedback().getElement().getAttribute("role")).isEqualTo("status");
    }

    @Test
    void anAnswerAfterTheReminderReplacesIt() {
        pressCheck(checkpoint, "");
        pressCheck(checkpoint, "kim pak");
        assertThat($(Paragraph.class, checkpoint).withClassName("quiz-problem").all()).isEmpty();
        assertThat(feedback().getClassNames()).contains("correct");
    }

    @Test
    void aClickBesideTheButtonDoesNothing() {
        pressCheck(checkpoint, null);
        assertThat(feedback().getChildren()).isEmpty();
    }

    @Test
    void valuesThatAreNotTheQuestionsChoicesAreNotAnAnswer() {
        assertThat(Checkpoint.answer(MULTIPLE, "<img src=x onerror=alert(1)>")).isEmpty();
        assertThat(Checkpoint.answer(MULTIPLE, "kim <script> kim")).contains(new QuizAnswer.Choices(Set.of("kim")));
        assertThat(Checkpoint.answer(SINGLE, "stalin mao")).isEmpty();
        assertThat(Checkpoint.answer(SINGLE, "mao")).contains(new QuizAnswer.Choice("mao"));
        assertThat(Checkpoint.answer(TRUE_FALSE, "true")).contains(new QuizAnswer.TrueFalse(true));
        assertThat(Checkpoint.answer(TRUE_FALSE, "TRUE")).isEqualTo(Optional.empty());
        pressCheck(checkpoint, "<img src=x onerror=alert(1)>");
        assertThat($(Paragraph.class, checkpoint).withClassName("quiz-problem").single().getText()).isEqualTo("Choose an answer first.");
        assertThat(feedback().getElement().getOuterHTML()).doesNotContain("<img");
    }
}
