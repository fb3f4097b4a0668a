package org.cables.content;

/** The stable id of a question, unique within its quiz. */
public record QuestionId(String value) implements Comparable<QuestionId> {

    public QuestionId {
        ContentId.require(value, "question");
    }

    @Override
    public int compareTo(QuestionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
