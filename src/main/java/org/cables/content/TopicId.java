package org.cables.content;

/** The stable id of a topic in the content files. */
public record TopicId(String value) implements Comparable<TopicId> {

    public TopicId {
        ContentId.require(value, "topic");
    }

    @Override
    public int compareTo(TopicId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
