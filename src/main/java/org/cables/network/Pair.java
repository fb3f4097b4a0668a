package org.cables.network;

import java.util.Optional;

import org.cables.content.ContentId;
import org.cables.content.PersonId;

/**
 * Two correspondents, in a fixed order (by id), whichever wrote first: the link between them.
 * Its address form is {@code mao-zedong~stalin}.
 */
public record Pair(PersonId a, PersonId b) {

    public Pair {
        if (a.value().compareTo(b.value()) > 0) {
            PersonId first = b;
            b = a;
            a = first;
        }
    }

    public String id() {
        return a.value() + "~" + b.value();
    }

    public boolean has(PersonId person) {
        return a.equals(person) || b.equals(person);
    }

    /** The other end of the link from {@code person}. */
    public PersonId other(PersonId person) {
        return a.equals(person) ? b : a;
    }

    /** The pair an address names, if it names two valid, different ids. */
    public static Optional<Pair> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] ends = text.split("~", -1);
        if (ends.length != 2 || !ContentId.isValidId(ends[0]) || !ContentId.isValidId(ends[1]) || ends[0].equals(ends[1])) {
            return Optional.empty();
        }
        return Optional.of(new Pair(new PersonId(ends[0]), new PersonId(ends[1])));
    }
}
