package org.cables.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cables.content.CableId;
import org.cables.content.ContentChecker;
import org.cables.content.ContentFiles;
import org.cables.content.QuestionId;
import org.cables.content.Quiz;
import org.junit.jupiter.api.Test;

/** Every question type's marking, and answers that do not fit their question. */
class QuizScoringTest {

    static final CableId CABLE = new CableId("1950-05-14-stalin-to-mao");

    static Quiz.Question question(Quiz.Type type, List<Quiz.Choice> choices, Boolean answer, List<Quiz.Item> items, List<Quiz.Pair> pairs) {
        return new Quiz.Question(new QuestionId("q"), type, "Prompt?", CABLE, null, "Because.", choices, answer == null ? null : "A statement.",
                answer, items, pairs, null, null, null);
    }

    static final List<Quiz.Choice> CHOICES = List.of(new Quiz.Choice("a", "A", true), new Quiz.Choice("b", "B", false),
            new Quiz.Choice("c", "C", true));

    @Test
    void singleChoiceSourceAndMapQuestions() {
        for (Quiz.Type type : List.of(Quiz.Type.SINGLE, Quiz.Type.SOURCE, Quiz.Type.MAP_LINE, Quiz.Type.MAP_PLACE)) {
            Quiz.Question q = question(type, List.of(new Quiz.Choice("a", "A", true), new Quiz.Choice("b", "B", false)), null, List.of(), List.of());
            assertThat(QuizScoring.isCorrect(q, new QuizAnswer.Choice("a"))).isTrue();
            assertThat(QuizScoring.isCorrect(q, new QuizAnswer.Choice("b"))).isFalse();
        }
    }

    @Test
    void multipleChoiceNeedsExactlyTheRightSet() {
        Quiz.Question q = question(Quiz.Type.MULTIPLE, CHOICES, null, List.of(), List.of());
        assertThat(QuizScoring.isCorrect(q, new QuizAnswer.Choices(Set.of("a", "c")))).isTrue();
        assertThat(QuizScoring.isCorrect(q, new QuizAnswer.Choices(Set.of("a")))).isFalse();
        assertThat(QuizScoring.isCorrect(q, new QuizAnswer.Choices(Set.of("a", "b", "c")))).isFalse();
    }

    @Test
    void trueOrFalse() {
        Quiz.Question q = question(Quiz.Type.TRUE_FALSE, List.of(), false, List.of(), List.of());
        assertThat(QuizScoring.isCorrect(q, new QuizAnswer.TrueFalse(false))).isTrue();
        assertThat(QuizScoring.isCorrect(q, new QuizAnswer.TrueFalse(true))).isFalse();
    }

    @Test
    void orderMustBeExact() {
        Quiz.Question q = question(Quiz.Type.ORDER, List.of(), null,
                List.of(new Quiz.Item("x", "X"), new Quiz.Item("y", "Y"), new Quiz.Item("z", "Z")), List.of());
        assertThat(QuizScoring.isCorrect(q, new QuizAnswer.Order(List.of("x", "y", "z")))).isTrue();
        assertThat(QuizScoring.isCorrect(q, new QuizAnswer.Order(List.of("y", "x", "z")))).isFalse();
    }

    @Test
    void matchMustPairEveryItem() {
        Quiz.Question q = question(Quiz.Type.MATCH, List.of(), null, List.of(),
                List.of(new Quiz.Pair("p", "L1", "R1"), new Quiz.Pair("r", "L2", "R2"), new Quiz.Pair("s", "L3", "R3")));
        assertThat(QuizScoring.isCorrect(q, new QuizAnswer.Match(Map.of("p", "p", "r", "r", "s", "s")))).isTrue();
        assertThat(QuizScoring.isCorrect(q, new QuizAnswer.Match(Map.of("p", "r", "r", "p", "s", "s")))).isFalse();
    }

    @Test
    void anAnswerThatDoesNotBelongToTheQuestionIsRefusedClearly() {
        Quiz.Question single = question(Quiz.Type.SINGLE, CHOICES, null, List.of(), List.of());
        assertThatThrownBy(() -> QuizScoring.isCorrect(single, new QuizAnswer.Choice("zzz")))
                .isInstanceOf(QuizScoring.InvalidAnswer.class).hasMessage("'zzz' is not one of the answers to question q");
        assertThatThrownBy(() -> QuizScoring.isCorrect(single, new QuizAnswer.TrueFalse(true)))
                .isInstanceOf(QuizScoring.InvalidAnswer.class).hasMessage("Question q is a single question; that answer (tf:true) does not fit it");
        Quiz.Question order = question(Quiz.Type.ORDER, List.of(), null,
                List.of(new Quiz.Item("x", "X"), new Quiz.Item("y", "Y"), new Quiz.Item("z", "Z")), List.of());
        assertThatThrownBy(() -> QuizScoring.isCorrect(order, new QuizAnswer.Order(List.of("x", "x", "z"))))
                .hasMessage("An answer to question q must put each of its items in order exactly once");
        Quiz.Question match = question(Quiz.Type.MATCH, List.of(), null, List.of(),
                List.of(new Quiz.Pair("p", "L1", "R1"), new Quiz.Pair("r", "L2", "R2"), new Quiz.Pair("s", "L3", "R3")));
        assertThatThrownBy(() -> QuizScoring.isCorrect(match, new QuizAnswer.Match(Map.of("p", "p"))))
                .hasMessage("An answer to question q must match every item on the left");
        assertThatThrownBy(() -> QuizScoring.isCorrect(single, null)).hasMessage("No answer was given to question q");
    }

    @Test
    void answersSurviveBeingStoredAsText() {
        for (QuizAnswer a : List.of(new QuizAnswer.Choice("a"), new QuizAnswer.Choices(Set.of("a", "c")), new QuizAnswer.TrueFalse(true),
                new QuizAnswer.Order(List.of("z", "x", "y")), new QuizAnswer.Match(Map.of("p", "r", "r", "p")))) {
            assertThat(QuizAnswer.decode(a.encode())).isEqualTo(a);
        }
    }

    @Test
    void aNewOrderEveryAttemptTheSameOrderForTheSameSeed() {
        Quiz quiz = ContentChecker.check(ContentFiles.fromDirectory(Path.of("content"))).corpus().orElseThrow().quizzes().getFirst();
        QuizPlan one = QuizPlan.of(quiz, 42);
        QuizPlan again = QuizPlan.of(quiz, 42);
        QuizPlan other = QuizPlan.of(quiz, 43);
        assertThat(again.questions()).isEqualTo(one.questions());
        assertThat(other.questions()).isNotEqualTo(one.questions()).containsExactlyInAnyOrderElementsOf(quiz.questions());
        for (Quiz.Question q : quiz.questions()) {
            if (q.type() == Quiz.Type.ORDER) {
                for (long seed = 0; seed < 50; seed++) {
                    assertThat(QuizPlan.of(quiz, seed).items(q)).as("never starts in the right order").isNotEqualTo(q.items());
                }
            }
            assertThat(one.choices(q)).isEqualTo(again.choices(q));
        }
    }

    @Test
    void everyQuizFollowsATourWithManyKindsOfQuestion() {
        var corpus = ContentChecker.check(ContentFiles.fromDirectory(Path.of("content"))).corpus().orElseThrow();
        assertThat(corpus.quizzes()).hasSize(3);
        for (Quiz quiz : corpus.quizzes()) {
            assertThat(quiz.questions()).hasSizeGreaterThanOrEqualTo(12);
            assertThat(quiz.questions().stream().map(Quiz.Question::type).distinct().count()).isGreaterThanOrEqualTo(5);
            assertThat(corpus.tour(quiz.tour()).orElseThrow().quiz()).isEqualTo(quiz.id());
        }
    }
}
