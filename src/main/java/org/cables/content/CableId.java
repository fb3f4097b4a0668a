package org.cables.content;

/** The stable id of a cable in the content files. */
public record CableId(String value) implements Comparable<CableId> {

    public CableId {
        ContentId.require(value, "cable");
    }

    @Override
    public int compareTo(CableId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
