package org.cables.content;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The checks that look across entries: unique ids, references that exist, dates that make
 * sense for the people involved, cover names used when they were in use, quotations that
 * are marked, Markdown that is safe, and our own text free of the sources' known errors.
 */
final class ContentRules {

    /** Internal names of the project's source files must never reach visitors. */
    private static final Pattern INTERNAL_REFERENCE = Pattern.compile("(?i)\\bseeds?\\s*\\d{3}\\b|/work/|shared/seeds");

    private final ContentReader read;
    private final ContentProblems problems;

    private final Map<PersonId, Located<Person>> people = new HashMap<>();
    private final Map<PlaceId, Located<Place>> places = new HashMap<>();
    private final Map<TopicId, Located<Topic>> topics = new HashMap<>();
    private final Map<CableId, Located<Cable>> cables = new HashMap<>();
    private final Map<EventId, Located<ChronologyEvent>> events = new HashMap<>();
    /** Known misspellings (lower case) and whose they are, for the check of our own text. */
    private final Map<String, String> misspellings = new HashMap<>();

    ContentRules(ContentReader read, ContentProblems problems) {
        this.read = read;
        this.problems = problems;
    }

    void check() {
        index(read.people, p -> p.id(), people, "person", ContentReader.PEOPLE);
        index(read.places, p -> p.id(), places, "place", ContentReader.PLACES);
        index(read.topics, t -> t.id(), topics, "topic", ContentReader.TOPICS);
        index(read.cables, c -> c.id(), cables, "cable", "cables/");
        index(read.events, e -> e.id(), events, "event", ContentReader.CHRONOLOGY);
        Map<TourId, Located<Tour>> tours = new HashMap<>();
        index(read.tours, t -> t.id(), tours, "tour", "tours/");

        read.people.forEach(p -> p.value().misspellings().forEach(m -> misspellings.put(m.toLowerCase(Locale.ROOT), p.value().name())));
        read.places.forEach(p -> p.value().misspellings().forEach(m -> misspellings.put(m.toLowerCase(Locale.ROOT), p.value().name())));

        read.people.forEach(this::checkPerson);
        checkAmbiguousNames();
        read.places.forEach(this::checkPlace);
        read.cables.forEach(this::checkCable);
        checkChronology();
        read.tours.forEach(this::checkTour);
        checkMap();
        checkQuizzes(tours);
    }

    // ---- Quizzes ---------------------------------------------------------------------------

    /** A stop's checkpoint is a question of its tour's quiz that can be answered by choosing. */
    private void checkCheckpoints() {
        for (Located<Tour> located : read.tours) {
            Tour tour = located.value();
            for (Tour.Stop stop : tour.stops()) {
                if (stop.checkpoint() == null) {
                    continue;
                }
                Located<Tour.Stop> where = read.stops.stream().filter(s -> s.value() == stop).findFirst().orElseThrow();
                Optional<Quiz.Question> question = read.quizzes.stream().map(Located::value)
                        .filter(q -> tour.quiz() != null && q.id().value().equals(tour.quiz()))
                        .flatMap(q -> q.questions().stream()).filter(q -> q.id().equals(stop.checkpoint())).findFirst();
                if (question.isEmpty()) {
                    problems.add(where.file(), where.line("checkpoint"), "The checkpoint '" + stop.checkpoint()
                            + "' is not a question of the tour's quiz", tour.quiz() == null
                            ? "name the tour's quiz in tour.yaml (quiz: …) first"
                            : "use the id of a question in quizzes/" + tour.quiz() + ".yaml");
                } else if (!question.get().type().isChoice()) {
                    problems.add(where.file(), where.line("checkpoint"), "A checkpoint must be a single, multiple, true-false or source question",
                            "choose another question of the quiz");
                }
            }
        }
    }

    private void checkQuizzes(Map<TourId, Located<Tour>> tours) {
        checkCheckpoints();
        Map<String, java.time.LocalDate> stateDates = new HashMap<>();
        read.frontLines.states().forEach(st -> stateDates.put(st.id(), st.date()));
        for (Located<Quiz> located : read.quizzes) {
            Quiz quiz = located.value();
            if (quiz.tour() != null) {
                exists(located, "tour", quiz.tour(), tours, "tour", "tours/");
                long types = quiz.questions().stream().map(Quiz.Question::type).distinct().count();
                if (quiz.questions().size() < 12 || types < 5) {
                    problems.add(located.file(), located.line("questions"), "A tour's quiz needs at least 12 questions of at least 5 types; this one has "
                            + quiz.questions().size() + " of " + types, "add questions of other types");
                }
            }
            ownWords(located, "title", quiz.title());
            ownWords(located, "intro", quiz.intro());
        }
        Map<String, Set<String>> idsByQuiz = new HashMap<>();
        for (Located<Quiz.Question> located : read.questions) {
            Quiz.Question q = located.value();
            if (!idsByQuiz.computeIfAbsent(located.file(), f -> new HashSet<>()).add(q.id())) {
                problems.add(located.file(), located.line("id"), "The question id '" + q.id() + "' is used twice in this quiz", "give it another id");
            }
            Located<Cable> cable = exists(located, "cable", q.cable(), cables, "cable", "cables/");
            if (cable != null && q.paragraph() != null) {
                int count = ExhibitMarkdown.paragraphCount(cable.value().body());
                if (q.paragraph() < 1 || q.paragraph() > count) {
                    problems.add(located.file(), located.line("paragraph"), "Paragraph " + q.paragraph() + " does not exist in "
                            + q.cable() + ", whose text has " + count + " numbered paragraphs", "give a paragraph number from 1 to " + count + ", or leave it out");
                }
            }
            checkQuestionShape(located, q, stateDates, cable);
            ownWords(located, "prompt", q.prompt());
            ownWords(located, "explanation", q.explanation());
            q.choices().forEach(c -> ownWords(located, "choices", c.text()));
        }
    }

    private void checkQuestionShape(Located<Quiz.Question> at, Quiz.Question q, Map<String, java.time.LocalDate> stateDates,
                                    Located<Cable> cable) {
        String type = q.type().key();
        long correct = q.choices().stream().filter(Quiz.Choice::correct).count();
        Set<String> choiceIds = new HashSet<>();
        for (Quiz.Choice c : q.choices()) {
            if (!choiceIds.add(c.id())) {
                problems.add(at.file(), at.line("choices"), "The choice id '" + c.id() + "' is used twice", "give every choice its own id");
            }
        }
        switch (q.type()) {
            case SINGLE, SOURCE, MAP_LINE, MAP_PLACE -> {
                if (q.choices().size() < 2 || q.choices().size() > 6 || correct != 1) {
                    problems.add(at.file(), at.line("choices"), "A " + type + " question needs 2 to 6 choices with exactly one correct; it has "
                            + q.choices().size() + " with " + correct + " correct", "mark the one right answer with correct: true");
                }
            }
            case MULTIPLE -> {
                if (q.choices().size() < 3 || q.choices().size() > 8 || correct < 1 || correct == q.choices().size()) {
                    problems.add(at.file(), at.line("choices"), "A multiple question needs 3 to 8 choices, some correct and some not",
                            "mark every right answer with correct: true, and keep at least one wrong one");
                }
            }
            case TRUE_FALSE -> {
                if (q.statement() == null || q.answer() == null) {
                    problems.add(at.file(), at.line("statement"), "A true-false question needs a statement and an answer",
                            "add statement: … and answer: true or false");
                }
            }
            case ORDER -> {
                if (q.items().size() < 3 || q.items().size() > 6 || q.items().stream().map(Quiz.Item::id).distinct().count() != q.items().size()) {
                    problems.add(at.file(), at.line("items"), "An order question needs 3 to 6 items with different ids, listed in the correct order",
                            "list the items from first to last");
                }
            }
            case MATCH -> {
                if (q.pairs().size() < 3 || q.pairs().size() > 6 || q.pairs().stream().map(Quiz.Pair::id).distinct().count() != q.pairs().size()
                        || q.pairs().stream().map(Quiz.Pair::right).distinct().count() != q.pairs().size()) {
                    problems.add(at.file(), at.line("pairs"), "A match question needs 3 to 6 pairs with different ids and different right-hand sides",
                            "give each pair its own id and answer");
                }
            }
        }
        if (q.type() == Quiz.Type.MAP_LINE) {
            if (q.date() == null || !stateDates.containsValue(q.date())) {
                problems.add(at.file(), at.line("date"), "A map-line question's date must be the date of a front-line state",
                        "use one of the dates in map/front-lines.yaml");
            }
            for (Quiz.Choice c : q.choices()) {
                if (!stateDates.containsKey(c.id())) {
                    problems.add(at.file(), at.line("choices"), "The choice '" + c.id() + "' is not a front-line state", "use state ids from map/front-lines.yaml");
                } else if (c.correct() && q.date() != null && !stateDates.get(c.id()).equals(q.date())) {
                    problems.add(at.file(), at.line("choices"), "The correct state '" + c.id() + "' is not the one dated " + q.date(),
                            "make the question's date the correct state's date");
                }
            }
        }
        if (q.type() == Quiz.Type.MAP_PLACE) {
            if (q.date() == null) {
                problems.add(at.file(), at.line("date"), "A map-place question needs the map's date", "add date: YYYY-MM-DD");
            }
            q.choices().forEach(c -> {
                if (!ContentId.isValid(c.id()) || !places.containsKey(new PlaceId(c.id()))) {
                    problems.add(at.file(), at.line("choices"), "The choice '" + c.id() + "' is not a place", "use place ids from places.yaml");
                }
            });
        }
        if (q.type() == Quiz.Type.SOURCE) {
            if (q.excerpt() == null || q.skill() == null) {
                problems.add(at.file(), at.line("excerpt"), "A source question needs an excerpt and a skill",
                        "add excerpt: (quoted from the cable) and skill: sourcing, contextualisation or corroboration");
            } else if (cable != null && !normalise(ExhibitMarkdown.plainText(cable.value().body())).contains(normalise(q.excerpt()))) {
                problems.add(at.file(), at.line("excerpt"), "The excerpt does not occur word for word in " + q.cable(),
                        "copy the passage exactly from the cable's body");
            }
        }
    }

    // ---- The map ----------------------------------------------------------------------------

    private void checkMap() {
        if (read.mapKeyPlaces != null) {
            read.mapKeyPlaces.value().forEach(id -> exists(read.mapKeyPlaces, "key_places", id, places, "place", ContentReader.PLACES));
        }
        for (Located<FrontLines.MapEvent> e : read.mapEvents) {
            exists(e, "event", e.value().event(), events, "event", ContentReader.CHRONOLOGY);
            exists(e, "place", e.value().place(), places, "place", ContentReader.PLACES);
        }
        Set<String> ids = new HashSet<>();
        java.time.LocalDate previous = null;
        for (Located<FrontLines.State> located : read.mapStates) {
            FrontLines.State state = located.value();
            if (!ids.add(state.id())) {
                problems.add(located.file(), located.line("id"), "The state id '" + state.id() + "' is used twice", "give it another id");
            }
            if (state.date().isBefore(FrontLines.FIRST_DAY) || state.date().isAfter(FrontLines.LAST_DAY)) {
                problems.add(located.file(), located.line("date"), "The state's date " + state.date()
                        + " is outside the war (1950-06-25 to 1953-07-27)", "check the year");
            }
            if (previous != null && !state.date().isAfter(previous)) {
                problems.add(located.file(), located.line("date"), "The state of " + state.date()
                        + " does not come after the previous state (" + previous + ")", "keep the states in date order, one per day");
            }
            previous = state.date();
            state.places().forEach(id -> exists(located, "places", id, places, "place", ContentReader.PLACES));
            ownWords(located, "label", state.label());
            ownWords(located, "description", state.description());
            ownWords(located, "accuracy", state.accuracy());
        }
        if (!read.mapStates.isEmpty()) {
            FrontLines.State first = read.mapStates.getFirst().value();
            FrontLines.State last = read.mapStates.getLast().value();
            if (!first.date().equals(FrontLines.FIRST_DAY)) {
                problems.add(ContentReader.FRONT_LINES, read.mapStates.getFirst().line("date"),
                        "The first state must be the front on 1950-06-25, not " + first.date(), "the map starts on the day the war began");
            }
            if (!last.date().equals(FrontLines.LAST_DAY)) {
                problems.add(ContentReader.FRONT_LINES, read.mapStates.getLast().line("date"),
                        "The last state must be the demarcation line of 1953-07-27, not " + last.date(), "the map ends with the armistice");
            }
        }
    }

    private <T, I> void index(List<Located<T>> entries, Function<T, I> id, Map<I, Located<T>> into, String kind, String where) {
        for (Located<T> entry : entries) {
            I key = id.apply(entry.value());
            Located<T> earlier = into.putIfAbsent(key, entry);
            if (earlier != null) {
                problems.add(entry.file(), entry.line("id"), "The " + kind + " id '" + key + "' is used twice",
                        "it is also used at " + earlier.file() + ":" + earlier.line("id") + "; give one of them another id");
            }
        }
    }

    // ---- People and places ---------------------------------------------------------------

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
        ownWords(located, "bio", p.bio());
        p.roles().forEach(r -> ownWords(located, "roles", r.title()));
        noInternalReferences(located, "editorial_notes", p.editorialNotes());
    }

    /** A name that could mean two people makes search and as_written ambiguous. */
    private void checkAmbiguousNames() {
        Map<String, Located<Person>> owners = new HashMap<>();
        for (Located<Person> located : read.people) {
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
        ownWords(located, "note", p.note());
        noInternalReferences(located, "editorial_notes", p.editorialNotes());
    }

    // ---- Cables ------------------------------------------------------------------------

    private void checkCable(Located<Cable> located) {
        Cable c = located.value();
        if (!c.date().isWithinExhibit()) {
            problems.add(located.file(), located.line("date"), "The date " + c.date() + " is outside the exhibit's years 1945–1954",
                    "check the year; documents from later years are not part of the archive");
        }
        if (c.from().isEmpty()) {
            problems.add(located.file(), located.line("from"), "The cable has no sender", "name at least one person or body in 'from'");
        }
        for (String field : List.of("from", "to", "via")) {
            List<PersonId> ids = switch (field) {
                case "from" -> c.from();
                case "to" -> c.to();
                default -> c.via();
            };
            for (PersonId id : ids) {
                Located<Person> person = person(located, field, id);
                if (person != null) {
                    checkAlive(located, field, c, person.value());
                }
            }
        }
        for (Cable.NameAsWritten written : c.asWritten()) {
            Located<Person> person = person(located, "as_written", written.person());
            if (person != null) {
                checkNameAsWritten(located, c, written, person.value());
            }
        }
        c.places().forEach(id -> exists(located, "places", id, places, "place", ContentReader.PLACES));
        c.topics().forEach(id -> exists(located, "topics", id, topics, "topic", ContentReader.TOPICS));
        if (c.inReplyTo() != null) {
            Located<Cable> original = exists(located, "in_reply_to", c.inReplyTo(), cables, "cable", "cables/");
            if (original != null && original.value().date().start().isAfter(c.date().end())) {
                problems.add(located.file(), located.line("in_reply_to"), "This reply (" + c.date() + ") is dated before the cable it answers ("
                                + original.value().date() + ", " + original.value().id() + ")",
                        "one of the two dates is wrong — check the years");
            }
        }
        for (CableId related : c.related()) {
            if (related.equals(c.id())) {
                problems.add(located.file(), located.line("related"), "The cable lists itself as related", "remove its own id from 'related'");
            } else {
                exists(located, "related", related, cables, "cable", "cables/");
            }
        }
        checkBody(located, c);
        ownWords(located, "title", c.title());
        ownWords(located, "summary", c.summary());
        noInternalReferences(located, "provenance", List.of(c.provenance()));
        noInternalReferences(located, "text_source", c.textSource() == null ? List.of() : List.of(c.textSource()));
        noInternalReferences(located, "editorial_notes", c.editorialNotes());
        noInternalReferences(located, "body", List.of(c.body()));
    }

    private void checkAlive(Located<Cable> located, String field, Cable c, Person person) {
        if (person.kind() != Person.Kind.PERSON) {
            return;
        }
        String role = switch (field) {
            case "from" -> "sends";
            case "to" -> "receives";
            default -> "passes on";
        };
        if (person.died() != null && c.date().start().isAfter(person.died().end())) {
            problems.add(located.file(), located.line(field), person.name() + " " + role + " this cable dated " + c.date()
                            + ", after dying on " + person.died(),
                    "check the cable's year (the sources sometimes misprint it) or the person");
        }
        if (person.born() != null && c.date().end().isBefore(person.born().start())) {
            problems.add(located.file(), located.line(field), person.name() + " " + role + " this cable dated " + c.date()
                            + ", before being born (" + person.born() + ")",
                    "check the cable's date or the person");
        }
    }

    private void checkNameAsWritten(Located<Cable> located, Cable c, Cable.NameAsWritten written, Person person) {
        String name = written.name();
        var codename = person.codename(name);
        if (codename.isPresent()) {
            if (!codename.get().usedAt(c.date())) {
                problems.add(located.file(), located.line("as_written"), "The cover name '" + name + "' was not in use by "
                                + person.name() + " on " + c.date() + " (used " + period(codename.get()) + ")",
                        "check the cable's date, or who the cover name belongs to");
            }
            return;
        }
        boolean misspelt = person.misspellings().stream().anyMatch(m -> m.equalsIgnoreCase(name));
        boolean known = misspelt || person.name().equalsIgnoreCase(name)
                || person.variants().stream().anyMatch(v -> v.equalsIgnoreCase(name));
        if (!known) {
            problems.add(located.file(), located.line("as_written"), "'" + name + "' is not a known name of " + person.name(),
                    "add it to " + person.id() + " in people.yaml: to 'variants', 'misspellings' or 'codenames'");
        } else if (misspelt && c.editorialNotes().stream().noneMatch(n -> n.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))) {
            problems.add(located.file(), located.line("as_written"), "The document's misspelling '" + name + "' (for "
                            + person.name() + ") has no editorial note",
                    "add an editorial_notes entry saying the source writes '" + name + "' and why it means " + person.name());
        }
    }

    private static String period(Person.Codename c) {
        return (c.from() == null ? "…" : c.from().toString()) + " to " + (c.to() == null ? "…" : c.to().toString());
    }

    private void checkBody(Located<Cable> located, Cable c) {
        int bodyLine = located.line("body");
        switch (c.text()) {
            case FULL -> {
                if (c.textSource() == null) {
                    problems.add(located.file(), located.line("text"), "A full text needs its source",
                            "add text_source: the citation of the published translation");
                }
                if (c.body().isBlank()) {
                    problems.add(located.file(), bodyLine, "'text: full' but the body is empty",
                            "paste the translation below the front matter, or set 'text: none'");
                }
            }
            case EXCERPTS -> ExhibitMarkdown.excerptFindings(c.body())
                    .forEach(f -> problems.add(located.file(), bodyLine + f.line() - 1, f.message(), f.hint()));
            case NONE -> {
                if (!c.body().isBlank()) {
                    problems.add(located.file(), bodyLine, "'text: none' but the file has a body",
                            "set 'text: excerpts' (quotations with 'Source:' lines) or 'text: full', or remove the body");
                }
            }
        }
        ExhibitMarkdown.safetyFindings(c.body())
                .forEach(f -> problems.add(located.file(), bodyLine + f.line() - 1, f.message(), f.hint()));
    }

    // ---- Chronology ---------------------------------------------------------------------

    private void checkChronology() {
        ExhibitDate previous = null;
        for (Located<ChronologyEvent> located : read.events) {
            ChronologyEvent e = located.value();
            if (!e.date().isWithinExhibit()) {
                problems.add(located.file(), located.line("date"), "The date " + e.date() + " is outside the exhibit's years 1945–1954",
                        "check the year");
            }
            if (previous != null && e.date().start().isBefore(previous.start())) {
                problems.add(located.file(), located.line("date"), "The event " + e.id() + " (" + e.date()
                                + ") comes after a later event (" + previous + ")",
                        "keep chronology.yaml in date order: move this event up, or check its year");
            }
            previous = e.date();
            e.cables().forEach(id -> exists(located, "cables", id, cables, "cable", "cables/"));
            e.people().forEach(id -> person(located, "people", id));
            e.places().forEach(id -> exists(located, "places", id, places, "place", ContentReader.PLACES));
            ownWords(located, "title", e.title());
            ownWords(located, "text", e.text());
            noInternalReferences(located, "provenance", List.of(e.provenance()));
            noInternalReferences(located, "editorial_notes", e.editorialNotes());
        }
    }

    // ---- Tours ----------------------------------------------------------------------------

    private void checkTour(Located<Tour> located) {
        Tour tour = located.value();
        // A quiz file counts as there even when it has problems of its own (reported with it).
        if (tour.quiz() != null && !read.knownIds.contains("quiz:" + tour.quiz())) {
            problems.add(located.file(), located.line("quiz"), "The tour leads to a quiz '" + tour.quiz() + "' that does not exist",
                    "create the quiz in quizzes/ or remove 'quiz'");
        }
        ownWords(located, "summary", tour.summary());
        Set<String> stopIds = new HashSet<>();
        ExhibitDate previous = null;
        int expected = 1;
        for (Tour.Stop stop : tour.stops()) {
            Located<Tour.Stop> where = read.stops.stream().filter(s -> s.value() == stop).findFirst().orElseThrow();
            if (stop.position() != expected) {
                problems.add(where.file(), 0, "Stop number " + String.format("%02d", stop.position()) + " should be "
                        + String.format("%02d", expected), "number the stops 01, 02, 03 … without gaps or repeats");
            }
            expected = stop.position() + 1;
            if (!stopIds.add(stop.id())) {
                problems.add(where.file(), where.line("id"), "The stop id '" + stop.id() + "' is used twice in this tour", "give it another id");
            }
            if (previous != null && stop.date().start().isBefore(previous.start())) {
                problems.add(where.file(), where.line("date"), "This stop (" + stop.date() + ") is dated before the previous stop ("
                        + previous + ")", "keep a tour's stops in chronological order");
            }
            previous = stop.date();
            if (tour.periodFrom() != null && tour.periodTo() != null
                    && (stop.date().end().isBefore(tour.periodFrom().start()) || stop.date().start().isAfter(tour.periodTo().end()))) {
                problems.add(where.file(), where.line("date"), "This stop (" + stop.date() + ") lies outside the tour's period "
                        + tour.periodFrom() + " to " + tour.periodTo(), "check the date or the tour's period");
            }
            for (Tour.CitedCable cited : stop.cables()) {
                Located<Cable> cable = exists(where, "cables", cited.cable(), cables, "cable", "cables/");
                if (cable != null && cited.highlight() != null
                        && !normalise(ExhibitMarkdown.plainText(cable.value().body())).contains(normalise(cited.highlight()))) {
                    problems.add(where.file(), where.line("cables"), "The highlight for " + cited.cable()
                                    + " does not occur word for word in the cable's text",
                            "copy the passage exactly from the cable's body (quotation marks and spelling included)");
                }
            }
            stop.mapPlaces().forEach(id -> exists(where, "map", id, places, "place", ContentReader.PLACES));
            int words = stop.narrative().split("\\s+").length;
            if (words < 150 || words > 400) {
                problems.add(where.file(), where.line("body"), "The narrative has " + words + " words",
                        "a stop's narrative is 150 to 400 words");
            }
            ownWords(where, "body", stop.narrative());
            ownWords(where, "question", stop.question());
            ExhibitMarkdown.safetyFindings(stop.narrative())
                    .forEach(f -> problems.add(where.file(), where.line("body") + f.line() - 1, f.message(), f.hint()));
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    // ---- Shared ---------------------------------------------------------------------------

    private Located<Person> person(Located<?> where, String field, PersonId id) {
        return exists(where, field, id, people, "person", ContentReader.PEOPLE);
    }

    private <I, T> Located<T> exists(Located<?> where, String field, I id, Map<I, Located<T>> known, String kind, String file) {
        Located<T> target = known.get(id);
        if (target == null && (read.knownIds.contains(kind) || read.knownIds.contains(kind + ":" + id))) {
            return null; // its own file or entry has problems, already reported
        }
        if (target == null) {
            problems.add(where.file(), where.line(field), "'" + field + "' refers to the " + kind + " '" + id + "', which does not exist",
                    "add it to " + file + " or correct the id");
        }
        return target;
    }

    /** Text in our own words must not repeat the sources' known misspellings. */
    private void ownWords(Located<?> where, String field, String text) {
        if (text == null) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        misspellings.forEach((wrong, right) -> {
            int at = lower.indexOf(wrong);
            while (at >= 0) {
                boolean startOk = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
                int end = at + wrong.length();
                boolean endOk = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
                if (startOk && endOk) {
                    problems.add(where.file(), where.line(field), "'" + text.substring(at, end) + "' in '" + field
                                    + "' is a known misspelling of " + right,
                            "write " + right + " (misspellings belong only in quotations, as_written and editorial notes)");
                    return;
                }
                at = lower.indexOf(wrong, at + 1);
            }
        });
        noInternalReferences(where, field, List.of(text));
    }

    private void noInternalReferences(Located<?> where, String field, List<String> texts) {
        for (String text : texts) {
            if (text != null && INTERNAL_REFERENCE.matcher(text).find()) {
                problems.add(where.file(), where.line(field), "'" + field + "' mentions the project's internal source files",
                        "name the publication instead (e.g. \"the index of The Korean War in Secret Documents\")");
            }
        }
    }
}
