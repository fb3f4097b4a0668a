package org.cables.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads people.yaml, places.yaml and topics.yaml: the people, places and topics the cables name. */
final class PeoplePlacesTopicsReader {

    static final String PEOPLE = "people.yaml";
    static final String PLACES = "places.yaml";
    static final String TOPICS = "topics.yaml";

    private static final Set<String> PERSON_FIELDS = Set.of("id", "name", "kind", "side", "native", "born", "died", "roles",
            "variants", "codenames", "misspellings", "bio", "editorial_notes");
    private static final Set<String> ROLE_FIELDS = Set.of("title", "from", "to");
    private static final Set<String> CODENAME_FIELDS = Set.of("name", "from", "to", "note");
    private static final Set<String> PLACE_FIELDS = Set.of("id", "name", "variants", "misspellings", "native", "lat",
            "lon", "kind", "country", "note", "editorial_notes");
    private static final Set<String> PLACE_KINDS = Set.of("city", "town", "village", "region", "river", "sea",
            "reservoir", "island", "line", "country", "peninsula", "mountain", "building", "bay");
    private static final Set<String> TOPIC_FIELDS = Set.of("id", "name", "description");

    private final ContentYaml yaml;
    private final KnownIds known;

    PeoplePlacesTopicsReader(ContentYaml yaml, KnownIds known) {
        this.yaml = yaml;
        this.known = known;
    }

    List<Located<Person>> people(ContentFiles files) {
        List<Located<Person>> people = new ArrayList<>();
        if (!yaml.eachEntry(files, PEOPLE, f -> person(f, people))) {
            known.unreadable("person");
        }
        return people;
    }

    List<Located<Place>> places(ContentFiles files) {
        List<Located<Place>> places = new ArrayList<>();
        if (!yaml.eachEntry(files, PLACES, f -> place(f, places))) {
            known.unreadable("place");
        }
        return places;
    }

    List<Located<Topic>> topics(ContentFiles files) {
        List<Located<Topic>> topics = new ArrayList<>();
        if (!yaml.eachEntry(files, TOPICS, f -> topic(f, topics))) {
            known.unreadable("topic");
        }
        return topics;
    }

    private void person(YamlFields f, List<Located<Person>> people) {
        f.allowOnly(PERSON_FIELDS, "a person");
        String id = f.string("id", true);
        String name = f.string("name", true);
        Person.Kind kind = f.enumeration("kind", Person.Kind.class, true);
        Person.Side side = f.enumeration("side", Person.Side.class, true);
        List<Person.Role> roles = new ArrayList<>();
        for (YamlFields role : f.objects("roles")) {
            role.allowOnly(ROLE_FIELDS, "a role");
            String title = role.string("title", true);
            if (title != null) {
                roles.add(new Person.Role(title, role.date("from", false), role.date("to", false)));
            }
        }
        if (!f.has("roles")) {
            f.problem("roles", "Missing required field 'roles'", "list at least one role with its title");
        }
        List<Person.Codename> codenames = new ArrayList<>();
        for (YamlFields c : f.objects("codenames")) {
            c.allowOnly(CODENAME_FIELDS, "a codename");
            String codename = c.string("name", true);
            if (codename != null) {
                codenames.add(new Person.Codename(codename, c.date("from", false), c.date("to", false), c.string("note", false)));
            }
        }
        String bio = f.string("bio", true);
        var born = f.date("born", false);
        var died = f.date("died", false);
        var nativeNames = f.stringMap("native");
        var variants = f.strings("variants");
        var misspellings = f.strings("misspellings");
        var notes = f.strings("editorial_notes");
        PersonId personId = f.id("id", id, PersonId::new, "person");
        known.remember("person", personId);
        if (personId != null && name != null && kind != null && side != null && bio != null) {
            people.add(ContentYaml.located(new Person(personId, name, kind, side, nativeNames, born, died, roles, variants,
                    codenames, misspellings, bio, notes), f));
        }
    }

    private void place(YamlFields f, List<Located<Place>> places) {
        f.allowOnly(PLACE_FIELDS, "a place");
        String id = f.string("id", true);
        String name = f.string("name", true);
        Double lat = f.number("lat", true);
        Double lon = f.number("lon", true);
        String kind = f.string("kind", true);
        String country = f.string("country", true);
        if (kind != null && !PLACE_KINDS.contains(kind)) {
            f.problem("kind", "'kind' has an unknown value '" + kind + "'",
                    "use one of: " + String.join(", ", PLACE_KINDS.stream().sorted().toList()));
        }
        var variants = f.strings("variants");
        var misspellings = f.strings("misspellings");
        var nativeNames = f.stringMap("native");
        var note = f.string("note", false);
        var notes = f.strings("editorial_notes");
        PlaceId placeId = f.id("id", id, PlaceId::new, "place");
        known.remember("place", placeId);
        if (placeId != null && name != null && lat != null && lon != null && kind != null && country != null) {
            places.add(ContentYaml.located(new Place(placeId, name, variants, misspellings, nativeNames, lat, lon, kind,
                    country, note, notes), f));
        }
    }

    private void topic(YamlFields f, List<Located<Topic>> topics) {
        f.allowOnly(TOPIC_FIELDS, "a topic");
        String id = f.string("id", true);
        String name = f.string("name", true);
        String description = f.string("description", true);
        TopicId topicId = f.id("id", id, TopicId::new, "topic");
        known.remember("topic", topicId);
        if (topicId != null && name != null && description != null) {
            topics.add(ContentYaml.located(new Topic(topicId, name, description), f));
        }
    }
}
