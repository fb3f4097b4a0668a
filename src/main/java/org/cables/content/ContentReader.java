package org.cables.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Turns the files of a content folder into entries, reporting every schema problem. */
final class ContentReader {

    static final String PEOPLE = "people.yaml";
    static final String PLACES = "places.yaml";
    static final String TOPICS = "topics.yaml";
    static final String CHRONOLOGY = "chronology.yaml";

    private static final Set<String> PERSON_FIELDS = Set.of("id", "name", "kind", "native", "born", "died", "roles",
            "variants", "codenames", "misspellings", "bio", "editorial_notes");
    private static final Set<String> ROLE_FIELDS = Set.of("title", "from", "to");
    private static final Set<String> CODENAME_FIELDS = Set.of("name", "from", "to", "note");
    private static final Set<String> PLACE_FIELDS = Set.of("id", "name", "variants", "misspellings", "native", "lat",
            "lon", "kind", "country", "note", "editorial_notes");
    private static final Set<String> PLACE_KINDS = Set.of("city", "town", "village", "region", "river", "sea",
            "reservoir", "island", "line", "country", "peninsula", "mountain", "building", "bay");
    private static final Set<String> TOPIC_FIELDS = Set.of("id", "name", "description");
    private static final Set<String> EVENT_FIELDS = Set.of("id", "date", "category", "title", "text", "cables",
            "people", "places", "provenance", "editorial_notes");
    private static final Set<String> CABLE_FIELDS = Set.of("id", "date", "date_note", "type", "title", "from", "to",
            "via", "as_written", "original_language", "archive_ref", "document_number", "collections", "summary",
            "places", "topics", "in_reply_to", "related", "text", "text_source", "provenance", "editorial_notes");
    private static final Set<String> AS_WRITTEN_FIELDS = Set.of("name", "person");
    private static final Set<String> COLLECTION_FIELDS = Set.of("wilson_center", "secret_documents");
    private static final Set<String> TOUR_FIELDS = Set.of("id", "title", "period", "summary", "quiz");
    private static final Set<String> PERIOD_FIELDS = Set.of("from", "to");
    private static final Set<String> STOP_FIELDS = Set.of("id", "title", "date", "cables", "map", "question", "checkpoint");
    private static final Set<String> STOP_CABLE_FIELDS = Set.of("id", "highlight");
    private static final Set<String> STOP_MAP_FIELDS = Set.of("date", "places");

    private static final Set<String> MAP_FIELDS = Set.of("key_places", "events", "states", "south_closure");
    private static final Set<String> MAP_EVENT_FIELDS = Set.of("event", "place");
    private static final Set<String> STATE_FIELDS = Set.of("id", "date", "label", "line", "un_closure", "pockets",
            "places", "description", "sources", "accuracy");
    private static final Set<String> POCKET_FIELDS = Set.of("label", "centre", "radius_km");
    static final String FRONT_LINES = "map/front-lines.yaml";
    private static final Set<String> QUIZ_FIELDS = Set.of("id", "title", "tour", "intro", "questions");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "type", "prompt", "cable", "paragraph", "explanation",
            "choices", "statement", "answer", "items", "pairs", "date", "excerpt", "skill");
    private static final Set<String> CHOICE_FIELDS = Set.of("id", "text", "correct");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "text");
    private static final Set<String> PAIR_FIELDS = Set.of("id", "left", "right");

    private static final Pattern STOP_FILE = Pattern.compile("tours/([^/]+)/(\\d{2})-([a-z0-9-]+)\\.md");

    private final ContentProblems problems;

    final List<Located<Person>> people = new ArrayList<>();
    final List<Located<Place>> places = new ArrayList<>();
    final List<Located<Topic>> topics = new ArrayList<>();
    final List<Located<ChronologyEvent>> events = new ArrayList<>();
    final List<Located<Cable>> cables = new ArrayList<>();
    final List<Located<Tour>> tours = new ArrayList<>();
    final List<Located<Tour.Stop>> stops = new ArrayList<>();
    /** The map's data, with the location of each state, event and key place. */
    FrontLines frontLines = FrontLines.none();
    final List<Located<FrontLines.State>> mapStates = new ArrayList<>();
    final List<Located<FrontLines.MapEvent>> mapEvents = new ArrayList<>();
    Located<List<PlaceId>> mapKeyPlaces;
    final List<Located<Quiz>> quizzes = new ArrayList<>();
    final List<Located<Quiz.Question>> questions = new ArrayList<>();

    /**
     * Every id found in the files, readable or not ("person:stalin"), and kinds whose whole file
     * could not be read ("person"). A reference to an entry that exists but has problems of its
     * own is not reported again: the curator sees the cause, not a cascade of consequences.
     */
    final Set<String> knownIds = new java.util.HashSet<>();

    ContentReader(ContentProblems problems) {
        this.problems = problems;
    }

    void read(ContentFiles files) {
        for (ContentFiles.File file : files.files()) {
            if (file.readError() != null) {
                problems.add(file.path(), 0, "The file " + file.readError(), "save it as UTF-8 text");
            }
        }
        readList(files, PEOPLE, "person", this::person);
        readList(files, PLACES, "place", this::place);
        readList(files, TOPICS, "topic", this::topic);
        readList(files, CHRONOLOGY, "event", this::event);
        for (ContentFiles.File file : files.under("cables")) {
            if (file.text() == null) {
                continue;
            }
            if (!file.path().endsWith(".md") || file.path().indexOf('/', "cables/".length()) >= 0) {
                problems.add(file.path(), 0, "Unexpected file in cables/", "cables are cables/<id>.md; move or remove this file");
                continue;
            }
            cable(file);
        }
        readTours(files);
        readMap(files);
        for (ContentFiles.File file : files.under("quizzes")) {
            if (file.text() == null) {
                continue;
            }
            if (!file.path().endsWith(".yaml") || file.path().indexOf('/', "quizzes/".length()) >= 0) {
                problems.add(file.path(), 0, "Unexpected file in quizzes/", "quizzes are quizzes/<id>.yaml");
                continue;
            }
            quiz(file);
        }
        for (ContentFiles.File file : files.files()) {
            String path = file.path();
            boolean known = path.equals("README.md") || path.equals(PEOPLE) || path.equals(PLACES)
                    || path.equals(TOPICS) || path.equals(CHRONOLOGY) || path.startsWith("cables/")
                    || path.startsWith("tours/") || path.startsWith("quizzes/") || path.startsWith("map/");
            if (!known) {
                problems.add(path, 0, "Unexpected file in the content folder",
                        "content/README.md lists the files the exhibit reads; move or remove this one");
            }
        }
    }

    private interface EntryReader {
        void read(YamlFields fields);
    }

    private void readList(ContentFiles files, String path, String kind, EntryReader reader) {
        var file = files.file(path);
        if (file.isEmpty()) {
            problems.add(path, 0, "The file " + path + " is missing", "create it; content/README.md describes it");
            knownIds.add(kind);
            return;
        }
        if (file.get().text() == null) {
            knownIds.add(kind);
            return;
        }
        Node root = parse(path, file.get().text(), 0);
        if (root == null) {
            knownIds.add(kind);
            return;
        }
        if (!(root instanceof SequenceNode sequence)) {
            problems.add(path, root.getStartMark().getLine() + 1, "The file must be a list of entries",
                    "start every entry with '- id: …'");
            knownIds.add(kind);
            return;
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                reader.read(new YamlFields(path, 0, problems, mapping));
            } else {
                problems.add(path, item.getStartMark().getLine() + 1, "Every entry must be a mapping of fields",
                        "write 'field: value' lines under '- id: …'");
            }
        }
    }

    /** Parses one YAML document; a syntax error becomes a problem with its line. */
    private Node parse(String path, String yaml, int lineOffset) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        try {
            Node node = new Yaml(options).compose(new StringReader(yaml));
            if (node == null) {
                problems.add(path, 0, "The file is empty", "content/README.md shows what it should hold");
            }
            return node;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
            String what = e.getProblem() == null ? e.getMessage() : e.getProblem();
            problems.add(path, line, "YAML syntax error: " + what.replace('\n', ' '),
                    "check the indentation and quoting on this line; put text containing ': ' or '#' in quotes");
            return null;
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            // A character YAML does not allow (a control character, a stray byte): say where it is.
            int line = lineOffset + 1 + (int) yaml.substring(0, Math.min(Math.max(e.getPosition(), 0), yaml.length()))
                    .chars().filter(c -> c == '\n').count();
            problems.add(path, line, "A character that is not allowed here (code point U+%04X)".formatted(e.getCodePoint()),
                    "delete it, or retype the line: it is often an invisible character pasted from another program");
            return null;
        } catch (YAMLException e) {
            problems.add(path, 0, "YAML error: " + e.getMessage(), "check the file's syntax");
            return null;
        }
    }

    /** Notes an id as existing; {@link ContentRules} only looks it up when the entry itself failed. */
    private void remember(String kind, Object id) {
        if (id != null) {
            knownIds.add(kind + ":" + id);
        }
    }

    private static <T> Located<T> located(T value, YamlFields fields) {
        return new Located<>(value, fields.file(), fields.line(), fields.keyLines());
    }

    private void person(YamlFields f) {
        f.allowOnly(PERSON_FIELDS, "a person");
        String id = f.string("id", true);
        String name = f.string("name", true);
        Person.Kind kind = f.enumeration("kind", Person.Kind.class, true);
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
        remember("person", personId);
        if (personId != null && name != null && kind != null && bio != null) {
            people.add(located(new Person(personId, name, kind, nativeNames, born, died, roles, variants, codenames,
                    misspellings, bio, notes), f));
        }
    }

    private void place(YamlFields f) {
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
        remember("place", placeId);
        if (placeId != null && name != null && lat != null && lon != null && kind != null && country != null) {
            places.add(located(new Place(placeId, name, variants, misspellings, nativeNames, lat, lon, kind, country,
                    note, notes), f));
        }
    }

    private void topic(YamlFields f) {
        f.allowOnly(TOPIC_FIELDS, "a topic");
        String id = f.string("id", true);
        String name = f.string("name", true);
        String description = f.string("description", true);
        TopicId topicId = f.id("id", id, TopicId::new, "topic");
        remember("topic", topicId);
        if (topicId != null && name != null && description != null) {
            topics.add(located(new Topic(topicId, name, description), f));
        }
    }

    private void event(YamlFields f) {
        f.allowOnly(EVENT_FIELDS, "a chronology event");
        String id = f.string("id", true);
        ExhibitDate date = f.date("date", true);
        var category = f.enumeration("category", ChronologyEvent.Category.class, true);
        String title = f.string("title", true);
        String text = f.string("text", true);
        String provenance = f.string("provenance", true);
        var cables = f.ids("cables", CableId::new, "cable");
        var eventPeople = f.ids("people", PersonId::new, "person");
        var eventPlaces = f.ids("places", PlaceId::new, "place");
        var notes = f.strings("editorial_notes");
        EventId eventId = f.id("id", id, EventId::new, "event");
        remember("event", eventId);
        if (eventId != null && date != null && category != null && title != null && text != null && provenance != null) {
            events.add(located(new ChronologyEvent(eventId, date, category, title, text, cables, eventPeople,
                    eventPlaces, provenance, notes), f));
        }
    }

    /** Front matter between '---' lines, then the Markdown body. */
    record FrontMatter(String yaml, String body, int bodyLine) {
    }

    FrontMatter split(ContentFiles.File file) {
        String text = file.text();
        if (!text.startsWith("---\n")) {
            problems.add(file.path(), 1, "The file does not start with front matter",
                    "begin the file with a line '---', the fields, then another '---' line");
            return null;
        }
        int end = text.indexOf("\n---\n", 3);
        boolean atEnd = false;
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
            atEnd = true;
        }
        if (end < 0) {
            problems.add(file.path(), 1, "The front matter is not closed",
                    "add a line '---' after the last field");
            return null;
        }
        String yaml = text.substring(4, end + 1);
        String body = atEnd ? "" : text.substring(end + 5);
        int bodyLine = (int) text.substring(0, end + 5 > text.length() ? text.length() : end + 5).chars().filter(c -> c == '\n').count() + 1;
        return new FrontMatter(yaml, body.strip(), bodyLine);
    }

    private YamlFields frontMatterFields(ContentFiles.File file, FrontMatter fm) {
        Node root = parse(file.path(), fm.yaml(), 1);
        if (root == null) {
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(file.path(), 2, "The front matter must be 'field: value' lines", "see content/README.md");
            return null;
        }
        return new YamlFields(file.path(), 1, problems, mapping);
    }

    private void cable(ContentFiles.File file) {
        // Until proven otherwise, the file name is the id that other entries refer to.
        String fileId = file.path().substring("cables/".length(), file.path().length() - ".md".length());
        if (ContentId.isValid(fileId)) {
            knownIds.add("cable:" + fileId);
        }
        FrontMatter fm = split(file);
        if (fm == null) {
            return;
        }
        YamlFields f = frontMatterFields(file, fm);
        if (f == null) {
            return;
        }
        f.allowOnly(CABLE_FIELDS, "a cable");
        String id = f.string("id", true);
        String expected = file.path().substring("cables/".length(), file.path().length() - ".md".length());
        if (id != null && !id.equals(expected)) {
            f.problem("id", "The id '" + id + "' does not match the file name '" + expected + ".md'",
                    "rename the file to " + id + ".md or change the id to " + expected);
        }
        ExhibitDate date = f.date("date", true);
        var type = f.enumeration("type", Cable.DocumentType.class, true);
        String title = f.string("title", true);
        if (!f.has("from")) {
            f.problem("from", "Missing required field 'from'", "name the sender's person id, e.g. from: [stalin]");
        }
        var from = f.ids("from", PersonId::new, "person");
        if (!f.has("to") && !f.keyLines().containsKey("to")) {
            f.problem("to", "Missing required field 'to'", "name the recipients, or write 'to: []' for a speech or record");
        }
        var to = f.ids("to", PersonId::new, "person");
        var via = f.ids("via", PersonId::new, "person");
        List<Cable.NameAsWritten> asWritten = new ArrayList<>();
        for (YamlFields a : f.objects("as_written")) {
            a.allowOnly(AS_WRITTEN_FIELDS, "an as_written entry");
            String name = a.string("name", true);
            PersonId person = a.id("person", a.string("person", true), PersonId::new, "person");
            if (name != null && person != null) {
                asWritten.add(new Cable.NameAsWritten(name, person));
            }
        }
        var language = f.enumeration("original_language", Cable.Language.class, true);
        Integer wilson = null;
        Integer book = null;
        YamlFields collections = f.object("collections");
        if (collections != null) {
            collections.allowOnly(COLLECTION_FIELDS, "collections");
            wilson = collections.integer("wilson_center");
            book = collections.integer("secret_documents");
            if (book != null && (book < 1 || book > 504)) {
                collections.problem("secret_documents", "secret_documents " + book + " is outside the book's numbering",
                        "The Korean War in Secret Documents numbers its documents #001 to #504");
            }
        }
        String summary = f.string("summary", true);
        var cablePlaces = f.ids("places", PlaceId::new, "place");
        if (!f.has("topics")) {
            f.problem("topics", "Missing required field 'topics'", "tag the cable with at least one topic from topics.yaml");
        }
        var cableTopics = f.ids("topics", TopicId::new, "topic");
        CableId inReplyTo = f.id("in_reply_to", f.string("in_reply_to", false), CableId::new, "cable");
        var related = f.ids("related", CableId::new, "cable");
        var textKind = f.enumeration("text", Cable.TextKind.class, true);
        String textSource = f.string("text_source", false);
        String provenance = f.string("provenance", true);
        var notes = f.strings("editorial_notes");
        CableId cableId = f.id("id", id, CableId::new, "cable");
        remember("cable", cableId);
        if (cableId != null && date != null && type != null && title != null && language != null && summary != null
                && textKind != null && provenance != null) {
            Cable cable = new Cable(cableId, date, f.string("date_note", false), type, title, from, to, via, asWritten,
                    language, f.string("archive_ref", false), f.string("document_number", false), wilson, book, summary,
                    cablePlaces, cableTopics, inReplyTo, related, textKind, textSource, provenance, notes, fm.body());
            Map<String, Integer> lines = new java.util.HashMap<>(f.keyLines());
            lines.put("body", fm.bodyLine());
            cables.add(new Located<>(cable, file.path(), f.line(), Map.copyOf(lines)));
        }
    }

    private void readTours(ContentFiles files) {
        Map<String, List<ContentFiles.File>> byTour = new java.util.TreeMap<>();
        for (ContentFiles.File file : files.under("tours")) {
            String rest = file.path().substring("tours/".length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                problems.add(file.path(), 0, "Unexpected file in tours/", "each tour is a folder tours/<tour>/ with tour.yaml and its stops");
                continue;
            }
            byTour.computeIfAbsent(rest.substring(0, slash), k -> new ArrayList<>()).add(file);
        }
        byTour.forEach(this::tour);
    }

    private void tour(String folder, List<ContentFiles.File> files) {
        String tourPath = "tours/" + folder + "/tour.yaml";
        ContentFiles.File tourFile = files.stream().filter(f -> f.path().equals(tourPath)).findFirst().orElse(null);
        if (tourFile == null) {
            problems.add("tours/" + folder, 0, "The tour has no tour.yaml", "add tours/" + folder + "/tour.yaml");
            return;
        }
        List<Tour.Stop> tourStops = new ArrayList<>();
        for (ContentFiles.File file : files) {
            if (file == tourFile || file.text() == null) {
                continue;
            }
            Matcher m = STOP_FILE.matcher(file.path());
            if (!m.matches()) {
                problems.add(file.path(), 0, "Unexpected file in a tour folder", "stops are named NN-<stop-id>.md, e.g. 01-stalin-says-no.md");
                continue;
            }
            Tour.Stop stop = stop(file, Integer.parseInt(m.group(2)), m.group(3));
            if (stop != null) {
                tourStops.add(stop);
            }
        }
        if (tourFile.text() == null) {
            return;
        }
        Node root = parse(tourPath, tourFile.text(), 0);
        if (!(root instanceof MappingNode mapping)) {
            if (root != null) {
                problems.add(tourPath, 1, "tour.yaml must be 'field: value' lines", "see content/README.md, Tours");
            }
            return;
        }
        YamlFields f = new YamlFields(tourPath, 0, problems, mapping);
        f.allowOnly(TOUR_FIELDS, "a tour");
        String id = f.string("id", true);
        if (id != null && !id.equals(folder)) {
            f.problem("id", "The tour id '" + id + "' does not match its folder '" + folder + "'", "make them the same");
        }
        String title = f.string("title", true);
        String summary = f.string("summary", true);
        YamlFields period = f.object("period");
        ExhibitDate periodFrom = null;
        ExhibitDate periodTo = null;
        if (period == null) {
            f.problem("period", "Missing required field 'period'", "write period: { from: 1949-03, to: 1950-06-25 }");
        } else {
            period.allowOnly(PERIOD_FIELDS, "a period");
            periodFrom = period.date("from", true);
            periodTo = period.date("to", true);
        }
        tourStops.sort(java.util.Comparator.comparingInt(Tour.Stop::position));
        TourId tourId = f.id("id", id, TourId::new, "tour");
        if (tourId != null && title != null && summary != null) {
            tours.add(located(new Tour(tourId, title, periodFrom, periodTo, summary, f.string("quiz", false), tourStops), f));
        }
    }

    private Tour.Stop stop(ContentFiles.File file, int position, String fileStopId) {
        FrontMatter fm = split(file);
        if (fm == null) {
            return null;
        }
        YamlFields f = frontMatterFields(file, fm);
        if (f == null) {
            return null;
        }
        f.allowOnly(STOP_FIELDS, "a tour stop");
        String id = f.string("id", true);
        if (id != null && !id.equals(fileStopId)) {
            f.problem("id", "The stop id '" + id + "' does not match the file name", "name the file NN-" + id + ".md");
        }
        String title = f.string("title", true);
        ExhibitDate date = f.date("date", true);
        List<Tour.CitedCable> cited = new ArrayList<>();
        for (YamlFields c : f.objects("cables")) {
            c.allowOnly(STOP_CABLE_FIELDS, "a cited cable");
            CableId cableId = c.id("id", c.string("id", true), CableId::new, "cable");
            if (cableId != null) {
                cited.add(new Tour.CitedCable(cableId, c.string("highlight", false)));
            }
        }
        if (cited.isEmpty()) {
            f.problem("cables", "A stop must cite at least one cable", "add cables: [{ id: …, highlight: \"…\" }]");
        }
        YamlFields map = f.object("map");
        ExhibitDate mapDate = date;
        List<PlaceId> mapPlaces = List.of();
        if (map != null) {
            map.allowOnly(STOP_MAP_FIELDS, "a stop's map");
            ExhibitDate d = map.date("date", false);
            mapDate = d == null ? date : d;
            mapPlaces = map.ids("places", PlaceId::new, "place");
        }
        String question = f.string("question", true);
        if (fm.body().isBlank()) {
            problems.add(file.path(), fm.bodyLine(), "The stop has no narrative", "write 150 to 400 words below the front matter");
        }
        if (id == null || title == null || date == null || question == null) {
            return null;
        }
        Tour.Stop stop = new Tour.Stop(id, position, title, date, cited, mapDate, mapPlaces, question, fm.body(),
                f.string("checkpoint", false));
        Map<String, Integer> lines = new java.util.HashMap<>(f.keyLines());
        lines.put("body", fm.bodyLine());
        stops.add(new Located<>(stop, file.path(), f.line(), Map.copyOf(lines)));
        return stop;
    }

    // ---- The map ----------------------------------------------------------------------------

    private void readMap(ContentFiles files) {
        var file = files.file(FRONT_LINES);
        if (file.isEmpty()) {
            problems.add(FRONT_LINES, 0, "The file " + FRONT_LINES + " is missing",
                    "create it; content/README.md, section The map, describes it");
            return;
        }
        if (file.get().text() == null) {
            return;
        }
        Node root = parse(FRONT_LINES, file.get().text(), 0);
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(FRONT_LINES, 1, "The file must hold key_places, events and states", "see content/README.md, The map");
            return;
        }
        YamlFields f = new YamlFields(FRONT_LINES, 0, problems, mapping);
        f.allowOnly(MAP_FIELDS, "the map");
        List<PlaceId> keyPlaces = f.ids("key_places", PlaceId::new, "place");
        mapKeyPlaces = new Located<>(keyPlaces, FRONT_LINES, f.line("key_places"), f.keyLines());
        List<FrontLines.MapEvent> events = new ArrayList<>();
        for (YamlFields e : f.objects("events")) {
            e.allowOnly(MAP_EVENT_FIELDS, "a map event");
            EventId event = e.id("event", e.string("event", true), EventId::new, "event");
            PlaceId place = e.id("place", e.string("place", true), PlaceId::new, "place");
            if (event != null && place != null) {
                FrontLines.MapEvent mapEvent = new FrontLines.MapEvent(event, place);
                events.add(mapEvent);
                mapEvents.add(new Located<>(mapEvent, FRONT_LINES, e.line(), e.keyLines()));
            }
        }
        List<FrontLines.State> states = new ArrayList<>();
        if (!f.has("states")) {
            f.problem("states", "Missing required field 'states'", "list the dated states of the front");
        }
        for (YamlFields s : f.objects("states")) {
            s.allowOnly(STATE_FIELDS, "a front-line state");
            String id = s.string("id", true);
            ExhibitDate date = s.date("date", true);
            if (date != null && !date.isExactDay()) {
                s.problem("date", "A front-line state needs an exact day, not " + date, "write YYYY-MM-DD");
                date = null;
            }
            String label = s.string("label", true);
            List<FrontLines.Point> line = points(s, "line", true);
            if (line.size() < 2 && s.has("line")) {
                s.problem("line", "A front line needs at least two points", "list the points west to east");
            }
            List<FrontLines.Point> closure = points(s, "un_closure", false);
            if (!s.has("un_closure")) {
                s.problem("un_closure", "Missing required field 'un_closure'",
                        "list the points that close the UN-held area from the line's east end back to its west end");
            }
            List<FrontLines.Pocket> pockets = new ArrayList<>();
            for (YamlFields p : s.objects("pockets")) {
                p.allowOnly(POCKET_FIELDS, "a pocket");
                String pocketLabel = p.string("label", true);
                List<Double> centre = numbers(p, "centre");
                Double radius = p.number("radius_km", true);
                if (radius != null && (radius < 1 || radius > 50)) {
                    p.problem("radius_km", "A pocket's radius of " + radius + " km is implausible", "give 1 to 50 km");
                } else if (pocketLabel != null && centre.size() == 2 && radius != null) {
                    pockets.add(new FrontLines.Pocket(pocketLabel, centre.get(0), centre.get(1), radius));
                }
            }
            List<PlaceId> places = s.ids("places", PlaceId::new, "place");
            String description = s.string("description", true);
            List<String> sources = s.strings("sources");
            if (sources.isEmpty()) {
                s.problem("sources", "A front-line state must name its sources", "add sources: [the history it comes from]");
            }
            String accuracy = s.string("accuracy", true);
            // A state with its text incomplete is still drawn in the check, so that the order
            // checks do not report a cascade; the missing text has been reported above.
            if (id != null && ContentId.isValid(id) && date != null && label != null && line.size() >= 2) {
                FrontLines.State state = new FrontLines.State(id, date.start(), label, line, closure, pockets, places,
                        description, sources, accuracy);
                states.add(state);
                mapStates.add(new Located<>(state, FRONT_LINES, s.line(), s.keyLines()));
            } else if (id != null && !ContentId.isValid(id)) {
                s.problem("id", "'" + id + "' is not a valid state id", "ids use lower-case letters, digits and hyphens");
            }
        }
        frontLines = new FrontLines(keyPlaces, events, states, geoJson(files, "map/basemap.geojson"),
                geoJson(files, "map/rivers.geojson"));
    }

    private List<Double> numbers(YamlFields f, String key) {
        List<Double> result = new ArrayList<>();
        for (String value : f.strings(key)) {
            try {
                result.add(Double.valueOf(value));
            } catch (NumberFormatException e) {
                f.problem(key, "'" + value + "' in '" + key + "' is not a number", "write decimal degrees such as 37.47");
                return List.of();
            }
        }
        if (result.size() != 2) {
            f.problem(key, "'" + key + "' must be [latitude, longitude]", "write e.g. [37.47, 126.62]");
            return List.of();
        }
        return result;
    }

    /** Points written [lat, lon] or [lat, lon, approx|gap]. */
    private List<FrontLines.Point> points(YamlFields f, String key, boolean required) {
        Node node = f.node(key);
        if (node == null) {
            if (required) {
                f.problem(key, "Missing required field '" + key + "'", "list the points as [latitude, longitude]");
            }
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            f.problem(key, "'" + key + "' must be a list of [latitude, longitude] points", "one '- [lat, lon]' per line");
            return List.of();
        }
        List<FrontLines.Point> points = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            int line = f.lineOf(item);
            if (!(item instanceof SequenceNode pair) || pair.getValue().size() < 2 || pair.getValue().size() > 3
                    || !pair.getValue().stream().allMatch(n -> n instanceof org.yaml.snakeyaml.nodes.ScalarNode)) {
                problems.add(f.file(), line, "A point of '" + key + "' must be [latitude, longitude] or [latitude, longitude, approx|gap]",
                        "write e.g. [38.00, 127.50] or [36.37, 128.29, approx]");
                continue;
            }
            List<String> values = pair.getValue().stream().map(n -> ((org.yaml.snakeyaml.nodes.ScalarNode) n).getValue()).toList();
            try {
                double lat = Double.parseDouble(values.get(0));
                double lon = Double.parseDouble(values.get(1));
                String flag = values.size() == 3 ? values.get(2) : "";
                if (!flag.isEmpty() && !flag.equals("approx") && !flag.equals("gap")) {
                    problems.add(f.file(), line, "Unknown point mark '" + flag + "'", "use approx (an estimate) or gap (no line to the next point)");
                    continue;
                }
                if (lat < 32 || lat > 44 || lon < 122 || lon > 132.5) {
                    problems.add(f.file(), line, "The point " + lat + ", " + lon + " is outside the map of Korea",
                            "points are [latitude, longitude]: latitude 32–44, longitude 122–132.5; are they swapped?");
                    continue;
                }
                points.add(new FrontLines.Point(lat, lon, flag.equals("approx"), flag.equals("gap")));
            } catch (NumberFormatException e) {
                problems.add(f.file(), line, "A point of '" + key + "' has a value that is not a number", "write decimal degrees");
            }
        }
        return points;
    }

    /** A GeoJSON file of the map, checked to be a FeatureCollection; null when absent or broken. */
    private String geoJson(ContentFiles files, String path) {
        var file = files.file(path);
        if (file.isEmpty()) {
            problems.add(path, 0, "The file " + path + " is missing", "rebuild it with src/tools/basemap (see content/README.md, The map)");
            return null;
        }
        String text = file.get().text();
        if (text == null) {
            return null;
        }
        try {
            var json = new tools.jackson.databind.ObjectMapper().readTree(text);
            if (!"FeatureCollection".equals(json.path("type").asString()) || !json.path("features").isArray()) {
                problems.add(path, 1, "The file is not a GeoJSON FeatureCollection", "rebuild it with src/tools/basemap");
                return null;
            }
            return text;
        } catch (RuntimeException e) {
            problems.add(path, 1, "The file is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""),
                    "rebuild it with src/tools/basemap");
            return null;
        }
    }

    // ---- Quizzes ---------------------------------------------------------------------------

    private void quiz(ContentFiles.File file) {
        String expected = file.path().substring("quizzes/".length(), file.path().length() - ".yaml".length());
        if (ContentId.isValid(expected)) {
            knownIds.add("quiz:" + expected);
        }
        Node root = parse(file.path(), file.text(), 0);
        if (!(root instanceof MappingNode mapping)) {
            if (root != null) {
                problems.add(file.path(), 1, "A quiz file must be 'field: value' lines", "see content/README.md, Quizzes");
            }
            return;
        }
        YamlFields f = new YamlFields(file.path(), 0, problems, mapping);
        f.allowOnly(QUIZ_FIELDS, "a quiz");
        String id = f.string("id", true);
        if (id != null && !id.equals(expected)) {
            f.problem("id", "The quiz id '" + id + "' does not match the file name '" + expected + ".yaml'",
                    "rename the file or change the id");
        }
        String title = f.string("title", true);
        TourId tour = f.id("tour", f.string("tour", false), TourId::new, "tour");
        String intro = f.string("intro", true);
        List<Quiz.Question> list = new ArrayList<>();
        if (!f.has("questions")) {
            f.problem("questions", "Missing required field 'questions'", "list the quiz's questions");
        }
        for (YamlFields q : f.objects("questions")) {
            Quiz.Question question = question(q);
            if (question != null) {
                list.add(question);
                questions.add(new Located<>(question, file.path(), q.line(), q.keyLines()));
            }
        }
        QuizId quizId = f.id("id", id, QuizId::new, "quiz");
        if (quizId != null && title != null && intro != null) {
            quizzes.add(new Located<>(new Quiz(quizId, title, tour, intro, list), file.path(), f.line(), f.keyLines()));
        }
    }

    private Quiz.Question question(YamlFields q) {
        q.allowOnly(QUESTION_FIELDS, "a question");
        String id = q.string("id", true);
        Quiz.Type type = q.enumeration("type", Quiz.Type.class, true);
        String prompt = q.string("prompt", true);
        CableId cable = q.id("cable", q.string("cable", true), CableId::new, "cable");
        Integer paragraph = q.integer("paragraph");
        String explanation = q.string("explanation", true);
        List<Quiz.Choice> choices = new ArrayList<>();
        for (YamlFields c : q.objects("choices")) {
            c.allowOnly(CHOICE_FIELDS, "a choice");
            String choiceId = c.string("id", true);
            String text = c.string("text", true);
            String correct = c.string("correct", false);
            if (correct != null && !correct.equals("true") && !correct.equals("false")) {
                c.problem("correct", "'correct' must be true or false", "write correct: true, or leave it out");
            }
            if (choiceId != null && text != null) {
                choices.add(new Quiz.Choice(choiceId, text, "true".equals(correct)));
            }
        }
        List<Quiz.Item> items = new ArrayList<>();
        for (YamlFields i : q.objects("items")) {
            i.allowOnly(ITEM_FIELDS, "an item");
            String itemId = i.string("id", true);
            String text = i.string("text", true);
            if (itemId != null && text != null) {
                items.add(new Quiz.Item(itemId, text));
            }
        }
        List<Quiz.Pair> pairs = new ArrayList<>();
        for (YamlFields p : q.objects("pairs")) {
            p.allowOnly(PAIR_FIELDS, "a pair");
            String pairId = p.string("id", true);
            String left = p.string("left", true);
            String right = p.string("right", true);
            if (pairId != null && left != null && right != null) {
                pairs.add(new Quiz.Pair(pairId, left, right));
            }
        }
        String answerText = q.string("answer", false);
        Boolean answer = answerText == null ? null : answerText.equals("true") ? Boolean.TRUE : answerText.equals("false") ? Boolean.FALSE : null;
        if (answerText != null && answer == null) {
            q.problem("answer", "'answer' must be true or false", "write answer: true or answer: false");
        }
        ExhibitDate date = q.date("date", false);
        if (date != null && !date.isExactDay()) {
            q.problem("date", "A map question needs an exact day", "write YYYY-MM-DD");
            date = null;
        }
        Quiz.Skill skill = q.enumeration("skill", Quiz.Skill.class, false);
        if (id == null || !ContentId.isValid(id) || type == null || prompt == null || cable == null || explanation == null) {
            if (id != null && !ContentId.isValid(id)) {
                q.problem("id", "'" + id + "' is not a valid question id", "ids use lower-case letters, digits and hyphens");
            }
            return null;
        }
        return new Quiz.Question(id, type, prompt, cable, paragraph, explanation, choices, q.string("statement", false),
                answer, items, pairs, date == null ? null : date.start(), q.string("excerpt", false), skill);
    }
}
