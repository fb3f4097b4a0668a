package org.cables.content;

/** The stable id of a person in the content files. */
public record PersonId(String value) implements Comparable<PersonId> {

    public PersonId {
        ContentId.require(value, "person");
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
