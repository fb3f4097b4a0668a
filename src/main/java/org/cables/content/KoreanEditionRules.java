package org.cables.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The rules of the Korean edition (decision 38). When the content has a Korean edition (a
 * {@code ko/} folder), it must be complete: every text a visitor reads in English has its Korean
 * counterpart, or the curators said it stays in English ({@code keep_english}); every Korean text
 * translates something that exists; every highlighted or quizzed passage has our Korean
 * translation; names follow the glossary; and no Korean text uses a form the glossary avoids.
 */
final class KoreanEditionRules {

    /** Korean fields that translate no English field of their own. */
    private static final Set<String> KOREAN_ONLY = Set.of("hanja");
    /** Korean-only lists: other Korean forms of a name, found by search (cover names, short forms). */
    private static final String VARIANTS = "variants.";

    private final ContentFiles files;
    private final ContentRead read;
    private final KoreanEdition korean;
    private final ContentProblems problems;

    KoreanEditionRules(ContentFiles files, ContentRead read, KoreanEdition korean, ContentProblems problems) {
        this.files = files;
        this.read = read;
        this.korean = korean;
        this.problems = problems;
    }

    void check() {
        if (korean.entries().isEmpty() && korean.glossary() == null) {
            return; // an English-only content folder (the test fixtures); the exhibit's content has both
        }
        Set<String> translated = new java.util.HashSet<>();
        eachEnglish((english, texts) -> {
            String id = String.valueOf(english.id());
            translated.add(KoreanEdition.key(english.located().file(), KoreanEdition.isListFile(english.located().file()) ? id : null));
            KoreanEntry entry = korean.of(english.located(), id).orElse(null);
            String where = KoreanEdition.FOLDER + english.located().file();
            texts.forEach((field, text) -> {
                if (text == null || text.isBlank() || (entry != null && (entry.text(field) != null || entry.keepsEnglish(field)))) {
                    return;
                }
                problems.add(english.located().file(), english.located().line(topField(field)),
                        "No Korean for the " + field + " of " + english.kind() + " '" + id + "'",
                        "translate it in " + where + (KoreanEdition.isListFile(english.located().file()) ? " (entry '- id: " + id + "')" : "")
                                + " as '" + field + "', or list the field under keep_english if it is better left in English");
            });
            if (entry != null) {
                for (String field : entry.texts().keySet()) {
                    if (!texts.containsKey(field) && !KOREAN_ONLY.contains(field) && !field.startsWith("passages.")
                            && !(field.startsWith(VARIANTS) && english.kind().equals("person"))) {
                        problems.add(entry.file(), entry.line(field), "'" + field + "' translates nothing: " + english.kind() + " '"
                                + id + "' has no such English text", "remove it, or correct the field name to one of " + texts.keySet());
                    }
                }
            }
        });
        korean.entries().forEach((key, entry) -> {
            if (!translated.contains(key) && !readWithProblems(key)) {
                problems.add(entry.file(), entry.line(), "Korean texts for something the content does not have ("
                        + key.replace("#", ", id ") + ")", "check the file name or id against the English content, or remove the entry");
            }
        });
        passages();
        glossary();
        quotationsInStories();
    }

    /** An English quotation inside a Korean sentence: "…" or “…” holding Latin letters, and what follows it. */
    private static final java.util.regex.Pattern ENGLISH_QUOTATION =
            java.util.regex.Pattern.compile("[\"“]([^\"”\\n]*\\p{IsLatin}[^\"”\\n]*)[\"”](\\s*\\(\\p{IsHangul})?");

    /**
     * In the tours and quizzes, where quoted words are part of the story a visitor reads, English
     * words quoted inside a Korean text carry our Korean right after them in brackets:
     * "volunteer actions"(의용군 행동). A name quoted as written needs none ("Filippov").
     */
    private void quotationsInStories() {
        for (KoreanEntry entry : korean.entries().values()) {
            if (!entry.file().startsWith(KoreanEdition.FOLDER + "tours/") && !entry.file().startsWith(KoreanEdition.FOLDER + "quizzes/")) {
                continue;
            }
            entry.texts().forEach((field, text) -> {
                if (field.startsWith("passages.")) {
                    return;
                }
                java.util.regex.Matcher m = ENGLISH_QUOTATION.matcher(text.replaceAll("\\s*\\n\\s*", " "));
                while (m.find()) {
                    boolean english = m.group(1).codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
                    if (english && m.group(2) == null && !isName(m.group(1))) {
                        problems.add(entry.file(), entry.line(field), "The English words \"" + abbreviate(m.group(1))
                                        + "\" quoted in the " + field + " have no Korean beside them",
                                "add our Korean right after the quotation, in brackets: \"" + abbreviate(m.group(1)) + "\"(…)");
                    }
                }
            });
        }
    }

    /** A name as written (up to three words, each capitalised): quoted as the source spells it, not translated. */
    static boolean isName(String quoted) {
        String[] words = quoted.strip().split("\\s+");
        return words.length <= 3 && java.util.Arrays.stream(words).allMatch(w -> !Character.isLetter(w.charAt(0)) || Character.isUpperCase(w.charAt(0)));
    }

    /**
     * Whether the English entry a Korean one translates exists but could not be read: its own
     * problems are reported, and the Korean entry is not reported again as translating nothing.
     */
    private boolean readWithProblems(String key) {
        int hash = key.indexOf('#');
        String file = hash < 0 ? key : key.substring(0, hash);
        if (files.file(file).isEmpty()) {
            return false;
        }
        if (hash < 0) {
            return true;
        }
        String kind = switch (file) {
            case PeoplePlacesTopicsReader.PEOPLE -> "person";
            case PeoplePlacesTopicsReader.PLACES -> "place";
            case PeoplePlacesTopicsReader.TOPICS -> "topic";
            default -> "event";
        };
        return read.seen(kind, key.substring(hash + 1));
    }

    /** The top-level field of a flattened key, for the English line number. */
    private static String topField(String key) {
        int dot = key.indexOf('.');
        String top = dot < 0 ? key : key.substring(0, dot);
        return switch (top) {
            case "notes" -> "editorial_notes";
            case "codename_notes" -> "codenames";
            case "coverage_note" -> "account";
            default -> top;
        };
    }

    /** One English entry, what kind it is for messages, and its texts by key. */
    private record English(Located<?> located, String kind, Object id) {
    }

    private void eachEnglish(BiConsumer<English, Map<String, String>> visit) {
        for (Located<Person> p : read.people()) {
            Person person = p.value();
            Map<String, String> t = texts();
            t.put("name", person.name());
            list(t, "roles", person.roles().stream().map(Person.Role::title).toList());
            t.put("bio", person.bio());
            list(t, "notes", person.editorialNotes());
            person.codenames().forEach(c -> t.put("codename_notes." + c.name(), c.note()));
            visit.accept(new English(p, "person", person.id().value()), t);
        }
        for (Located<Place> p : read.places()) {
            Map<String, String> t = texts();
            t.put("name", p.value().name());
            t.put("note", p.value().note());
            list(t, "notes", p.value().editorialNotes());
            visit.accept(new English(p, "place", p.value().id().value()), t);
        }
        for (Located<Topic> p : read.topics()) {
            Map<String, String> t = texts();
            t.put("name", p.value().name());
            t.put("description", p.value().description());
            visit.accept(new English(p, "topic", p.value().id().value()), t);
        }
        for (Located<ChronologyEvent> e : read.events()) {
            Map<String, String> t = texts();
            t.put("title", e.value().title());
            t.put("text", e.value().text());
            list(t, "notes", e.value().editorialNotes());
            visit.accept(new English(e, "event", e.value().id().value()), t);
        }
        for (Located<Cable> c : read.cables()) {
            visit.accept(new English(c, "document", c.value().id().value()), cableTexts(c.value()));
        }
        for (Located<Tour> tour : read.tours()) {
            Map<String, String> t = texts();
            t.put("title", tour.value().title());
            t.put("summary", tour.value().summary());
            visit.accept(new English(tour, "tour", tour.value().id().value()), t);
        }
        for (Located<Tour.Stop> s : read.stops()) {
            Map<String, String> t = texts();
            t.put("title", s.value().title());
            t.put("question", s.value().question());
            t.put("body", s.value().narrative());
            visit.accept(new English(s, "tour stop", s.value().id().value()), t);
        }
        for (Located<Quiz> q : read.quizzes()) {
            visit.accept(new English(q, "quiz", q.value().id().value()), quizTexts(q.value()));
        }
        ContentRead.MapData map = read.map();
        if (map.keyPlaces() != null) {
            Map<String, String> t = texts();
            for (FrontLines.State state : map.frontLines().states()) {
                String s = "states." + state.id() + ".";
                t.put(s + "label", state.label());
                t.put(s + "description", state.description());
                t.put(s + "accuracy", state.accuracy());
                list(t, s + "sources", state.sources());
                list(t, s + "pockets", state.pockets().stream().map(FrontLines.Pocket::label).toList());
            }
            visit.accept(new English(map.keyPlaces(), "the map", MapReader.FRONT_LINES), t);
        }
    }

    static Map<String, String> cableTexts(Cable cable) {
        Map<String, String> t = texts();
        t.put("title", cable.title());
        t.put("summary", cable.summary());
        t.put("date_note", cable.dateNote());
        list(t, "notes", cable.editorialNotes());
        t.put("provenance", cable.provenance());
        if (cable.account() != null) {
            t.put("account", cable.account().text());
            t.put("coverage_note", cable.account().coverageNote());
        }
        if (cable.text() != Cable.TextKind.NONE) {
            t.put("body", cable.body());
        }
        return t;
    }

    static Map<String, String> quizTexts(Quiz quiz) {
        Map<String, String> t = texts();
        t.put("title", quiz.title());
        t.put("intro", quiz.intro());
        for (Quiz.Question q : quiz.questions()) {
            String p = "questions." + q.id().value() + ".";
            t.put(p + "prompt", q.prompt());
            t.put(p + "explanation", q.explanation());
            t.put(p + "statement", q.statement());
            q.choices().forEach(c -> t.put(p + "choices." + c.id(), c.text()));
            q.items().forEach(i -> t.put(p + "items." + i.id(), i.text()));
            q.pairs().forEach(pair -> {
                t.put(p + "pairs." + pair.id() + ".left", pair.left());
                t.put(p + "pairs." + pair.id() + ".right", pair.right());
            });
        }
        return t;
    }

    private static Map<String, String> texts() {
        return new LinkedHashMap<>();
    }

    private static void list(Map<String, String> texts, String key, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            texts.put(key + "." + i, values.get(i));
        }
    }

    /** Every passage a tour highlights or a quiz quotes has our Korean translation with its document. */
    private void passages() {
        for (Located<Tour.Stop> stop : read.stops()) {
            for (Tour.CitedCable cited : stop.value().cables()) {
                if (cited.highlight() != null) {
                    needPassage(cited.cable(), cited.highlight(), stop.file(), stop.line("cables"));
                }
            }
        }
        for (Located<Quiz.Question> q : read.questions()) {
            if (q.value().excerpt() != null && q.value().cable() != null) {
                needPassage(q.value().cable(), q.value().excerpt(), q.file(), q.line("excerpt"));
            }
        }
        for (Located<Cable> c : read.cables()) {
            KoreanEntry entry = korean.entries().get(KoreanEdition.key(c.file(), null));
            if (entry == null) {
                continue;
            }
            passagesOf(entry).forEach((english, line) -> {
                if (!c.value().quotes(english)) {
                    problems.add(entry.file(), line, "The passage \"" + abbreviate(english) + "\" is not in the document's English text",
                            "copy the English passage exactly as it stands in " + c.file());
                }
            });
        }
    }

    private void needPassage(CableId cable, String english, String file, int line) {
        KoreanEntry entry = korean.entries().get(KoreanEdition.key("cables/" + cable.value() + ".md", null));
        if (entry == null || passagesOf(entry).keySet().stream().noneMatch(e -> same(e, english))) {
            problems.add(file, line, "No Korean translation of the quoted passage \"" + abbreviate(english) + "\" from " + cable.value(),
                    "add it to " + KoreanEdition.FOLDER + "cables/" + cable.value() + ".md under passages: (- en: the passage, ko: our translation)");
        }
    }

    /** A Korean entry's passages: the English passage and the line of its entry. */
    static Map<String, Integer> passagesOf(KoreanEntry entry) {
        Map<String, Integer> result = new LinkedHashMap<>();
        entry.under("passages").forEach((k, v) -> {
            if (k.endsWith(".en")) {
                result.put(v, entry.line("passages." + k));
            }
        });
        return result;
    }

    static boolean same(String a, String b) {
        return Cable.normalise(a).equals(Cable.normalise(b));
    }

    private static String abbreviate(String text) {
        String one = Cable.normalise(text);
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }

    /** Names as the glossary gives them; no Korean text with a form the glossary avoids. */
    private void glossary() {
        KoreanEdition.Glossary glossary = korean.glossary();
        if (glossary == null) {
            return;
        }
        checkName(read.people(), "person", p -> p.id().value(), "people.yaml");
        checkName(read.places(), "place", p -> p.id().value(), "places.yaml");
        checkName(read.topics(), "topic", p -> p.id().value(), "topics.yaml");
        List<String[]> avoided = new ArrayList<>(); // form, the exhibit's rendering
        glossary.terms().forEach(t -> t.avoid().forEach(a -> avoided.add(new String[] {a, t.korean()})));
        glossary.names().values().forEach(n -> n.avoid().forEach(a -> avoided.add(new String[] {a, n.korean()})));
        for (KoreanEntry entry : korean.entries().values()) {
            entry.texts().forEach((field, text) -> {
                if (field.startsWith("passages.") && field.endsWith(".en") || field.startsWith(VARIANTS)) {
                    return;
                }
                for (String[] avoid : avoided) {
                    if (usesAvoided(text, avoid[0])) {
                        problems.add(entry.file(), entry.line(field), "'" + avoid[0] + "' in the " + field
                                        + " is not the exhibit's form (glossary.yaml)", "write '" + avoid[1] + "'");
                    }
                }
            });
        }
    }

    /**
     * Whether the text uses a form the glossary avoids. A note may cite a source's misspelling as
     * written: in quotation marks ("모안영(Mo An-yeong)"), or as the Korean reading in brackets right
     * after the quoted original ("Mao Dong"(마오둥)).
     */
    static boolean usesAvoided(String text, String form) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            boolean quoted = at >= 1 && "\"“'‘「『".indexOf(text.charAt(at - 1)) >= 0;
            String before = text.substring(0, at).stripTrailing();
            String beforeBracket = before.endsWith("(") ? before.substring(0, before.length() - 1).stripTrailing() : "";
            boolean bracketed = !beforeBracket.isEmpty() && "\"”'’」』".indexOf(beforeBracket.charAt(beforeBracket.length() - 1)) >= 0;
            boolean cited = quoted || bracketed;
            if (!cited) {
                return true;
            }
        }
        return false;
    }

    private <T> void checkName(List<Located<T>> entries, String kind, java.util.function.Function<T, String> id, String file) {
        for (Located<T> located : entries) {
            String entryId = id.apply(located.value());
            KoreanEdition.Glossary.Name name = korean.glossary().names().get(kind + ":" + entryId);
            if (name == null) {
                problems.add(KoreanEdition.GLOSSARY, 0, "The glossary has no Korean name for the " + kind + " '" + entryId + "'",
                        "add '- id: " + entryId + "' with its Korean form (ko:) to the glossary");
                continue;
            }
            KoreanEntry entry = korean.entries().get(KoreanEdition.key(file, entryId));
            if (entry != null && entry.text("name") != null && !entry.text("name").equals(name.korean())) {
                problems.add(entry.file(), entry.line("name"), "The Korean name '" + entry.text("name") + "' of the " + kind + " '"
                        + entryId + "' is not the glossary's '" + name.korean() + "'", "write '" + name.korean()
                        + "', or change the glossary if it is wrong there");
            }
        }
    }
}
