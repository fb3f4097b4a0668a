package org.cables.content;

/** The stable id of a place in the content files. */
public record PlaceId(String value) implements Comparable<PlaceId> {

    public PlaceId {
        ContentId.require(value, "place");
    }

    @Override
    public int compareTo(PlaceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
