package org.cables.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.cables.i18n.ExhibitLanguage;
import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroupTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectTester;
import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.content.QuizId;
import org.cables.map.FrontLineMap;
import org.cables.visitor.VisitorId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Taking a whole quiz through its pages: every question type, its feedback, the results. */
@SpringBootTest
class QuizViewTest extends ExhibitViewTest {

    @Autowired
    QuizAttempts attempts;

    @Autowired
    ExhibitContent content;


    /** The line above the question: its number and its kind. */
    private String stepLine() {
        return $(org.cables.ui.TrustedHtml.class).all().stream().map(org.cables.ui.TrustedHtml::html)
                .filter(html -> html.contains("quiz-step")).findFirst().orElseThrow();
    }

    private NativeButton button(String className) {
        return $(NativeButton.class).withClassName(className).single();
    }

    @Test
    void aWholeQuizAnsweredRightScoresFullMarksAndIsStored() {
        for (String quizId : List.of("road-to-war", "decision-to-intervene", "armistice-talks")) {
            QuizView view = navigate("quizzes/" + quizId, QuizView.class);
            test(button("quiz-start")).click();
            List<Quiz.Question> questions = view.plan().questions();
            for (Quiz.Question q : questions) {
                answerRightly(q, view);
                test(button("quiz-check")).click();
                assertThat($(H2.class).all()).extracting(H2::getText).as(q.id().value()).contains("Right!");
                String feedback = $(Div.class).withClassName("quiz-feedback").single().getElement().getTextRecursively();
                assertThat(feedback).contains(q.explanation().strip().substring(0, 20));
                Anchor source = $(Anchor.class).withClassName("quiz-source").single();
                assertThat(source.getHref()).startsWith("cables/" + q.cable().value());
                if (q.paragraph() != null) {
                    assertThat(source.getHref()).endsWith("#p" + q.paragraph());
                }
                test(button("quiz-next")).click();
            }
            assertThat($(Paragraph.class).withClassName("quiz-score").single().getText())
                    .isEqualTo(questions.size() + " out of " + questions.size());
            var stored = attempts.results(VisitorId.current(), new QuizId(quizId));
            assertThat(stored.getFirst().score()).isEqualTo(questions.size());
            assertThat(attempts.find(view.attemptId(), VisitorId.current()).orElseThrow().answers()).hasSize(questions.size());
        }
    }

    @Test
    void wrongAnswersAreExplainedAndListedToReadAgain() {
        QuizView view = navigate("quizzes/armistice-talks", QuizView.class);
        test(button("quiz-start")).click();
        int questions = view.plan().questions().size();
        for (int i = 0; i < questions; i++) {
            Quiz.Question q = view.plan().questions().get(i);
            answerWrongly(q);
            test(button("quiz-check")).click();
            assertThat($(H2.class).all()).extracting(H2::getText).as(q.id().value()).contains("Not quite.");
            assertThat($(Div.class).withClassName("quiz-feedback").single().getElement().getTextRecursively()).contains("The right answer:");
            test(button("quiz-next")).click();
        }
        assertThat($(Paragraph.class).withClassName("quiz-score").single().getText()).isEqualTo("0 out of " + questions);
        assertThat($(ListItem.class).all()).hasSize(questions);
        long firstSeed = view.plan().seed();

        test(button("quiz-again")).click();
        assertThat(view.plan().seed()).isNotEqualTo(firstSeed);
        assertThat(stepLine()).contains("<span class=\"quiz-step\">Question 1 of " + questions + "</span> · <span class=\"quiz-kind\">");
    }

    @Test
    void aQuizUnderWayKeepsItsQuestionAndAnswersWhenTheLanguageChanges() {
        QuizView view = navigate("quizzes/road-to-war", QuizView.class);
        test(button("quiz-start")).click();
        String attempt = view.attemptId();
        for (int i = 0; i < 2; i++) {
            answerRightly(view.plan().questions().get(view.index()), view);
            test(button("quiz-check")).click();
            test(button("quiz-next")).click();
        }
        Quiz.Question third = view.plan().questions().get(2);
        answerRightly(third, view);
        test(button("quiz-check")).click();

        chooseLanguage(ExhibitLanguage.KOREAN);

        QuizView again = (QuizView) getCurrentView();
        assertThat(again).isNotSameAs(view);
        assertThat(again.attemptId()).isEqualTo(attempt);
        assertThat(again.index()).as("still the third question").isEqualTo(2);
        assertThat(stepLine()).contains("<span class=\"quiz-step\">").contains("3").contains("15");
        assertThat(button("quiz-check").isEnabled()).as("its answer stands").isFalse();
        // The explanation is now the Korean edition's.
        String inKorean = content.corpus(java.util.Locale.KOREAN).quiz(new org.cables.content.QuizId("road-to-war")).orElseThrow()
                .question(third.id()).orElseThrow().explanation();
        assertThat(inKorean).containsPattern("\\p{IsHangul}");
        assertThat($(Div.class).withClassName("quiz-feedback").single().getElement().getTextRecursively().replaceAll("\\s+", " "))
                .contains(inKorean.strip().replaceAll("\\s+", " ").substring(0, 20));
        assertThat(hangul(viewText())).isPositive();

        test(button("quiz-next")).click();
        assertThat(again.index()).isEqualTo(3);
        assertThat(attempts.find(attempt, VisitorId.current()).orElseThrow().answers()).hasSize(3);
    }

    @Test
    void anAttemptOfAnotherVisitorOrQuizInTheAddressOpensTheIntroduction() {
        visit("quizzes/road-to-war?attempt=not-an-attempt&question=9");
        assertThat($(NativeButton.class).withClassName("quiz-start").exists()).isTrue();
    }

    @Test
    void nothingChosenIsAskedForNotMarked() {
        QuizView view = navigate("quizzes/road-to-war", QuizView.class);
        test(button("quiz-start")).click();
        while (view.plan().questions().get(view.index()).type() == Quiz.Type.ORDER) {
            answerRightly(view.plan().questions().get(view.index()), view);
            test(button("quiz-check")).click();
            test(button("quiz-next")).click();
        }
        test(button("quiz-check")).click();
        assertThat($(Paragraph.class).withClassName("quiz-problem").single().getText()).isEqualTo("Choose an answer first.");
        assertThat(attempts.find(view.attemptId(), VisitorId.current()).orElseThrow().answers())
                .doesNotContainKey(view.plan().questions().get(view.index()).id());
    }

    @Test
    void mapQuestionsShowTheMapWithoutGivingTheDateAway() {
        QuizView view = navigate("quizzes/road-to-war", QuizView.class);
        test(button("quiz-start")).click();
        while (view.plan().questions().get(view.index()).type() != Quiz.Type.MAP_LINE) {
            answerRightly(view.plan().questions().get(view.index()), view);
            test(button("quiz-check")).click();
            test(button("quiz-next")).click();
        }
        FrontLineMap map = $(FrontLineMap.class).single();
        assertThat(map.getElement().getProperty("bare", false)).isTrue();
    }

    @SuppressWarnings("unchecked")
    private void answerRightly(Quiz.Question q, QuizView view) {
        switch (q.type()) {
            case SINGLE, SOURCE, MAP_LINE, MAP_PLACE -> new RadioButtonGroupTester<>($(RadioButtonGroup.class).single())
                    .selectItem(q.choices().stream().filter(Quiz.Choice::correct).findFirst().orElseThrow().text());
            case MULTIPLE -> new CheckboxGroupTester<>($(CheckboxGroup.class).single())
                    .selectItems(q.choices().stream().filter(Quiz.Choice::correct).map(Quiz.Choice::text).toList());
            case TRUE_FALSE -> new RadioButtonGroupTester<>($(RadioButtonGroup.class).single())
                    .selectItem(Boolean.TRUE.equals(q.answer()) ? "True" : "False");
            case MATCH -> {
                for (Quiz.Pair pair : q.pairs()) {
                    Select<Quiz.Pair> select = $(Select.class).withCondition(s -> pair.left().equals(s.getAriaLabel().orElse(""))).single();
                    new SelectTester<>(select).selectItem(pair.right());
                }
            }
            case ORDER -> {
                // Move items up with the buttons, as a keyboard or touch user would.
                for (int target = 0; target < q.items().size(); target++) {
                    Quiz.Item item = q.items().get(target);
                    while (currentOrder().indexOf(item.text()) > target) {
                        test($(NativeButton.class).withAttribute("aria-label", "Move “" + item.text() + "” up").single()).click();
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void answerWrongly(Quiz.Question q) {
        switch (q.type()) {
            case SINGLE, SOURCE, MAP_LINE, MAP_PLACE -> new RadioButtonGroupTester<>($(RadioButtonGroup.class).single())
                    .selectItem(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().text());
            case MULTIPLE -> new CheckboxGroupTester<>($(CheckboxGroup.class).single())
                    .selectItems(q.choices().stream().filter(c -> !c.correct()).map(Quiz.Choice::text).toList());
            case TRUE_FALSE -> new RadioButtonGroupTester<>($(RadioButtonGroup.class).single())
                    .selectItem(Boolean.TRUE.equals(q.answer()) ? "False" : "True");
            case MATCH -> {
                List<Quiz.Pair> pairs = q.pairs();
                for (int i = 0; i < pairs.size(); i++) {
                    Quiz.Pair pair = pairs.get(i);
                    Select<Quiz.Pair> select = $(Select.class).withCondition(s -> pair.left().equals(s.getAriaLabel().orElse(""))).single();
                    new SelectTester<>(select).selectItem(pairs.get((i + 1) % pairs.size()).right());
                }
            }
            case ORDER -> {
                // The page never starts in the right order; leave it as it is.
            }
        }
    }

    private List<String> currentOrder() {
        List<String> order = new ArrayList<>();
        $(Span.class).withClassName("order-text").all().forEach(s -> order.add(s.getText()));
        return order;
    }
}
