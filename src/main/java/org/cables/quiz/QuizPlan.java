package org.cables.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.cables.content.Quiz;

/**
 * The order in which one attempt shows the questions, and each question's choices, items
 * and right-hand sides: shuffled, but the same every time for the same seed, so that an
 * attempt can be reopened exactly as it was.
 */
record QuizPlan(long seed, List<Quiz.Question> questions) {

    static QuizPlan of(Quiz quiz, long seed) {
        List<Quiz.Question> order = new ArrayList<>(quiz.questions());
        Collections.shuffle(order, new Random(seed));
        return new QuizPlan(seed, List.copyOf(order));
    }

    /** A question's choices in this attempt's order. */
    List<Quiz.Choice> choices(Quiz.Question q) {
        return shuffled(q.choices(), q.id().value() + ":choices");
    }

    /** An order question's items, shuffled so that they never start in the right order. */
    List<Quiz.Item> items(Quiz.Question q) {
        List<Quiz.Item> items = shuffled(q.items(), q.id().value() + ":items");
        if (items.equals(q.items()) && items.size() > 1) {
            items = new ArrayList<>(items);
            Collections.rotate(items, 1);
        }
        return List.copyOf(items);
    }

    /** A match question's right-hand sides, shuffled. */
    List<Quiz.Pair> rights(Quiz.Question q) {
        return shuffled(q.pairs(), q.id().value() + ":rights");
    }

    private <T> List<T> shuffled(List<T> list, String salt) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed * 31 + salt.hashCode()));
        return List.copyOf(copy);
    }
}
