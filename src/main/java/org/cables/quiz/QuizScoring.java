package org.cables.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cables.content.Quiz;

/**
 * Marks an answer. Every answer is checked against its question first: an id that does not
 * belong to the question is refused with a clear message, never accepted and never a crash.
 */
public final class QuizScoring {

    /** The answer does not fit the question (wrong kind, unknown ids, incomplete). */
    public static final class InvalidAnswer extends RuntimeException {
        InvalidAnswer(String message) {
            super(message);
        }
    }

    private QuizScoring() {
    }

    public static boolean isCorrect(Quiz.Question q, QuizAnswer answer) {
        validate(q, answer);
        return switch (q.type()) {
            case SINGLE, SOURCE, MAP_LINE, MAP_PLACE -> q.choices().stream().filter(Quiz.Choice::correct)
                    .anyMatch(c -> c.id().equals(((QuizAnswer.Choice) answer).id()));
            case MULTIPLE -> q.choices().stream().filter(Quiz.Choice::correct).map(Quiz.Choice::id).collect(Collectors.toSet())
                    .equals(((QuizAnswer.Choices) answer).ids());
            case TRUE_FALSE -> q.answer() == ((QuizAnswer.TrueFalse) answer).value();
            case ORDER -> q.items().stream().map(Quiz.Item::id).toList().equals(((QuizAnswer.Order) answer).ids());
            case MATCH -> ((QuizAnswer.Match) answer).chosen().entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()));
        };
    }

    public static void validate(Quiz.Question q, QuizAnswer answer) {
        if (answer == null) {
            throw new InvalidAnswer("No answer was given to question " + q.id());
        }
        Set<String> choiceIds = q.choices().stream().map(Quiz.Choice::id).collect(Collectors.toSet());
        switch (q.type()) {
            case SINGLE, SOURCE, MAP_LINE, MAP_PLACE -> {
                if (!(answer instanceof QuizAnswer.Choice c)) {
                    throw wrongKind(q, answer);
                }
                if (!choiceIds.contains(c.id())) {
                    throw new InvalidAnswer("'" + c.id() + "' is not one of the answers to question " + q.id());
                }
            }
            case MULTIPLE -> {
                if (!(answer instanceof QuizAnswer.Choices c)) {
                    throw wrongKind(q, answer);
                }
                Set<String> unknown = new HashSet<>(c.ids());
                unknown.removeAll(choiceIds);
                if (!unknown.isEmpty()) {
                    throw new InvalidAnswer("'" + String.join("', '", unknown) + "' is not one of the answers to question " + q.id());
                }
            }
            case TRUE_FALSE -> {
                if (!(answer instanceof QuizAnswer.TrueFalse)) {
                    throw wrongKind(q, answer);
                }
            }
            case ORDER -> {
                if (!(answer instanceof QuizAnswer.Order o)) {
                    throw wrongKind(q, answer);
                }
                List<String> expected = q.items().stream().map(Quiz.Item::id).sorted().toList();
                if (!o.ids().stream().sorted().toList().equals(expected)) {
                    throw new InvalidAnswer("An answer to question " + q.id() + " must put each of its items in order exactly once");
                }
            }
            case MATCH -> {
                if (!(answer instanceof QuizAnswer.Match m)) {
                    throw wrongKind(q, answer);
                }
                Set<String> pairIds = q.pairs().stream().map(Quiz.Pair::id).collect(Collectors.toSet());
                if (!m.chosen().keySet().equals(pairIds)) {
                    throw new InvalidAnswer("An answer to question " + q.id() + " must match every item on the left");
                }
                if (!pairIds.containsAll(m.chosen().values())) {
                    throw new InvalidAnswer("An answer to question " + q.id() + " chose something that is not on the right");
                }
            }
        }
    }

    private static InvalidAnswer wrongKind(Quiz.Question q, QuizAnswer answer) {
        return new InvalidAnswer("Question " + q.id() + " is a " + q.type().key() + " question; that answer ("
                + answer.encode() + ") does not fit it");
    }
}
