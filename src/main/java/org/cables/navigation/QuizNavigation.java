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
}
