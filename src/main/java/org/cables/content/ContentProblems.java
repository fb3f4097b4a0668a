package org.cables.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem found, so that a curator sees them all at once. */
final class ContentProblems {

    private final List<ContentProblem> problems = new ArrayList<>();

    void add(String file, int line, String message, String hint) {
        problems.add(new ContentProblem(file, line, message, hint));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    List<ContentProblem> sorted() {
        List<ContentProblem> copy = new ArrayList<>(problems);
        Collections.sort(copy);
        return List.copyOf(copy);
    }
}
