package org.cables.tours;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.cables.content.Corpus;
import org.cables.content.Quiz;
import org.cables.navigation.ArchiveNavigation;
import org.cables.quiz.QuizAnswer;
import org.cables.quiz.QuizScoring;
import org.cables.ui.OurTranslation;
import org.cables.ui.TrustedHtml;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * "Check yourself": one question of the tour's quiz inside a stop, answered and explained on
 * the spot (not recorded: the quiz at the end of the tour is where results are kept).
 * <p>
 * The question and its choices are the browser's own form controls in a {@code fieldset},
 * drawn once per question and language and kept with the content: choosing travels nowhere, and
 * the press of the check button brings the values of the checked choices with it (issue 22,
 * decision 65). The values arrive as the browser reports them, so only the question's own
 * choices count.
 */
final class Checkpoint extends Aside {

    /** The browser's filter: only a press of the check button travels to the server. */
    static final String CHECK_PRESSED = "!!event.target.closest('[data-checkpoint-check]')";

    /** What the browser sends with the press: the values of the checked choices, separated by spaces. */
    static final String CHOSEN = "Array.from(element.querySelectorAll('input:checked'), i => i.value).join(' ')";

    private static final String TRUE = "true";
    private static final String FALSE = "false";

    private final Quiz.Question question;
    private final Div feedback = new Div();

    Checkpoint(Quiz.Question question, Corpus corpus) {
        this.question = question;
        addClassName("stop-checkpoint");
        add(TrustedHtml.div(corpus.drawn(new Drawn(question, getLocale()), key -> html(question, corpus))));
        feedback.addClassName("quiz-feedback");
        feedback.getElement().setAttribute("role", "status");
        add(feedback);
        getElement().addEventListener("click", event -> {
            JsonNode chosen = event.getEventData().get(CHOSEN);
            check(chosen != null && chosen.isString() ? chosen.asString() : "");
        }).addEventData(CHOSEN).setFilter(CHECK_PRESSED);
    }

    /**
     * A checkpoint's question, form and button in a language (the corpus is the other input); the
     * question itself, as ids are only unique within a quiz.
     */
    private record Drawn(Quiz.Question question, Locale locale) {
    }

    /**
     * The heading, the prompt, what the question asks about, the choices and the check button, as
     * one block of HTML (every text escaped by jsoup; our translation of a quoted excerpt escaped
     * where it is made).
     */
    private String html(Quiz.Question question, Corpus corpus) {
        Element block = TrustedHtml.builder("div");
        block.appendElement("h2").text(getTranslation("checkpoint.heading"));
        block.appendElement("p").text(question.prompt());
        if (question.type() == Quiz.Type.SOURCE) {
            Element excerpt = block.appendElement("div").addClass("quiz-excerpt");
            excerpt.appendElement("p").attr("lang", "en").text("“" + question.excerpt() + "”");
            if (question.cable() != null) {
                corpus.ourTranslation(question.cable(), question.excerpt()).ifPresent(translation -> OurTranslation.appendTo(excerpt,
                        getTranslation("translation.ours.passage"), org.jsoup.nodes.Entities.escape(translation),
                        corpus.language().toLanguageTag()));
            }
        }
        if (question.type() == Quiz.Type.TRUE_FALSE) {
            block.appendElement("p").addClass("quiz-statement").text(question.statement());
        }
        boolean several = question.type() == Quiz.Type.MULTIPLE;
        Element choices = block.appendElement("fieldset").addClass("quiz-choices").addClass("checkpoint-choices");
        choices.appendElement("legend").text(getTranslation(several ? "quiz.your-answers" : "quiz.your-answer"));
        String name = "checkpoint-" + question.id().value();
        if (question.type() == Quiz.Type.TRUE_FALSE) {
            choice(choices, "radio", name, TRUE, getTranslation("quiz.true"));
            choice(choices, "radio", name, FALSE, getTranslation("quiz.false"));
        } else {
            question.choices().forEach(c -> choice(choices, several ? "checkbox" : "radio", name, c.id(), c.text()));
        }
        block.appendElement("button").attr("type", "button").attr("data-checkpoint-check", "")
                .addClass("quiz-primary").text(getTranslation("quiz.check"));
        return block.html();
    }

    private static void choice(Element choices, String type, String name, String value, String text) {
        Element label = choices.appendElement("label").addClass("checkpoint-choice");
        label.appendElement("input").attr("type", type).attr("name", name).attr("value", value);
        label.appendElement("span").text(text);
    }

    private void check(String values) {
        feedback.removeAll();
        Optional<QuizAnswer> answer = answer(question, values);
        boolean correct = answer.isPresent() && QuizScoring.isCorrect(question, answer.get());
        feedback.getElement().getClassList().set("correct", correct);
        feedback.getElement().getClassList().set("incorrect", answer.isPresent() && !correct);
        if (answer.isEmpty()) {
            Paragraph problem = new Paragraph(getTranslation("quiz.choose-first"));
            problem.addClassName("quiz-problem");
            feedback.add(problem);
            return;
        }
        feedback.add(new H2(getTranslation(correct ? "quiz.correct" : "quiz.incorrect")), new Paragraph(question.explanation()),
                new Anchor(ArchiveNavigation.passage(question.cable(), question.paragraph()), getTranslation("checkpoint.source")));
    }

    /**
     * The answer that the values the browser reported make: only the question's own choices count,
     * and a question of one answer takes exactly one. Empty when nothing the question offers was
     * chosen (or the values did not come from its form).
     */
    static Optional<QuizAnswer> answer(Quiz.Question question, String values) {
        Set<String> offered = question.type() == Quiz.Type.TRUE_FALSE ? Set.of(TRUE, FALSE)
                : question.choices().stream().map(Quiz.Choice::id).collect(Collectors.toSet());
        List<String> chosen = Arrays.stream(values.split(" ")).filter(offered::contains).distinct().toList();
        if (chosen.isEmpty() || (question.type() != Quiz.Type.MULTIPLE && chosen.size() != 1)) {
            return Optional.empty();
        }
        return Optional.of(switch (question.type()) {
            case MULTIPLE -> new QuizAnswer.Choices(Set.copyOf(chosen));
            case TRUE_FALSE -> new QuizAnswer.TrueFalse(TRUE.equals(chosen.getFirst()));
            default -> new QuizAnswer.Choice(chosen.getFirst());
        });
    }
}
