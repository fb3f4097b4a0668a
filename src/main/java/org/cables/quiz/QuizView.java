package org.cables.quiz;

import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.TourNavigation;
import org.cables.navigation.QuizNavigation;
import org.cables.ui.AddressBar;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.cables.ui.RouteParameter;
import org.cables.content.Cable;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.PlaceId;
import org.cables.content.Quiz;
import org.cables.content.QuizId;
import org.cables.map.FrontLineMap;
import org.cables.visitor.VisitorId;

/**
 * A quiz, one question at a time: the visitor answers, the server checks and stores the answer
 * at once, and the feedback explains it with the document that proves it. At the end: the
 * score, what was missed and where to read again, the best and latest results, and a retry
 * in a new order. It holds the inputs of the question types that only a quiz asks (maps, order,
 * match), which is why it runs a little past our usual length.
 */
@Route(QuizNavigation.QUIZ)
@AnonymousAllowed
final class QuizView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ExhibitContent content;
    private final QuizAttempts attempts;

    private QuizId quizId;
    private String title = "";
    private String attemptId;
    private QuizPlan plan;
    private int index;
    /** Reads the answer from the current question's inputs (null when nothing is chosen). */
    private Supplier<QuizAnswer> currentAnswer = () -> null;
    /** Puts an answer already given back into the current question's inputs, where they can show it. */
    private java.util.function.Consumer<QuizAnswer> showGiven = answer -> { };

    QuizView(ExhibitContent content, QuizAttempts attempts) {
        this.content = content;
        this.attempts = attempts;
        addClassNames("quiz-view", "reading-wide");
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("shell.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Quiz> quiz = RouteParameter.find(event, "quiz", id -> content.corpus(getLocale()).quiz(new QuizId(id)));
        if (quiz.isEmpty()) {
            return;
        }
        quizId = quiz.get().id();
        title = quiz.get().title();
        var parameters = event.getLocation().getQueryParameters();
        Optional<QuizAttempts.Attempt> attempt = parameters.getSingleParameter(QuizNavigation.ATTEMPT)
                .flatMap(id -> attempts.find(id, VisitorId.current()))
                .filter(a -> a.quiz().equals(quizId));
        if (attempt.isPresent()) {
            resume(attempt.get(), parameters.getSingleParameter(QuizNavigation.QUESTION).orElse(""));
        } else {
            showIntro();
        }
    }

    /**
     * Takes up an attempt named in the address (a reload, a change of language, the same browser
     * coming back): at the question asked for, but never past the first one not yet answered.
     */
    private void resume(QuizAttempts.Attempt attempt, String question) {
        attemptId = attempt.id();
        plan = QuizPlan.of(quiz(), attempt.seed());
        if (attempt.finishedAt() != null) {
            showResults();
            return;
        }
        List<Quiz.Question> questions = plan.questions();
        int firstOpen = 0;
        while (firstOpen < questions.size() - 1 && attempt.answers().containsKey(questions.get(firstOpen).id())) {
            firstOpen++;
        }
        int asked = question.matches("\\d{1,3}") ? Integer.parseInt(question) - 1 : firstOpen;
        index = Math.max(0, Math.min(asked, firstOpen));
        showQuestion();
    }

    /** The address of what the quiz shows now, so that a reload or a change of language comes back to it. */
    private void showInAddress(Integer question) {
        getUI().ifPresent(ui -> AddressBar.show(ui, attemptId == null ? QuizNavigation.quiz(quizId)
                : QuizNavigation.attempt(quizId, attemptId, question)));
    }

    private Quiz quiz() {
        return content.corpus(getLocale()).quiz(quizId).orElseThrow();
    }

    private void showIntro() {
        removeAll();
        attemptId = null;
        showInAddress(null);
        Quiz quiz = quiz();
        add(new Anchor(QuizNavigation.quizzes(), getTranslation("quiz.back")));
        add(new H1(quiz.title()), new Paragraph(quiz.intro()),
                new Paragraph(getTranslation("quiz.size", quiz.questions().size())));
        add(results());
        NativeButton start = new NativeButton(getTranslation("quiz.start"), e -> start());
        start.addClassNames("quiz-primary", "quiz-start");
        add(start);
    }

    private Component results() {
        List<QuizAttempts.Result> results = attempts.results(VisitorId.current(), quizId);
        Div box = new Div();
        box.addClassName("quiz-results-summary");
        if (results.isEmpty()) {
            return box;
        }
        QuizAttempts.Result latest = results.getFirst();
        QuizAttempts.Result best = results.stream().max(Comparator.comparingDouble(r -> (double) r.score() / r.maxScore())).orElseThrow();
        box.add(new Paragraph(getTranslation("quiz.latest", latest.score(), latest.maxScore())),
                new Paragraph(getTranslation("quiz.best", best.score(), best.maxScore())));
        return box;
    }

    void start() {
        Quiz quiz = quiz();
        long seed = SEEDS.nextLong();
        attemptId = attempts.start(VisitorId.current(), quizId, seed, quiz.questions().size());
        plan = QuizPlan.of(quiz, seed);
        index = 0;
        showQuestion();
    }

    private void showQuestion() {
        removeAll();
        showGiven = answer -> { };
        showInAddress(index + 1);
        Quiz.Question q = plan.questions().get(index);
        Corpus corpus = content.corpus(getLocale());
        Span step = new Span(getTranslation("quiz.step", index + 1, plan.questions().size()));
        step.addClassName("quiz-step");
        Span kind = new Span(getTranslation("quiz.type." + q.type().key()));
        kind.addClassName("quiz-kind");
        H2 prompt = new H2(q.prompt());
        prompt.addClassName("quiz-prompt");
        add(new Paragraph(step, new Span(" · "), kind), prompt);

        if (q.type().isChoice()) {
            choiceInput(q, corpus);
        } else if (q.type() == Quiz.Type.MAP_LINE || q.type() == Quiz.Type.MAP_PLACE) {
            FrontLineMap map = FrontLineMap.compact(corpus, q.date(), q.type() == Quiz.Type.MAP_PLACE
                    ? q.choices().stream().map(c -> new PlaceId(c.id())).toList() : List.of());
            map.setBare(q.type() == Quiz.Type.MAP_LINE);
            map.addClassName("quiz-map");
            add(map);
            answerInput(q, map);
        } else {
            answerInput(q, null);
        }

        Paragraph problem = new Paragraph();
        problem.addClassName("quiz-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        NativeButton check = new NativeButton(getTranslation("quiz.check"));
        check.addClassNames("quiz-primary", "quiz-check");
        Div feedback = new Div();
        feedback.addClassName("quiz-feedback");
        feedback.getElement().setAttribute("role", "status");
        check.addClickListener(e -> {
            QuizAnswer answer = currentAnswer.get();
            if (answer == null) {
                problem.setText(getTranslation("quiz.choose-first"));
                problem.setVisible(true);
                return;
            }
            boolean correct;
            try {
                correct = QuizScoring.isCorrect(q, answer);
            } catch (QuizScoring.InvalidAnswer invalid) {
                problem.setText(getTranslation("quiz.invalid"));
                problem.setVisible(true);
                return;
            }
            attempts.answer(attemptId, q.id(), answer, correct);
            problem.setVisible(false);
            check.setEnabled(false);
            showFeedback(feedback, q, correct);
        });
        add(problem, check, feedback);
        // Back at a question already answered (after a reload): its answer stands, with the feedback.
        attempts.find(attemptId, VisitorId.current()).map(a -> a.answers().get(q.id())).ifPresent(answered -> {
            showGiven.accept(answered.answer());
            check.setEnabled(false);
            showFeedback(feedback, q, answered.correct());
        });
    }

    /** A choice question, in this attempt's order; a source question also names its skill and document. */
    private void choiceInput(Quiz.Question q, Corpus corpus) {
        ChoiceQuestion choice = new ChoiceQuestion(q, plan.choices(q));
        if (q.type() == Quiz.Type.SOURCE) {
            Span skill = new Span(getTranslation("quiz.skill." + q.skill().key()));
            skill.addClassName("quiz-skill");
            add(skill);
            choice.withOurTranslation(corpus);
            corpus.cable(q.cable()).ifPresent(choice::nameExcerptSource);
        }
        add(choice);
        currentAnswer = () -> choice.answer().orElse(null);
        showGiven = choice::show;
    }

    /** The input of a question that is not a choice question: a map, an order or a match. */
    private void answerInput(Quiz.Question q, FrontLineMap map) {
        switch (q.type()) {
            case MAP_LINE, MAP_PLACE -> {
                RadioButtonGroup<Quiz.Choice> group = new RadioButtonGroup<>();
                group.setLabel(getTranslation("quiz.your-answer"));
                group.setItems(plan.choices(q));
                group.setItemLabelGenerator(Quiz.Choice::text);
                group.addClassName("quiz-choices");
                if (q.type() == Quiz.Type.MAP_PLACE) {
                    map.addPlaceClickListener(e -> q.choices().stream().filter(c -> c.id().equals(e.getPlaceId()))
                            .findFirst().ifPresent(group::setValue));
                }
                add(group);
                currentAnswer = () -> group.getValue() == null ? null : new QuizAnswer.Choice(group.getValue().id());
            }
            case ORDER -> orderInput(q);
            case MATCH -> {
                Div rows = new Div();
                rows.addClassName("quiz-match");
                Map<String, Select<Quiz.Pair>> selects = new LinkedHashMap<>();
                for (Quiz.Pair pair : q.pairs()) {
                    Span left = new Span(pair.left());
                    left.addClassName("match-left");
                    Select<Quiz.Pair> select = new Select<>();
                    select.setAriaLabel(pair.left());
                    select.setItems(plan.rights(q));
                    select.setItemLabelGenerator(Quiz.Pair::right);
                    select.setPlaceholder(getTranslation("quiz.match-choose"));
                    selects.put(pair.id(), select);
                    Div row = new Div(left, select);
                    row.addClassName("match-row");
                    rows.add(row);
                }
                add(new Paragraph(getTranslation("quiz.match-help")), rows);
                currentAnswer = () -> {
                    if (selects.values().stream().anyMatch(s -> s.getValue() == null)) {
                        return null;
                    }
                    Map<String, String> chosen = new LinkedHashMap<>();
                    selects.forEach((left, s) -> chosen.put(left, s.getValue().id()));
                    return new QuizAnswer.Match(chosen);
                };
            }
        }
    }

    /** Items to put in date order: drag and drop, or the move buttons (keyboard and touch). */
    private void orderInput(Quiz.Question q) {
        List<Quiz.Item> order = new ArrayList<>(plan.items(q));
        OrderedList list = new OrderedList();
        list.addClassName("quiz-order");
        Runnable[] render = new Runnable[1];
        render[0] = () -> {
            list.removeAll();
            for (int i = 0; i < order.size(); i++) {
                Quiz.Item item = order.get(i);
                int at = i;
                Span text = new Span(item.text());
                text.addClassName("order-text");
                NativeButton up = new NativeButton("↑", e -> {
                    if (at > 0) {
                        order.add(at - 1, order.remove(at));
                        render[0].run();
                        focusMoved(list, at - 1, "up");
                    }
                });
                up.getElement().setAttribute("aria-label", getTranslation("quiz.move-up", item.text()));
                up.addClassName("order-up");
                up.setEnabled(at > 0);
                NativeButton down = new NativeButton("↓", e -> {
                    if (at < order.size() - 1) {
                        order.add(at + 1, order.remove(at));
                        render[0].run();
                        focusMoved(list, at + 1, "down");
                    }
                });
                down.getElement().setAttribute("aria-label", getTranslation("quiz.move-down", item.text()));
                down.addClassName("order-down");
                down.setEnabled(at < order.size() - 1);
                ListItem row = new ListItem(text, up, down);
                row.addClassName("order-row");
                row.getElement().setAttribute("data-item", item.id());
                DragSource.create(row).setDragData(item.id());
                DropTarget<ListItem> target = DropTarget.create(row);
                target.addDropListener(drop -> drop.getDragData().ifPresent(data -> {
                    int from = indexOf(order, String.valueOf(data));
                    if (from >= 0 && from != at) {
                        order.add(at, order.remove(from));
                        render[0].run();
                    }
                }));
                list.add(row);
            }
        };
        render[0].run();
        add(new Paragraph(getTranslation("quiz.order-help")), list);
        currentAnswer = () -> new QuizAnswer.Order(order.stream().map(Quiz.Item::id).toList());
    }

    private static int indexOf(List<Quiz.Item> order, String id) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Keeps keyboard focus on the moved item's button, so several moves can follow. */
    private static void focusMoved(OrderedList list, int row, String direction) {
        list.getElement().executeJs("const r = this.children[$0]; if (r) { const b = r.querySelector('.order-' + $1 + ':not([disabled])')"
                + " || r.querySelector('button:not([disabled])'); if (b) b.focus(); }", row, direction);
    }

    private void showFeedback(Div feedback, Quiz.Question q, boolean correct) {
        feedback.removeAll();
        feedback.getElement().getClassList().set("correct", correct);
        feedback.getElement().getClassList().set("incorrect", !correct);
        feedback.add(new H2(getTranslation(correct ? "quiz.correct" : "quiz.incorrect")));
        String right = rightAnswer(q);
        if (!correct && right != null) {
            feedback.add(new Paragraph(getTranslation("quiz.right-answer", right)));
        }
        feedback.add(new Paragraph(q.explanation()));
        feedback.add(new Paragraph(sourceLink(q)));
        boolean last = index == plan.questions().size() - 1;
        NativeButton next = new NativeButton(getTranslation(last ? "quiz.see-results" : "quiz.next"), e -> {
            if (last) {
                attempts.finish(attemptId);
                showResults();
            } else {
                index++;
                showQuestion();
            }
        });
        next.addClassNames("quiz-primary", "quiz-next");
        feedback.add(next);
        next.focus();
    }

    private Anchor sourceLink(Quiz.Question q) {
        String title = content.corpus(getLocale()).cable(q.cable()).map(Cable::title).orElse(q.cable().value());
        Anchor link = new Anchor(ArchiveNavigation.passage(q.cable(), q.paragraph()),
                getTranslation(q.paragraph() == null ? "quiz.read-source" : "quiz.read-paragraph", title, q.paragraph() == null ? 0 : q.paragraph()));
        link.addClassName("quiz-source");
        return link;
    }

    private String rightAnswer(Quiz.Question q) {
        return switch (q.type()) {
            case SINGLE, SOURCE, MAP_LINE, MAP_PLACE, MULTIPLE -> String.join("; ",
                    q.choices().stream().filter(Quiz.Choice::correct).map(Quiz.Choice::text).toList());
            case TRUE_FALSE -> getTranslation(Boolean.TRUE.equals(q.answer()) ? "quiz.true" : "quiz.false");
            case ORDER -> String.join(" → ", q.items().stream().map(Quiz.Item::text).toList());
            case MATCH -> String.join("; ", q.pairs().stream().map(p -> p.left() + ": " + p.right()).toList());
        };
    }

    private void showResults() {
        removeAll();
        showInAddress(null);
        var attempt = attempts.find(attemptId, VisitorId.current()).orElseThrow();
        add(new H1(getTranslation("quiz.results", quiz().title())));
        Paragraph score = new Paragraph(getTranslation("quiz.score", attempt.score(), attempt.maxScore()));
        score.addClassName("quiz-score");
        add(score, results());
        List<Quiz.Question> missed = plan.questions().stream()
                .filter(q -> !Optional.ofNullable(attempt.answers().get(q.id())).map(QuizAttempts.Answered::correct).orElse(false))
                .toList();
        if (missed.isEmpty()) {
            add(new Paragraph(getTranslation("quiz.all-right")));
        } else {
            add(new H2(getTranslation("quiz.missed")));
            UnorderedList list = new UnorderedList();
            list.addClassName("quiz-missed");
            for (Quiz.Question q : missed) {
                list.add(new ListItem(new Span(q.prompt() + " "), sourceLink(q)));
            }
            add(list);
        }
        NativeButton again = new NativeButton(getTranslation("quiz.again"), e -> start());
        again.addClassNames("quiz-primary", "quiz-again");
        Div links = new Div(again);
        links.addClassName("quiz-after");
        Quiz quiz = quiz();
        if (quiz.tour() != null) {
            links.add(new Anchor(TourNavigation.tour(quiz.tour()), getTranslation("quiz.back-to-tour")));
        }
        add(links);
    }

    String attemptId() {
        return attemptId;
    }

    QuizPlan plan() {
        return plan;
    }

    int index() {
        return index;
    }

}
