package org.cables.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.cables.content.Corpus;
import org.cables.content.PlaceId;
import org.cables.content.Quiz;
import org.cables.map.FrontLineMap;

/**
 * A question of any type ready to answer, the one place that builds question inputs: a choice
 * question ({@link ChoiceQuestion}, a source question with its skill, excerpt, our translation and
 * document), a map with its choices (a place on the map chooses it), items to put in order (drag
 * and drop, or move buttons for the keyboard and touch), or pairs to match. It hands out the
 * visitor's answer as a {@link QuizAnswer}; the prompt, the checking and the feedback are left to
 * the page that asks it. Disabled, nothing in it can be changed, the order's dragging included.
 */
public final class QuestionInput extends Div {

    private final Quiz.Question question;
    private final Supplier<Optional<QuizAnswer>> reader;
    private final Consumer<QuizAnswer> shower;
    private OrderInput order;

    /**
     * The question in an order of its own, the same every time for the same question id, and
     * never with the items of an order question already in the right order.
     */
    public QuestionInput(Quiz.Question question, Corpus corpus) {
        this(question, corpus, question.id().value().hashCode());
    }

    /** The question in the order a quiz attempt with this seed shows it (choices, items and right-hand sides shuffled). */
    public QuestionInput(Quiz.Question question, Corpus corpus, long seed) {
        this(question, corpus, new QuizPlan(seed, List.of()));
    }

    private QuestionInput(Quiz.Question question, Corpus corpus, QuizPlan plan) {
        this(question, corpus, plan.choices(question), plan.items(question), plan.rights(question));
    }

    /**
     * The question in the given order: its choices, its items (an order question starts in this
     * order) and its pairs as the right-hand sides offered. Each list holds exactly the question's
     * own (empty where its type has none).
     *
     * @throws IllegalArgumentException if a list is not the question's own, reordered
     */
    public QuestionInput(Quiz.Question question, Corpus corpus, List<Quiz.Choice> choices, List<Quiz.Item> items,
                         List<Quiz.Pair> rights) {
        this.question = question;
        sameAs(question.choices(), choices, "choices");
        sameAs(question.items(), items, "items");
        sameAs(question.pairs(), rights, "right-hand sides");
        addClassName("question-input");
        Supplier<Optional<QuizAnswer>> reads;
        Consumer<QuizAnswer> shows;
        switch (question.type()) {
            case SINGLE, MULTIPLE, TRUE_FALSE, SOURCE -> {
                ChoiceQuestion choice = choiceInput(corpus, choices);
                reads = choice::answer;
                shows = choice::show;
            }
            case MAP_LINE, MAP_PLACE -> {
                RadioButtonGroup<Quiz.Choice> group = mapInput(corpus, choices);
                reads = () -> Optional.ofNullable(group.getValue()).map(c -> new QuizAnswer.Choice(c.id()));
                shows = given -> {
                    if (given instanceof QuizAnswer.Choice one) {
                        choices.stream().filter(c -> c.id().equals(one.id())).findFirst().ifPresent(group::setValue);
                    }
                };
            }
            case ORDER -> {
                order = new OrderInput(items);
                reads = () -> Optional.of(order.answer());
                shows = order::show;
            }
            case MATCH -> {
                Map<String, Select<Quiz.Pair>> selects = matchInput(rights);
                reads = () -> matchAnswer(selects);
                shows = given -> {
                    if (given instanceof QuizAnswer.Match match) {
                        selects.forEach((left, select) -> rights.stream().filter(p -> p.id().equals(match.chosen().get(left)))
                                .findFirst().ifPresent(select::setValue));
                    }
                };
            }
            default -> throw new IllegalArgumentException("Unknown question type " + question.type());
        }
        reader = reads;
        shower = shows;
    }

    /** The question asked. */
    public Quiz.Question question() {
        return question;
    }

    /**
     * What the visitor answered; empty while the answer is incomplete (nothing chosen, a pair not
     * matched). An order question always has an answer: the order its items stand in.
     */
    public Optional<QuizAnswer> answer() {
        return reader.get();
    }

    /**
     * Shows an answer given before (after a reload, a student's sent answer) in the inputs; an
     * answer of another kind of question, or ids that are not the question's, are not shown.
     */
    public void show(QuizAnswer given) {
        shower.accept(given);
    }

    @Override
    public void onEnabledStateChanged(boolean enabled) {
        super.onEnabledStateChanged(enabled);
        if (order != null) {
            order.render();
        }
    }

    private <T> void sameAs(List<T> own, List<T> given, String what) {
        if (given.size() != own.size() || !new HashSet<>(given).equals(new HashSet<>(own))) {
            throw new IllegalArgumentException("The " + what + " to show are not those of question " + question.id().value()
                    + ", reordered: " + given);
        }
    }

    /** A choice question; a source question also names its skill, our translation and its document. */
    private ChoiceQuestion choiceInput(Corpus corpus, List<Quiz.Choice> choices) {
        ChoiceQuestion choice = new ChoiceQuestion(question, choices);
        if (question.type() == Quiz.Type.SOURCE) {
            if (question.skill() != null) {
                Span skill = new Span(getTranslation("quiz.skill." + question.skill().key()));
                skill.addClassName("quiz-skill");
                add(skill);
            }
            choice.withOurTranslation(corpus);
            corpus.cable(question.cable()).ifPresent(choice::nameExcerptSource);
        }
        add(choice);
        return choice;
    }

    /** The map of the question's day (bare for a line question) and its choices; clicking a place chooses it. */
    private RadioButtonGroup<Quiz.Choice> mapInput(Corpus corpus, List<Quiz.Choice> choices) {
        boolean place = question.type() == Quiz.Type.MAP_PLACE;
        FrontLineMap map = FrontLineMap.compact(corpus, question.date(),
                place ? question.choices().stream().map(c -> new PlaceId(c.id())).toList() : List.of());
        map.setBare(!place);
        map.addClassName("quiz-map");
        RadioButtonGroup<Quiz.Choice> group = new RadioButtonGroup<>();
        group.setLabel(getTranslation("quiz.your-answer"));
        group.setItemLabelGenerator(Quiz.Choice::text);
        group.setItems(choices);
        group.addClassName("quiz-choices");
        if (place) {
            map.addPlaceClickListener(e -> {
                if (group.isEnabled()) {
                    choices.stream().filter(c -> c.id().equals(e.getPlaceId())).findFirst().ifPresent(group::setValue);
                }
            });
        }
        add(map, group);
        return group;
    }

    /** A row for each item on the left, with a choice of every right-hand side. */
    private Map<String, Select<Quiz.Pair>> matchInput(List<Quiz.Pair> rights) {
        Div rows = new Div();
        rows.addClassName("quiz-match");
        Map<String, Select<Quiz.Pair>> selects = new LinkedHashMap<>();
        for (Quiz.Pair pair : question.pairs()) {
            Span left = new Span(pair.left());
            left.addClassName("match-left");
            Select<Quiz.Pair> select = new Select<>();
            select.setAriaLabel(pair.left());
            select.setItemLabelGenerator(Quiz.Pair::right);
            select.setItems(rights);
            select.setPlaceholder(getTranslation("quiz.match-choose"));
            selects.put(pair.id(), select);
            Div row = new Div(left, select);
            row.addClassName("match-row");
            rows.add(row);
        }
        add(new Paragraph(getTranslation("quiz.match-help")), rows);
        return selects;
    }

    private static Optional<QuizAnswer> matchAnswer(Map<String, Select<Quiz.Pair>> selects) {
        if (selects.values().stream().anyMatch(s -> s.getValue() == null)) {
            return Optional.empty();
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        selects.forEach((left, s) -> chosen.put(left, s.getValue().id()));
        return Optional.of(new QuizAnswer.Match(chosen));
    }

    /** Items to put in date order: drag and drop, or the move buttons (keyboard and touch). */
    private final class OrderInput {

        private final List<Quiz.Item> order;
        private final OrderedList list = new OrderedList();

        OrderInput(List<Quiz.Item> start) {
            order = new ArrayList<>(start);
            list.addClassName("quiz-order");
            render();
            add(new Paragraph(getTranslation("quiz.order-help")), list);
        }

        QuizAnswer answer() {
            return new QuizAnswer.Order(order.stream().map(Quiz.Item::id).toList());
        }

        void show(QuizAnswer given) {
            if (given instanceof QuizAnswer.Order o && o.ids().size() == order.size()
                    && new HashSet<>(o.ids()).equals(new HashSet<>(answerIds()))) {
                List<Quiz.Item> shown = o.ids().stream().map(id -> order.get(indexOf(id))).toList();
                order.clear();
                order.addAll(shown);
                render();
            }
        }

        private List<String> answerIds() {
            return order.stream().map(Quiz.Item::id).toList();
        }

        /** Lays the rows out again in the current order; disabled, no button moves and nothing drags. */
        void render() {
            boolean enabled = isEnabled();
            list.removeAll();
            for (int i = 0; i < order.size(); i++) {
                Quiz.Item item = order.get(i);
                int at = i;
                Span text = new Span(item.text());
                text.addClassName("order-text");
                NativeButton up = new NativeButton("↑", e -> {
                    if (at > 0) {
                        order.add(at - 1, order.remove(at));
                        render();
                        focusMoved(at - 1, "up");
                    }
                });
                up.getElement().setAttribute("aria-label", getTranslation("quiz.move-up", item.text()));
                up.addClassName("order-up");
                up.setEnabled(at > 0);
                NativeButton down = new NativeButton("↓", e -> {
                    if (at < order.size() - 1) {
                        order.add(at + 1, order.remove(at));
                        render();
                        focusMoved(at + 1, "down");
                    }
                });
                down.getElement().setAttribute("aria-label", getTranslation("quiz.move-down", item.text()));
                down.addClassName("order-down");
                down.setEnabled(at < order.size() - 1);
                ListItem row = new ListItem(text, up, down);
                row.addClassName("order-row");
                row.getElement().setAttribute("data-item", item.id());
                DragSource.configure(row, enabled).setDragData(item.id());
                DropTarget<ListItem> target = DropTarget.configure(row, enabled);
                target.addDropListener(drop -> drop.getDragData().ifPresent(data -> {
                    int from = indexOf(String.valueOf(data));
                    if (isEnabled() && from >= 0 && from != at) {
                        order.add(at, order.remove(from));
                        render();
                    }
                }));
                list.add(row);
            }
        }

        private int indexOf(String id) {
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).id().equals(id)) {
                    return i;
                }
            }
            return -1;
        }

        /** Keeps keyboard focus on the moved item's button, so several moves can follow. */
        private void focusMoved(int row, String direction) {
            list.getElement().executeJs("const r = this.children[$0]; if (r) { const b = r.querySelector('.order-' + $1 + ':not([disabled])')"
                    + " || r.querySelector('button:not([disabled])'); if (b) b.focus(); }", row, direction);
        }
    }
}
