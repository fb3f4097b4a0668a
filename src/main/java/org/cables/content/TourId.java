package org.cables.content;

/** The stable id of a tour in the content files. */
public record TourId(String value) implements Comparable<TourId> {

    public TourId {
        ContentId.require(value, "tour");
    }

    @Override
    public int compareTo(TourId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
