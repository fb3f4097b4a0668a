package org.cables.quiz;

import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.TourNavigation;
import org.cables.navigation.QuizNavigation;
import org.cables.ui.AddressBar;
import org.cables.ui.TrustedHtml;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.cables.ui.RouteParameter;
import org.cables.content.Cable;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.content.QuizId;
import org.cables.visitor.VisitorId;

/**
 * A quiz, one question at a time: the visitor answers, the server checks and stores the answer
 * at once, and the feedback explains it with the document that proves it. At the end: the
 * score, what was missed and where to read again, the best and latest results, and a retry
 * in a new order. The inputs of every type of question are a {@link QuestionInput}, in this
 * attempt's order.
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
        showInAddress(index + 1);
        Quiz.Question q = plan.questions().get(index);
        Corpus corpus = content.corpus(getLocale());
        // Where the visitor is and what kind of question it is: one line of HTML, not five nodes.
        org.jsoup.nodes.Element line = TrustedHtml.builder("p");
        line.appendElement("span").addClass("quiz-step").text(getTranslation("quiz.step", index + 1, plan.questions().size()));
        line.appendText(" · ");
        line.appendElement("span").addClass("quiz-kind").text(getTranslation("quiz.type." + q.type().key()));
        H2 prompt = new H2(q.prompt());
        prompt.addClassName("quiz-prompt");
        add(TrustedHtml.paragraph(line.html()), prompt);

        QuestionInput input = new QuestionInput(q, corpus, plan.choices(q), plan.items(q), plan.rights(q));
        add(input);

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
            QuizAnswer answer = input.answer().orElse(null);
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
            input.show(answered.answer());
            check.setEnabled(false);
            showFeedback(feedback, q, answered.correct());
        });
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
