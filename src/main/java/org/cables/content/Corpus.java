package org.cables.content;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All the exhibit's content, checked and read-only: what the views show and search indexes.
 * Lists are in date order (cables, events) or in file order (people, places, topics, tours).
 */
public final class Corpus {

    private final String origin;
    private final Map<PersonId, Person> people;
    private final Map<PlaceId, Place> places;
    private final Map<TopicId, Topic> topics;
    private final Map<CableId, Cable> cables;
    private final Map<EventId, ChronologyEvent> events;
    private final Map<TourId, Tour> tours;
    private final FrontLines frontLines;
    private final Map<QuizId, Quiz> quizzes;
    /** The lists handed out (read-only, made once: pages ask for them on every visit). */
    private final List<Person> peopleList;
    private final List<Place> placeList;
    private final List<Topic> topicList;
    private final List<Cable> cableList;
    private final List<ChronologyEvent> eventList;
    private final List<Tour> tourList;
    private final List<Quiz> quizList;
    /** Each correspondent's cables in date order. */
    private final Map<PersonId, List<Cable>> cablesByPerson;
    /** The language of every text a visitor reads in this corpus (the quoted words stay English). */
    private final java.util.Locale language;
    /** Our translation of each document's quoted words into the corpus's language (none in English). */
    private final Map<CableId, String> ourTranslations;
    /** Our translation of the passages tours highlight and quizzes quote, by document and passage (spacing normalised). */
    private final Map<CableId, Map<String, String>> ourPassageTranslations;
    /**
     * What pages drew from this corpus ({@link #drawn}). Bounded: this corpus is one edition, read
     * in one language, so its pages by document or stop come to under a thousand; beyond the
     * capacity (the same pages asked for in other locales that read this edition) the least
     * recently used is dropped.
     */
    private final Memo<Object, Object> drawn = new Memo<>(4_000);

    Corpus(String origin, List<Person> people, List<Place> places, List<Topic> topics, List<Cable> cables,
           List<ChronologyEvent> events, List<Tour> tours, FrontLines frontLines, List<Quiz> quizzes) {
        this(origin, java.util.Locale.ENGLISH, people, places, topics, cables, events, tours, frontLines, quizzes, Map.of(), Map.of());
    }

    Corpus(String origin, java.util.Locale language, List<Person> people, List<Place> places, List<Topic> topics, List<Cable> cables,
           List<ChronologyEvent> events, List<Tour> tours, FrontLines frontLines, List<Quiz> quizzes,
           Map<CableId, String> ourTranslations, Map<CableId, Map<String, String>> ourPassageTranslations) {
        this.origin = origin;
        this.language = language;
        this.ourTranslations = Map.copyOf(ourTranslations);
        this.ourPassageTranslations = Map.copyOf(ourPassageTranslations);
        this.people = byId(people, Person::id);
        this.places = byId(places, Place::id);
        this.topics = byId(topics, Topic::id);
        this.cables = byId(cables.stream().sorted(Comparator.comparing(Cable::date).thenComparing(Cable::id)).toList(), Cable::id);
        this.events = byId(events.stream().sorted(Comparator.comparing(ChronologyEvent::date)).toList(), ChronologyEvent::id);
        // Tours in the order of the story they tell.
        this.tours = byId(tours.stream().sorted(Comparator.comparing((Tour t) -> t.periodFrom() == null
                ? java.time.LocalDate.MAX : t.periodFrom().start()).thenComparing(Tour::id)).toList(), Tour::id);
        this.frontLines = frontLines;
        this.quizzes = byId(quizzes, Quiz::id);
        this.peopleList = List.copyOf(this.people.values());
        this.placeList = List.copyOf(this.places.values());
        this.topicList = List.copyOf(this.topics.values());
        this.cableList = List.copyOf(this.cables.values());
        this.eventList = List.copyOf(this.events.values());
        this.tourList = List.copyOf(this.tours.values());
        this.quizList = List.copyOf(this.quizzes.values());
        Map<PersonId, List<Cable>> byPerson = new java.util.HashMap<>();
        for (Cable cable : cableList) {
            cable.correspondents().forEach(p -> byPerson.computeIfAbsent(p, k -> new java.util.ArrayList<>()).add(cable));
        }
        this.cablesByPerson = byPerson.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    public List<Quiz> quizzes() {
        return quizList;
    }

    public Optional<Quiz> quiz(QuizId id) {
        return Optional.ofNullable(quizzes.get(id));
    }

    /** The map: dated front lines, key places and the base geography. */
    public FrontLines frontLines() {
        return frontLines;
    }

    private static <I, T> Map<I, T> byId(List<T> items, Function<T, I> id) {
        return java.util.Collections.unmodifiableMap(items.stream()
                .collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new)));
    }

    /** The language of the texts a visitor reads (titles, stories, accounts); quotations keep their English. */
    public java.util.Locale language() {
        return language;
    }

    /**
     * Our translation, into this corpus's language, of a document's quoted English words (its
     * body), labelled as ours wherever it is shown; empty in English.
     */
    public Optional<String> ourTranslation(CableId cable) {
        return Optional.ofNullable(ourTranslations.get(cable));
    }

    /** Our translation of one quoted passage of a document (a tour's highlight, a quiz's excerpt); empty in English. */
    public Optional<String> ourTranslation(CableId cable, String passage) {
        if (passage == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ourPassageTranslations.getOrDefault(cable, Map.of()).get(Cable.normalise(passage)));
    }

    /**
     * What pages draw from this corpus that is the same for every visitor (a document's record as
     * HTML, a tour stop's story in a language): drawn once and kept while this corpus is the
     * exhibit's, so a content reload, which makes a new corpus, draws it again. Visitors' pages
     * hold the one kept string instead of a copy each (issue 22, decision 62).
     *
     * @param key     what is drawn: a record private to the page that draws it, with every input
     *                that is not this corpus (the document or stop, the visitor's language)
     * @param draw    how to draw it (a pure function of the key and this corpus)
     */
    @SuppressWarnings("unchecked")
    public <K, V> V drawn(K key, java.util.function.Function<? super K, ? extends V> draw) {
        return (V) drawn.get(key, k -> draw.apply((K) k));
    }

    /** Where the content was read from (a folder, or the bundled content). */
    public String origin() {
        return origin;
    }

    public List<Person> people() {
        return peopleList;
    }

    public List<Place> places() {
        return placeList;
    }

    public List<Topic> topics() {
        return topicList;
    }

    public List<Cable> cables() {
        return cableList;
    }

    public List<ChronologyEvent> events() {
        return eventList;
    }

    public List<Tour> tours() {
        return tourList;
    }

    public Optional<Person> person(PersonId id) {
        return Optional.ofNullable(people.get(id));
    }

    public Optional<Place> place(PlaceId id) {
        return Optional.ofNullable(places.get(id));
    }

    public Optional<Topic> topic(TopicId id) {
        return Optional.ofNullable(topics.get(id));
    }

    public Optional<Cable> cable(CableId id) {
        return Optional.ofNullable(cables.get(id));
    }

    public Optional<ChronologyEvent> event(EventId id) {
        return Optional.ofNullable(events.get(id));
    }

    public Optional<Tour> tour(TourId id) {
        return Optional.ofNullable(tours.get(id));
    }

    /** The people's names, joined with {@code separator} (an unknown id stands as itself). */
    public String names(List<PersonId> ids, String separator) {
        return String.join(separator, ids.stream().map(id -> person(id).map(Person::name).orElse(id.value())).toList());
    }

    /** Cables the person sent, received or relayed, in date order. */
    public List<Cable> cablesOf(PersonId person) {
        return cablesByPerson.getOrDefault(person, List.of());
    }

    /** A tour stop, with the tour it belongs to. */
    public record TourStop(Tour tour, Tour.Stop stop) {
    }

    /** The tour stops that cite a cable. */
    public List<TourStop> stopsCiting(CableId cable) {
        return tours.values().stream()
                .flatMap(t -> t.stops().stream().filter(s -> s.cables().stream().anyMatch(c -> c.cable().equals(cable)))
                        .map(s -> new TourStop(t, s)))
                .toList();
    }

    /** Cables that name this one as related, in date order. */
    public List<Cable> relatedTo(CableId cable) {
        return cables.values().stream().filter(c -> c.related().contains(cable)).toList();
    }

    /** Chronology events linked to a cable, in date order. */
    public List<ChronologyEvent> eventsCiting(CableId cable) {
        return events.values().stream().filter(e -> e.cables().contains(cable)).toList();
    }

    /** Replies to a cable, in date order. */
    public List<Cable> repliesTo(CableId cable) {
        return cables.values().stream().filter(c -> cable.equals(c.inReplyTo())).toList();
    }

    /**
     * The archive in numbers, as curators report them: documents, how many a visitor can read
     * (their own words, or our account of their published translation), how many cite their
     * published record, and how many carry an archive reference.
     */
    public String archiveCounts() {
        int total = cableList.size();
        long words = cableList.stream().filter(c -> c.text() != Cable.TextKind.NONE).count();
        long accounts = cableList.stream().filter(c -> c.text() == Cable.TextKind.NONE && c.account() != null).count();
        long record = cableList.stream().filter(c -> c.publishedRecord() != null).count();
        long reference = cableList.stream().filter(c -> c.archiveRef() != null).count();
        return String.format(java.util.Locale.ROOT, "Documents: %d; with their own words: %d; with our account of their published "
                        + "translation: %d; with substance: %d (%s); citing their published record: %d (%s); with an archive reference: %d (%s).",
                total, words, accounts, words + accounts, percent(words + accounts, total), record, percent(record, total),
                reference, percent(reference, total));
    }

    private static String percent(long part, int whole) {
        return whole == 0 ? "0 %" : Math.round(100.0 * part / whole) + " %";
    }
}
