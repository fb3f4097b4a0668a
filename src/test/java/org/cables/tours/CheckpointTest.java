package org.cables.tours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import org.cables.content.CableId;
import org.cables.content.QuestionId;
import org.cables.content.Quiz;
import org.cables.quiz.QuizAnswer;
import org.cables.quiz.QuizScoring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.springframework.boot.test.context.SpringBootTest;

/** A checkpoint marks the visitor's answer through QuizScoring, as the quiz does: a multiple question is right only with every right choice and no other. */
@SpringBootTest
class CheckpointTest extends ExhibitViewTest {

    static final Quiz.Question MULTIPLE = new Quiz.Question(new QuestionId("q"), Quiz.Type.MULTIPLE, "Who was in Moscow?",
            new CableId("1950-05-14-stalin-to-mao"), null, "Both of them.",
            List.of(new Quiz.Choice("kim", "Kim Il Sung", true), new Quiz.Choice("rhee", "Syngman Rhee", false),
                    new Quiz.Choice("pak", "Pak Hon-yong", true)),
            null, null, List.of(), List.of(), null, null, null);

    private Checkpoint checkpoint;

    @org.springframework.beans.factory.annotation.Autowired
    org.cables.content.ExhibitContent content;

    @BeforeEach
    void show() {
        checkpoint = new Checkpoint(MULTIPLE, content.corpus());
        UI.getCurrent().add(checkpoint);
    }

    private String markedAfterChoosing(String... choices) {
        @SuppressWarnings("unchecked")
        CheckboxGroup<Quiz.Choice> group = $(CheckboxGroup.class, checkpoint).single();
        test(group).selectItems(choices);
        test($(NativeButton.class, checkpoint).withText("Check my answer").single()).click();
        Div feedback = $(Div.class, checkpoint).withClassName("quiz-feedback").single();
        assertThat(feedback.getElement().getTextRecursively()).contains("Both of them.");
        return feedback.getClassNames().contains("correct") ? "right" : feedback.getClassNames().contains("incorrect") ? "wrong" : "unmarked";
    }

    @Test
    void everyRightChoiceAndNoOtherIsRight() {
        assertThat(markedAfterChoosing("Kim Il Sung", "Pak Hon-yong")).isEqualTo("right");
        assertThat($(Div.class, checkpoint).withClassName("quiz-feedback").single().getElement().getTextRecursively()).startsWith("Right!");
    }

    @Test
    void partlyRightIsWrong() {
        assertThat(markedAfterChoosing("Kim Il Sung")).isEqualTo("wrong");
        assertThat($(Div.class, checkpoint).withClassName("quiz-feedback").single().getElement().getTextRecursively()).startsWith("Not quite.");
    }

    @Test
    void theAnswerIsMarkedByQuizScoring() {
        try (MockedStatic<QuizScoring> scoring = Mockito.mockStatic(QuizScoring.class, Mockito.CALLS_REAL_METHODS)) {
            assertThat(markedAfterChoosing("Kim Il Sung")).isEqualTo("wrong");
            scoring.verify(() -> QuizScoring.isCorrect(MULTIPLE, new QuizAnswer.Choices(Set.of("kim"))));
        }
    }

    @Test
    void aWrongChoiceBesideTheRightOnesIsWrong() {
        assertThat(markedAfterChoosing("Kim Il Sung", "Syngman Rhee", "Pak Hon-yong")).isEqualTo("wrong");
    }

    @Test
    void nothingChosenIsAskedForNotMarked() {
        test($(NativeButton.class, checkpoint).withText("Check my answer").single()).click();
        assertThat($(Paragraph.class, checkpoint).withClassName("quiz-problem").single().getText()).isEqualTo("Choose an answer first.");
        assertThat($(Div.class, checkpoint).withClassName("quiz-feedback").single().getClassNames()).doesNotContain("correct", "incorrect");
    }
}
