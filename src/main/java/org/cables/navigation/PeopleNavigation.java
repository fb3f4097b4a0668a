package org.cables.navigation;

import org.cables.content.PersonId;

/** The people of the correspondence. */
public final class PeopleNavigation {

    public static final String PEOPLE = "people";
    public static final String PERSON = "people/:id";

    private PeopleNavigation() {
    }

    public static String person(PersonId id) {
        return "people/" + Addresses.segment(id.value());
    }
}
