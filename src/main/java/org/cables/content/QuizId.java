package org.cables.content;

/** The stable id of a quiz in the content files. */
public record QuizId(String value) implements Comparable<QuizId> {

    public QuizId {
        ContentId.require(value, "quiz");
    }

    @Override
    public int compareTo(QuizId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
