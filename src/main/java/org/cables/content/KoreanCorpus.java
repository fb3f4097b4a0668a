package org.cables.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes the Korean edition of the corpus: the same entries, with every text a visitor reads
 * taken from {@code ko/}. Ids, dates, links and the quoted English words stay as they are; our
 * Korean translation of the quoted words travels beside them ({@link Corpus#ourTranslation}).
 * English names stay findable: they become variants of the Korean ones.
 */
final class KoreanCorpus {

    private final ContentRead read;
    private final KoreanEdition korean;

    private KoreanCorpus(ContentRead read, KoreanEdition korean) {
        this.read = read;
        this.korean = korean;
    }

    /** The Korean corpus, or null when the content has no Korean edition. */
    static Corpus build(String origin, ContentRead read, KoreanEdition korean) {
        if (korean.entries().isEmpty()) {
            return null;
        }
        return new KoreanCorpus(read, korean).build(origin);
    }

    private KoreanEntry entry(Located<?> english, Object id) {
        return korean.of(english, id).orElse(new KoreanEntry(english.file(), 0, Map.of(), Map.of(), java.util.Set.of()));
    }

    private Corpus build(String origin) {
        List<Person> people = read.people().stream().map(p -> person(p.value(), entry(p, p.value().id().value()))).toList();
        List<Place> places = read.places().stream().map(p -> place(p.value(), entry(p, p.value().id().value()))).toList();
        List<Topic> topics = read.topics().stream().map(p -> new Topic(p.value().id(),
                entry(p, p.value().id().value()).or("name", p.value().name()),
                entry(p, p.value().id().value()).or("description", p.value().description()))).toList();
        List<ChronologyEvent> events = read.events().stream().map(e -> {
            ChronologyEvent v = e.value();
            KoreanEntry k = entry(e, v.id().value());
            return new ChronologyEvent(v.id(), v.date(), v.category(), k.or("title", v.title()), k.or("text", v.text()),
                    v.cables(), v.people(), v.places(), v.provenance(), k.list("notes", v.editorialNotes()));
        }).toList();
        Map<CableId, String> translations = new HashMap<>();
        Map<CableId, Map<String, String>> passages = new HashMap<>();
        List<Cable> cables = new ArrayList<>();
        for (Located<Cable> located : read.cables()) {
            Cable c = located.value();
            KoreanEntry k = entry(located, c.id().value());
            cables.add(cable(c, k));
            if (k.text("body") != null) {
                translations.put(c.id(), k.text("body"));
            }
            Map<String, String> byEnglish = new LinkedHashMap<>();
            Map<String, String> under = k.under("passages");
            under.forEach((key, english) -> {
                if (key.endsWith(".en")) {
                    String ko = under.get(key.substring(0, key.length() - 3) + ".ko");
                    if (ko != null) {
                        byEnglish.put(Cable.normalise(english), ko);
                    }
                }
            });
            if (!byEnglish.isEmpty()) {
                passages.put(c.id(), Map.copyOf(byEnglish));
            }
        }
        List<Tour> tours = read.tours().stream().map(located -> {
            Tour t = located.value();
            KoreanEntry k = entry(located, t.id().value());
            List<Tour.Stop> stops = t.stops().stream().map(s -> {
                KoreanEntry ks = entry(read.where(s), s.id().value());
                return new Tour.Stop(s.id(), s.position(), ks.or("title", s.title()), s.date(), s.cables(), s.mapDate(),
                        s.mapPlaces(), ks.or("question", s.question()), ks.or("body", s.narrative()), s.checkpoint());
            }).toList();
            return new Tour(t.id(), k.or("title", t.title()), t.periodFrom(), t.periodTo(), k.or("summary", t.summary()), t.quiz(), stops);
        }).toList();
        List<Quiz> quizzes = read.quizzes().stream().map(located -> quiz(located.value(), entry(located, null))).toList();
        FrontLines map = frontLines(read.map());
        return new Corpus(origin, java.util.Locale.KOREAN, people, places, topics, cables, events, tours, map, quizzes,
                translations, passages);
    }

    private static Person person(Person p, KoreanEntry k) {
        List<Person.Role> roles = new ArrayList<>();
        for (int i = 0; i < p.roles().size(); i++) {
            Person.Role r = p.roles().get(i);
            roles.add(new Person.Role(k.or("roles." + i, r.title()), r.from(), r.to()));
        }
        List<Person.Codename> codenames = p.codenames().stream().map(c -> new Person.Codename(c.name(), c.from(), c.to(),
                k.or("codename_notes." + c.name(), c.note()))).toList();
        String name = k.or("name", p.name());
        Map<String, String> nativeNames = new LinkedHashMap<>(p.nativeNames());
        nativeNames.values().removeIf(name::equals); // the Korean name is now the name itself
        if (k.text("hanja") != null && !nativeNames.containsValue(k.text("hanja"))) {
            nativeNames.put("ko-Hani", k.text("hanja"));
        }
        List<String> variants = new ArrayList<>(englishToo(p.name(), name, p.variants()));
        // The surname a Korean text uses alone (이오시프 스탈린 → 스탈린), then the other Korean forms the
        // curators list (cover names such as 필리포프, older readings such as 모택동).
        if (p.kind() == Person.Kind.PERSON && name.contains(" ") && !name.equals(p.name())) {
            variants.add(name.substring(name.lastIndexOf(' ') + 1));
        }
        k.under("variants").values().forEach(variants::add);
        return new Person(p.id(), name, p.kind(), p.side(), nativeNames, p.born(), p.died(), roles, variants.stream().distinct().toList(),
                codenames, p.misspellings(), k.or("bio", p.bio()),
                k.list("notes", p.editorialNotes()));
    }

    private static Place place(Place p, KoreanEntry k) {
        String name = k.or("name", p.name());
        return new Place(p.id(), name, englishToo(p.name(), name, p.variants()), p.misspellings(), p.nativeNames(), p.lat(),
                p.lon(), p.kind(), p.country(), k.or("note", p.note()), k.list("notes", p.editorialNotes()));
    }

    /** The English name first among the variants, so that it is still found and still shown as another name. */
    private static List<String> englishToo(String english, String korean, List<String> variants) {
        return english.equals(korean) ? variants : Stream.concat(Stream.of(english), variants.stream()).toList();
    }

    private static Cable cable(Cable c, KoreanEntry k) {
        Account account = c.account() == null ? null
                : new Account(c.account().coverage(), k.or("coverage_note", c.account().coverageNote()), k.or("account", c.account().text()));
        return new Cable(c.id(), c.date(), k.or("date_note", c.dateNote()), c.type(), k.or("title", c.title()), c.from(), c.to(),
                c.via(), c.asWritten(), c.originalLanguage(), c.archiveRef(), c.documentNumber(), c.wilsonCenter(),
                c.secretDocuments(), k.or("summary", c.summary()), c.places(), c.topics(), c.inReplyTo(), c.inReplyToUnlisted(), c.related(), c.text(),
                c.textSource(), k.or("provenance", c.provenance()), k.list("notes", c.editorialNotes()), c.publishedRecord(),
                account, c.body());
    }

    private static Quiz quiz(Quiz quiz, KoreanEntry k) {
        List<Quiz.Question> questions = quiz.questions().stream().map(q -> {
            String p = "questions." + q.id().value() + ".";
            return new Quiz.Question(q.id(), q.type(), k.or(p + "prompt", q.prompt()), q.cable(), q.paragraph(),
                    k.or(p + "explanation", q.explanation()),
                    q.choices().stream().map(c -> new Quiz.Choice(c.id(), k.or(p + "choices." + c.id(), c.text()), c.correct())).toList(),
                    k.or(p + "statement", q.statement()), q.answer(),
                    q.items().stream().map(i -> new Quiz.Item(i.id(), k.or(p + "items." + i.id(), i.text()))).toList(),
                    q.pairs().stream().map(pair -> new Quiz.Pair(pair.id(), k.or(p + "pairs." + pair.id() + ".left", pair.left()),
                            k.or(p + "pairs." + pair.id() + ".right", pair.right()))).toList(),
                    q.date(), q.excerpt(), q.skill());
        }).toList();
        return new Quiz(quiz.id(), k.or("title", quiz.title()), quiz.tour(), k.or("intro", quiz.intro()), questions);
    }

    private FrontLines frontLines(ContentRead.MapData map) {
        if (map.keyPlaces() == null) {
            return map.frontLines();
        }
        KoreanEntry k = entry(map.keyPlaces(), null);
        FrontLines english = map.frontLines();
        List<FrontLines.State> states = english.states().stream().map(s -> {
            String p = "states." + s.id() + ".";
            List<FrontLines.Pocket> pockets = new ArrayList<>();
            for (int i = 0; i < s.pockets().size(); i++) {
                FrontLines.Pocket pocket = s.pockets().get(i);
                pockets.add(new FrontLines.Pocket(k.or(p + "pockets." + i, pocket.label()), pocket.lat(), pocket.lon(), pocket.radiusKm()));
            }
            return new FrontLines.State(s.id(), s.date(), k.or(p + "label", s.label()), s.line(), s.unClosure(), pockets, s.places(),
                    k.or(p + "description", s.description()), k.list(p + "sources", s.sources()), k.or(p + "accuracy", s.accuracy()));
        }).toList();
        return new FrontLines(english.keyPlaces(), english.events(), states, english.basemapGeoJson(), english.riversGeoJson());
    }
}
