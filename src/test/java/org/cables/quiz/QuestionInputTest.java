package org.cables.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupTester;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroupTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectTester;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.content.QuizId;
import org.cables.map.FrontLineMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one component that asks a question of any type, on every question of the bundled quizzes:
 * answered through its inputs, an answer given before shown again, and nothing changeable once
 * disabled.
 */
@SpringBootTest
class QuestionInputTest extends ExhibitViewTest {

    @Autowired
    ExhibitContent content;

    private Corpus corpus;
    private List<Quiz.Question> questions;

    @BeforeEach
    void everyBundledQuestion() {
        corpus = content.corpus(Locale.ENGLISH);
        questions = corpus.quizzes().stream().flatMap(quiz -> quiz.questions().stream()).toList();
        assertThat(questions.stream().map(Quiz.Question::type).collect(Collectors.toSet()))
                .as("the bundled quizzes ask every type").isEqualTo(EnumSet.allOf(Quiz.Type.class));
    }

    private QuestionInput shown(Quiz.Question q) {
        QuestionInput input = new QuestionInput(q, corpus);
        UI.getCurrent().add(input);
        return input;
    }

    /** The first bundled question of each type. */
    private List<Quiz.Question> oneOfEachType() {
        Map<Quiz.Type, Quiz.Question> first = new LinkedHashMap<>();
        questions.forEach(q -> first.putIfAbsent(q.type(), q));
        return List.copyOf(first.values());
    }

    @Test
    void everyQuestionAnsweredRightThroughItsInputsIsScoredRight() {
        for (Quiz.Question q : questions) {
            QuestionInput input = shown(q);
            if (q.type() == Quiz.Type.ORDER) {
                assertThat(input.answer()).as(q.id().value() + ": the items' order is an answer from the start").isPresent();
                assertThat(QuizScoring.isCorrect(q, input.answer().orElseThrow())).as(q.id().value() + " never starts right").isFalse();
            } else {
                assertThat(input.answer()).as(q.id().value() + ": nothing chosen yet").isEmpty();
            }
            answerRightly(q, input);
            assertThat(input.answer()).as(q.id().value()).isPresent();
            assertThat(QuizScoring.isCorrect(q, input.answer().orElseThrow())).as(q.id().value()).isTrue();
            UI.getCurrent().remove(input);
        }
    }

    @Test
    void aMatchHasNoAnswerUntilEveryItemIsMatched() {
        Quiz.Question q = first(Quiz.Type.MATCH);
        QuestionInput input = shown(q);
        assertThat($(Paragraph.class, input).all()).extracting(Paragraph::getText).contains("For each item, choose the one that belongs with it.");
        List<Quiz.Pair> pairs = q.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            assertThat(input.answer()).as("%d of %d matched", i, pairs.size()).isEmpty();
            select(input, pairs.get(i)).selectItem(pairs.get(i).right());
        }
        assertThat(input.answer()).contains(new QuizAnswer.Match(pairs.stream().collect(Collectors.toMap(Quiz.Pair::id, Quiz.Pair::id))));
    }

    @Test
    void aWrongAnswerThroughTheInputsIsScoredWrong() {
        for (Quiz.Question q : oneOfEachType()) {
            QuestionInput input = shown(q);
            answerWrongly(q, input);
            assertThat(QuizScoring.isCorrect(q, input.answer().orElseThrow())).as(q.type().key()).isFalse();
            UI.getCurrent().remove(input);
        }
    }

    @Test
    void anAnswerGivenBeforeIsShownInTheInputs() {
        for (Quiz.Question q : questions) {
            for (QuizAnswer given : List.of(rightAnswer(q), wrongAnswer(q))) {
                QuestionInput input = shown(q);
                input.show(given);
                assertThat(input.answer()).as(q.id().value() + " shows " + given.encode()).contains(given);
                if (given instanceof QuizAnswer.Order order) {
                    assertThat(orderShown(input)).as("the rows themselves").containsExactlyElementsOf(order.ids().stream()
                            .map(id -> q.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow().text()).toList());
                }
                UI.getCurrent().remove(input);
            }
        }
    }

    @Test
    void anAnswerThatDoesNotFitIsNotShown() {
        for (Quiz.Question q : oneOfEachType()) {
            QuestionInput input = shown(q);
            QuizAnswer before = input.answer().orElse(null);
            input.show(q.type() == Quiz.Type.TRUE_FALSE ? new QuizAnswer.Choice("a") : new QuizAnswer.TrueFalse(true));
            input.show(new QuizAnswer.Choice("not-a-choice"));
            input.show(new QuizAnswer.Order(List.of("not-an-item")));
            input.show(new QuizAnswer.Match(Map.of("not-a-pair", "nor-this")));
            assertThat(input.answer().orElse(null)).as(q.type().key()).isEqualTo(before);
            UI.getCurrent().remove(input);
        }
    }

    @Test
    void disabledNothingCanBeChangedNorDragged() {
        for (Quiz.Question q : oneOfEachType()) {
            QuestionInput input = shown(q);
            QuizAnswer before = input.answer().orElse(null);
            input.setEnabled(false);
            List<Component> inputs = new ArrayList<>();
            inputs.addAll($(RadioButtonGroup.class, input).all());
            inputs.addAll($(CheckboxGroup.class, input).all());
            inputs.addAll($(Select.class, input).all());
            inputs.addAll($(NativeButton.class, input).all());
            assertThat(inputs).as(q.type().key()).isNotEmpty().allSatisfy(c -> {
                assertThat(((HasEnabled) c).isEnabled()).isFalse();
                assertThat(c.getElement().hasAttribute("disabled") || c.getElement().getProperty("disabled", false))
                        .as("disabled in the browser too").isTrue();
            });
            assertThatThrownBy(() -> answerRightly(q, input)).as(q.type().key()).isInstanceOf(IllegalStateException.class);
            if (q.type() == Quiz.Type.ORDER) {
                assertThat($(ListItem.class, input).all()).allSatisfy(row -> {
                    assertThat(DragSource.configure(row).isDraggable()).isFalse();
                    assertThat(DropTarget.configure(row).isActive()).isFalse();
                });
                List<ListItem> rows = $(ListItem.class, input).all();
                drag(rows.getLast(), rows.getFirst());
            }
            if (q.type() == Quiz.Type.MAP_PLACE) {
                clickPlace(input, q.choices().getFirst().id());
            }
            assertThat(input.answer().orElse(null)).as(q.type().key() + " unchanged").isEqualTo(before);

            input.setEnabled(true);
            answerRightly(q, input);
            assertThat(QuizScoring.isCorrect(q, input.answer().orElseThrow())).as(q.type().key() + " enabled again").isTrue();
            UI.getCurrent().remove(input);
        }
    }

    @Test
    void disablingWhatHoldsItDisablesItToo() {
        Quiz.Question q = first(Quiz.Type.ORDER);
        QuestionInput input = new QuestionInput(q, corpus);
        Div holder = new Div(input);
        UI.getCurrent().add(holder);
        holder.setEnabled(false);
        assertThat($(NativeButton.class, input).all()).allSatisfy(b -> assertThat(b.getElement().hasAttribute("disabled")).isTrue());
        assertThat($(ListItem.class, input).all()).allSatisfy(row -> assertThat(DragSource.configure(row).isDraggable()).isFalse());
        holder.setEnabled(true);
        assertThat($(ListItem.class, input).all()).allSatisfy(row -> assertThat(DragSource.configure(row).isDraggable()).isTrue());
        assertThat($(NativeButton.class, input).all()).filteredOn(NativeButton::isEnabled).isNotEmpty();
    }

    @Test
    void anOrderCanBeDraggedAndDropped() {
        Quiz.Question q = first(Quiz.Type.ORDER);
        QuestionInput input = shown(q);
        List<String> before = orderShown(input);
        assertThat($(ListItem.class, input).all()).allSatisfy(row -> assertThat(DragSource.configure(row).isDraggable()).isTrue());
        List<ListItem> rows = $(ListItem.class, input).all();
        drag(rows.getLast(), rows.getFirst());
        List<String> expected = new ArrayList<>(before);
        expected.addFirst(expected.removeLast());
        assertThat(orderShown(input)).isEqualTo(expected);
    }

    @Test
    void anOrderIsMovedWithButtonsNamedForTheirItem() {
        Quiz.Question q = first(Quiz.Type.ORDER);
        QuestionInput input = shown(q);
        assertThat($(Paragraph.class, input).all()).extracting(Paragraph::getText).anyMatch(t -> t.startsWith("Put the items in the order"));
        List<String> before = orderShown(input);
        NativeButton firstUp = $(NativeButton.class, input).withAttribute("aria-label", "Move “" + before.getFirst() + "” up").single();
        NativeButton lastDown = $(NativeButton.class, input).withAttribute("aria-label", "Move “" + before.getLast() + "” down").single();
        assertThat(firstUp.isEnabled()).as("the first cannot go up").isFalse();
        assertThat(lastDown.isEnabled()).as("the last cannot go down").isFalse();
        test($(NativeButton.class, input).withAttribute("aria-label", "Move “" + before.getFirst() + "” down").single()).click();
        assertThat(orderShown(input).subList(0, 2)).containsExactly(before.get(1), before.get(0));
    }

    @Test
    void theOrderWithoutAPlanIsTheSameEveryTimeAndNeverTheRightOne() {
        for (Quiz.Question q : questions) {
            QuestionInput once = shown(q);
            QuestionInput again = shown(q);
            assertThat(once.answer()).as(q.id().value()).isEqualTo(again.answer());
            assertThat(choicesShown(once)).as(q.id().value()).isEqualTo(choicesShown(again));
            if (q.type() == Quiz.Type.ORDER) {
                assertThat(orderShown(once)).as(q.id().value()).isNotEqualTo(q.items().stream().map(Quiz.Item::text).toList());
            }
            UI.getCurrent().remove(once, again);
        }
    }

    @Test
    void aSeedGivesTheOrderOfTheQuizAttemptWithThatSeed() {
        Quiz quiz = corpus.quiz(new QuizId("road-to-war")).orElseThrow();
        QuizPlan plan = QuizPlan.of(quiz, 42L);
        for (Quiz.Question q : quiz.questions()) {
            QuestionInput input = new QuestionInput(q, corpus, 42L);
            UI.getCurrent().add(input);
            if (q.type() == Quiz.Type.ORDER) {
                assertThat(orderShown(input)).isEqualTo(plan.items(q).stream().map(Quiz.Item::text).toList());
            } else if (q.type() == Quiz.Type.MATCH) {
                assertThat($(Select.class, input).first().getListDataView().getItems().toList()).isEqualTo(plan.rights(q));
            } else if (q.type() != Quiz.Type.TRUE_FALSE) {
                assertThat(choicesShown(input)).isEqualTo(plan.choices(q));
            }
            UI.getCurrent().remove(input);
        }
    }

    @Test
    void explicitListsAreShownInTheirOrderAndMustBeTheQuestionsOwn() {
        Quiz.Question order = first(Quiz.Type.ORDER);
        QuestionInput input = new QuestionInput(order, corpus, List.of(), order.items(), List.of());
        UI.getCurrent().add(input);
        assertThat(orderShown(input)).isEqualTo(order.items().stream().map(Quiz.Item::text).toList());

        Quiz.Question single = first(Quiz.Type.SINGLE);
        List<Quiz.Choice> reversed = new ArrayList<>(single.choices());
        Collections.reverse(reversed);
        QuestionInput singleInput = new QuestionInput(single, corpus, reversed, List.of(), List.of());
        UI.getCurrent().add(singleInput);
        assertThat(choicesShown(singleInput)).isEqualTo(reversed);

        assertThatThrownBy(() -> new QuestionInput(single, corpus, single.choices().subList(1, single.choices().size()), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(single.id().value());
        assertThatThrownBy(() -> new QuestionInput(order, corpus, List.of(), order.items().subList(0, 1), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSourceQuestionNamesItsSkillAndDocumentAndAMapPlaceQuestionShowsItsPlaces() {
        Quiz.Question source = first(Quiz.Type.SOURCE);
        QuestionInput input = shown(source);
        assertThat($(Span.class, input).withClassName("quiz-skill").single().getText()).contains(":");
        assertThat($(Paragraph.class, input).withClassName("quiz-excerpt-source").single().getText()).startsWith("From: ");
        assertThat($(ChoiceQuestion.class, input).single()).isNotNull();

        Quiz.Question line = first(Quiz.Type.MAP_LINE);
        FrontLineMap lineMap = $(FrontLineMap.class, shown(line)).single();
        assertThat(lineMap.getElement().getProperty("bare", false)).isTrue();
        assertThat(lineMap.getClassNames()).contains("quiz-map");

        Quiz.Question place = first(Quiz.Type.MAP_PLACE);
        QuestionInput placeInput = shown(place);
        assertThat($(FrontLineMap.class, placeInput).single().getElement().getProperty("bare", false)).isFalse();
        String right = place.choices().stream().filter(Quiz.Choice::correct).findFirst().orElseThrow().id();
        clickPlace(placeInput, "not-one-of-the-choices");
        assertThat(placeInput.answer()).isEmpty();
        clickPlace(placeInput, right);
        assertThat(placeInput.answer()).contains(new QuizAnswer.Choice(right));
        assertThat($(RadioButtonGroup.class, placeInput).single().getValue()).as("the radio shows the place chosen")
                .isEqualTo(place.choices().stream().filter(c -> c.id().equals(right)).findFirst().orElseThrow());
    }

    @Test
    void inKoreanASourceQuestionAddsOurTranslationUnderTheExcerpt() {
        UI.getCurrent().setLocale(Locale.KOREAN);
        Corpus korean = content.corpus(Locale.KOREAN);
        Quiz.Question source = korean.quizzes().stream().flatMap(quiz -> quiz.questions().stream())
                .filter(q -> q.type() == Quiz.Type.SOURCE && korean.ourTranslation(q.cable(), q.excerpt()).isPresent())
                .findFirst().orElseThrow();
        QuestionInput input = new QuestionInput(source, korean);
        UI.getCurrent().add(input);
        assertThat(hangul(input.getElement().getTextRecursively())).isPositive();
        assertThat(input.getElement().getOuterHTML()).contains("our-translation-text")
                .contains(org.jsoup.nodes.Entities.escape(korean.ourTranslation(source.cable(), source.excerpt()).orElseThrow()));
    }

    private Quiz.Question first(Quiz.Type type) {
        return questions.stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    private static Quiz.Choice rightChoice(Quiz.Question q) {
        return q.choices().stream().filter(Quiz.Choice::correct).findFirst().orElseThrow();
    }

    static QuizAnswer rightAnswer(Quiz.Question q) {
        return switch (q.type()) {
            case SINGLE, SOURCE, MAP_LINE, MAP_PLACE -> new QuizAnswer.Choice(rightChoice(q).id());
            case MULTIPLE -> new QuizAnswer.Choices(q.choices().stream().filter(Quiz.Choice::correct).map(Quiz.Choice::id).collect(Collectors.toSet()));
            case TRUE_FALSE -> new QuizAnswer.TrueFalse(q.answer());
            case ORDER -> new QuizAnswer.Order(q.items().stream().map(Quiz.Item::id).toList());
            case MATCH -> new QuizAnswer.Match(q.pairs().stream().collect(Collectors.toMap(Quiz.Pair::id, Quiz.Pair::id)));
        };
    }

    static QuizAnswer wrongAnswer(Quiz.Question q) {
        return switch (q.type()) {
            case SINGLE, SOURCE, MAP_LINE, MAP_PLACE -> new QuizAnswer.Choice(q.choices().stream().filter(c -> !c.correct())
                    .findFirst().orElseThrow().id());
            case MULTIPLE -> new QuizAnswer.Choices(Set.of(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id()));
            case TRUE_FALSE -> new QuizAnswer.TrueFalse(!q.answer());
            case ORDER -> new QuizAnswer.Order(q.items().reversed().stream().map(Quiz.Item::id).toList());
            case MATCH -> {
                List<Quiz.Pair> pairs = q.pairs();
                Map<String, String> rotated = new LinkedHashMap<>();
                for (int i = 0; i < pairs.size(); i++) {
                    rotated.put(pairs.get(i).id(), pairs.get((i + 1) % pairs.size()).id());
                }
                yield new QuizAnswer.Match(rotated);
            }
        };
    }

    /** Answers through the inputs, as a visitor would: a place on the map is clicked, the order moved with the buttons. */
    @SuppressWarnings("unchecked")
    private void answerRightly(Quiz.Question q, QuestionInput input) {
        switch (q.type()) {
            case SINGLE, SOURCE, MAP_LINE -> new RadioButtonGroupTester<>($(RadioButtonGroup.class, input).single()).selectItem(rightChoice(q).text());
            case MAP_PLACE -> {
                new RadioButtonGroupTester<>($(RadioButtonGroup.class, input).single()).selectItem(rightChoice(q).text());
                clickPlace(input, q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id());
                assertThat(input.answer()).as("a place clicked chooses it").contains(new QuizAnswer.Choice(
                        q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id()));
                clickPlace(input, rightChoice(q).id());
            }
            case MULTIPLE -> new CheckboxGroupTester<>($(CheckboxGroup.class, input).single())
                    .selectItems(q.choices().stream().filter(Quiz.Choice::correct).map(Quiz.Choice::text).toList());
            case TRUE_FALSE -> new RadioButtonGroupTester<>($(RadioButtonGroup.class, input).single())
                    .selectItem(Boolean.TRUE.equals(q.answer()) ? "True" : "False");
            case MATCH -> q.pairs().forEach(pair -> select(input, pair).selectItem(pair.right()));
            case ORDER -> {
                for (int target = 0; target < q.items().size(); target++) {
                    Quiz.Item item = q.items().get(target);
                    while (orderShown(input).indexOf(item.text()) > target) {
                        test($(NativeButton.class, input).withAttribute("aria-label", "Move “" + item.text() + "” up").single()).click();
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void answerWrongly(Quiz.Question q, QuestionInput input) {
        switch (q.type()) {
            case SINGLE, SOURCE, MAP_LINE, MAP_PLACE -> new RadioButtonGroupTester<>($(RadioButtonGroup.class, input).single())
                    .selectItem(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().text());
            case MULTIPLE -> new CheckboxGroupTester<>($(CheckboxGroup.class, input).single())
                    .selectItems(q.choices().stream().filter(c -> !c.correct()).map(Quiz.Choice::text).toList());
            case TRUE_FALSE -> new RadioButtonGroupTester<>($(RadioButtonGroup.class, input).single())
                    .selectItem(Boolean.TRUE.equals(q.answer()) ? "False" : "True");
            case MATCH -> {
                List<Quiz.Pair> pairs = q.pairs();
                for (int i = 0; i < pairs.size(); i++) {
                    select(input, pairs.get(i)).selectItem(pairs.get((i + 1) % pairs.size()).right());
                }
            }
            case ORDER -> {
                // It never starts in the right order: left as it is.
            }
        }
    }

    @SuppressWarnings("unchecked")
    private SelectTester<Select<Quiz.Pair>, Quiz.Pair> select(QuestionInput input, Quiz.Pair pair) {
        Select<Quiz.Pair> select = $(Select.class, input).withCondition(s -> pair.left().equals(s.getAriaLabel().orElse(""))).single();
        return new SelectTester<>(select);
    }

    private void clickPlace(QuestionInput input, String place) {
        FrontLineMap map = $(FrontLineMap.class, input).single();
        ComponentUtil.fireEvent(map, new FrontLineMap.PlaceClickEvent(map, true, place));
    }

    /** A row dragged onto another, as the browser reports it. */
    private static void drag(ListItem from, ListItem onto) {
        ComponentUtil.fireEvent(from, new DragStartEvent<>(from, true));
        ComponentUtil.fireEvent(onto, new DropEvent<>(onto, true, "move"));
    }

    private List<String> orderShown(QuestionInput input) {
        return $(Span.class, input).withClassName("order-text").all().stream().map(Span::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object> choicesShown(QuestionInput input) {
        if ($(CheckboxGroup.class, input).exists()) {
            return $(CheckboxGroup.class, input).single().getListDataView().getItems().toList();
        }
        if ($(RadioButtonGroup.class, input).exists()) {
            return $(RadioButtonGroup.class, input).single().getListDataView().getItems().toList();
        }
        return List.of();
    }
}
