package org.cables.content;

/** The stable id of a tour stop, unique within its tour (its file is NN-<id>.md). */
public record StopId(String value) implements Comparable<StopId> {

    public StopId {
        ContentId.require(value, "stop");
    }

    @Override
    public int compareTo(StopId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
