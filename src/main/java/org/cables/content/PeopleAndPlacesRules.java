package org.cables.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules for people and places: lives, roles and cover names in a sensible order, each name
 * belonging to one person, coordinates on the map. Topics need only their unique ids.
 */
final class PeopleAndPlacesRules {

    private final ContentRead read;
    private final OwnWords words;
    private final ContentProblems problems;

    PeopleAndPlacesRules(ContentRead read, OwnWords words, ContentProblems problems) {
        this.read = read;
        this.words = words;
        this.problems = problems;
    }

    void check() {
        read.people().forEach(this::checkPerson);
        checkAmbiguousNames();
        read.places().forEach(this::checkPlace);
    }

    private void checkPerson(Located<Person> located) {
        Person p = located.value();
        if (p.born() != null && p.died() != null && p.died().end().isBefore(p.born().start())) {
            problems.add(located.file(), located.line("died"), p.name() + " dies (" + p.died() + ") before being born (" + p.born() + ")",
                    "check both years");
        }
        for (Person.Role role : p.roles()) {
            if (role.from() != null && role.to() != null && role.to().end().isBefore(role.from().start())) {
                problems.add(located.file(), located.line("roles"), "The role '" + role.title() + "' ends before it begins",
                        "check its 'from' and 'to'");
            }
        }
        for (Person.Codename c : p.codenames()) {
            if (c.from() != null && c.to() != null && c.to().end().isBefore(c.from().start())) {
                problems.add(located.file(), located.line("codenames"), "The cover name '" + c.name() + "' ends before it begins",
                        "check its 'from' and 'to'");
            }
        }
        for (String m : p.misspellings()) {
            if (p.variants().stream().anyMatch(v -> v.equalsIgnoreCase(m)) || p.name().equalsIgnoreCase(m)) {
                problems.add(located.file(), located.line("misspellings"), "'" + m + "' is listed both as a spelling and as a misspelling of " + p.name(),
                        "keep it in one list: 'variants' for accepted spellings, 'misspellings' for errors in the sources");
            }
        }
        words.check(located, "bio", p.bio());
        p.roles().forEach(r -> words.check(located, "roles", r.title()));
        words.noInternalReferences(located, "editorial_notes", p.editorialNotes());
    }

    /** A name that could mean two people makes search and as_written ambiguous. */
    private void checkAmbiguousNames() {
        Map<String, Located<Person>> owners = new HashMap<>();
        for (Located<Person> located : read.people()) {
            Set<String> own = new HashSet<>();
            located.value().allNames().map(n -> n.toLowerCase(Locale.ROOT)).forEach(own::add);
            for (String name : own) {
                Located<Person> other = owners.putIfAbsent(name, located);
                if (other != null && other != located) {
                    problems.add(located.file(), located.line("id"), "The name '" + name + "' belongs to both "
                                    + other.value().id() + " and " + located.value().id(),
                            "a name may identify only one person; remove it from one of them or make it more specific");
                }
            }
        }
    }

    private void checkPlace(Located<Place> located) {
        Place p = located.value();
        if (p.lat() < -90 || p.lat() > 90 || p.lon() < -180 || p.lon() > 180) {
            problems.add(located.file(), located.line("lat"), p.name() + " has impossible coordinates " + p.lat() + ", " + p.lon(),
                    "latitude is -90..90 and longitude -180..180, in decimal degrees");
        } else if (p.country().contains("Korea") && (p.lat() < 33 || p.lat() > 43.1 || p.lon() < 124 || p.lon() > 131)) {
            problems.add(located.file(), located.line("lat"), p.name() + " (" + p.lat() + ", " + p.lon()
                            + ") is not on the Korean peninsula although its country is " + p.country(),
                    "Korean places lie between latitude 33 and 43.1 and longitude 124 and 131; are latitude and longitude swapped or mistyped?");
        }
        words.check(located, "note", p.note());
        words.noInternalReferences(located, "editorial_notes", p.editorialNotes());
    }
}
