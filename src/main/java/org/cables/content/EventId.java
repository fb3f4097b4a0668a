package org.cables.content;

/** The stable id of a event in the content files. */
public record EventId(String value) implements Comparable<EventId> {

    public EventId {
        ContentId.require(value, "event");
    }

    @Override
    public int compareTo(EventId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
