package org.cables.navigation;

import org.cables.content.QuizId;

/** The quizzes. */
public final class QuizNavigation {

    public static final String QUIZZES = "quizzes";
    public static final String QUIZ = "quizzes/:quiz";

    private QuizNavigation() {
    }

    public static String quizzes() {
        return QUIZZES;
    }

    public static String quiz(QuizId quiz) {
        return "quizzes/" + Addresses.segment(quiz.value());
    }

    /** The address parameters of a quiz under way: the visitor's attempt and the question shown. */
    public static final String ATTEMPT = "attempt";
    public static final String QUESTION = "question";

    /** A visitor's attempt at a quiz, at a question (counted from 1), or its results when {@code question} is null. */
    public static String attempt(QuizId quiz, String attempt, Integer question) {
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put(ATTEMPT, attempt);
        if (question != null) {
            parameters.put(QUESTION, question.toString());
        }
        return Addresses.withQuery(quiz(quiz), parameters);
    }
}
