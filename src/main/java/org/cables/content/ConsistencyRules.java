package org.cables.content;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules across files, for the kinds of error the historian's audit found copied from the seeds:
 * the same event dated differently in two places, a map marker in another country than the
 * event it marks, and a quotation whose Source line does not match the document it is filed under.
 */
final class ConsistencyRules {

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    /** A day and month, with the year when given: groups 1 (day), 2 (month), 3 (year or null). */
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTHS + "(?:,? (\\d{4}))?\\b");
    private static final Pattern BOOK_NUMBER = Pattern.compile("#(\\d{3})\\b");
    /** Words of an event's title that say nothing about which event it is. */
    private static final Set<String> GENERIC = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "with", "from",
            "by", "as", "its", "his", "their", "un", "forces", "troops", "again", "first", "second", "third", "new", "begins",
            "begin", "is", "are", "be", "into", "across", "over", "after", "before", "s", "about", "up", "out");
    /** How far apart two dates may be and still be read as one event misdated (not a later event of the same kind). */
    private static final int NEAR_DAYS = 10;

    private final ContentRead read;
    private final ContentProblems problems;

    ConsistencyRules(ContentRead read, ContentProblems problems) {
        this.read = read;
        this.problems = problems;
    }

    void check() {
        sameEventSameDate();
        mapMarkersInTheirCountry();
        sourceLinesMatchTheirDocument();
    }

    /** A visitor-facing text and where it is. */
    private record Text(Located<?> where, String field, String text) {
    }

    private List<Text> visitorTexts() {
        List<Text> texts = new ArrayList<>();
        read.events().forEach(e -> texts.add(new Text(e, "text", e.value().title() + ". " + e.value().text())));
        // Accounts are left out: they report what a document says, and a document may itself misdate.
        read.cables().forEach(c -> texts.add(new Text(c, "summary", c.value().summary())));
        read.stops().forEach(s -> texts.add(new Text(s, "narrative", s.value().title() + ". " + s.value().narrative())));
        read.questions().forEach(q -> {
            Quiz.Question v = q.value();
            StringBuilder all = new StringBuilder();
            for (String part : new String[] {v.prompt(), v.statement(), v.explanation()}) {
                if (part != null) {
                    all.append(part).append(' ');
                }
            }
            v.choices().forEach(ch -> all.append(ch.text()).append(". "));
            texts.add(new Text(q, "explanation", all.toString()));
        });
        read.map().states().forEach(s -> texts.add(new Text(s, "description", s.value().label() + ". " + s.value().description())));
        return texts;
    }

    /**
     * A chronology event as sentences name it.
     *
     * @param stems     the distinctive words of its title (no people's names): a sentence naming the event has them all
     * @param described the distinctive words of its title and text
     */
    private record Signature(Located<ChronologyEvent> event, LocalDate day, List<String> stems, Set<String> described) {
    }

    /**
     * An event the chronology dates to one day must not be dated to a nearby other day elsewhere: a
     * sentence with one date that names the event (every distinctive word of its title) must give its day.
     */
    private void sameEventSameDate() {
        Set<String> names = new HashSet<>();
        read.people().forEach(p -> {
            names.addAll(stems(p.value().name()));
            p.value().variants().forEach(v -> names.addAll(stems(v)));
        });
        List<Signature> signatures = new ArrayList<>();
        for (Located<ChronologyEvent> e : read.events()) {
            ExhibitDate date = e.value().date();
            if (date.day() == null) {
                continue;
            }
            // People's names occur in sentences about many events: an event is known by what happened and where.
            List<String> stems = new ArrayList<>(stems(e.value().title()));
            stems.removeAll(names);
            if (stems.size() >= 2) {
                Set<String> described = new HashSet<>(stems(e.value().title() + " " + e.value().text()));
                described.removeAll(names);
                signatures.add(new Signature(e, date.start(), stems, described));
            }
        }
        for (Text text : visitorTexts()) {
            for (String sentence : text.text().split("(?<=[.;:!?])\\s+")) {
                Matcher m = DATE.matcher(sentence);
                List<MatchResult> dates = m.results().toList();
                if (dates.size() != 1 || DOCUMENT_DATE.matcher(sentence).find()) {
                    continue; // two dates, or the date of a document ("Mao's telegram of 18 October"), not of the event
                }
                if (RELATIVE_DAY.matcher(sentence).find()) {
                    continue; // "the next day": the sentence's one date is not the only day it speaks of
                }
                Set<String> words = new HashSet<>(stems(sentence));
                MatchResult said = dates.getFirst();
                for (Signature s : signatures) {
                    if (s.event() == text.where() || !words.containsAll(s.stems())) {
                        continue;
                    }
                    LocalDate day = day(said, s.day().getYear());
                    if (day == null) {
                        continue;
                    }
                    long apart = Math.abs(ChronoUnit.DAYS.between(day, s.day()));
                    if (apart > 0 && apart <= NEAR_DAYS && !aboutAnotherEventThatDay(day, s, words, signatures)) {
                        problems.add(text.where().file(), text.where().line(text.field()), "'" + sentence.strip()
                                        + "' dates '" + s.event().value().title() + "' to " + day + "; the chronology ("
                                        + s.event().value().id() + ") gives " + s.day(),
                                "give the same date in both files; if the chronology is wrong, correct it with an editorial note");
                    }
                }
            }
        }
    }

    /** The day a {@link #DATE} match gives, in {@code year} when it names none; null when no such day exists. */
    private static LocalDate day(MatchResult date, int year) {
        try {
            return LocalDate.of(date.group(3) == null ? year : Integer.parseInt(date.group(3)),
                    Month.valueOf(date.group(2).toUpperCase(Locale.ROOT)), Integer.parseInt(date.group(1)));
        } catch (java.time.DateTimeException invalid) {
            return null;
        }
    }

    /** A date given as a document's: "of 18 October", "dated 18 October". */
    private static final Pattern DOCUMENT_DATE = Pattern.compile("\\b(of|dated) \\d{1,2}(st|nd|rd|th)? " + MONTHS);

    /** Words that date something relative to the date given: the sentence then speaks of more than one day. */
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)\\b(next|following|previous|same) (day|night|morning|evening)"
            + "|\\bday (before|after|later)|\\bdays (before|after|later|earlier)|\\b(a|one|two|three) days?\\b");

    /** Whether the sentence is about another event of the chronology dated to the day it gives. */
    private static boolean aboutAnotherEventThatDay(LocalDate day, Signature matched, Set<String> words, List<Signature> all) {
        return all.stream().anyMatch(other -> other != matched && other.day().equals(day)
                && other.described().stream().filter(words::contains).count() >= 2);
    }

    /** The distinctive words of a text, cut to their first five letters so that retake and retaken agree. */
    static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < 3 || GENERIC.contains(word) || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            String stem = word.length() > 5 ? word.substring(0, 5) : word;
            if (!stems.contains(stem)) {
                stems.add(stem);
            }
        }
        return stems;
    }

    /** A marker on the map stands where its event happened: in a country of one of the event's places. */
    private void mapMarkersInTheirCountry() {
        Map<PlaceId, Place> places = read.places().stream().map(Located::value)
                .collect(Collectors.toMap(Place::id, Function.identity(), (a, b) -> a));
        Map<EventId, ChronologyEvent> events = read.events().stream().map(Located::value)
                .collect(Collectors.toMap(ChronologyEvent::id, Function.identity(), (a, b) -> a));
        for (Located<FrontLines.MapEvent> marker : read.map().events()) {
            ChronologyEvent event = events.get(marker.value().event());
            Place at = places.get(marker.value().place());
            if (event == null || at == null || at.country() == null) {
                continue;
            }
            Set<String> countries = new HashSet<>();
            for (PlaceId id : event.places()) {
                Place p = places.get(id);
                if (p != null && p.country() != null) {
                    countries.addAll(countries(p.country()));
                }
            }
            if (!countries.isEmpty() && countries(at.country()).stream().noneMatch(countries::contains)) {
                problems.add(marker.file(), marker.line("place"), "The marker for '" + event.title() + "' stands at "
                                + at.name() + " (" + at.country() + "), but the event happened in " + String.join(" or ", countries.stream().sorted().toList()),
                        "put the marker at one of the event's places: " + event.places().stream().map(PlaceId::value).collect(Collectors.joining(", ")));
            }
        }
    }

    private static List<String> countries(String country) {
        return List.of(country.split(" and "));
    }

    /**
     * A quotation's Source line names the document it comes from: when it gives dates, one of them is the
     * document's own; when it cites The Korean War in Secret Documents by number, that is the document's number.
     */
    private void sourceLinesMatchTheirDocument() {
        for (Located<Cable> located : read.cables()) {
            Cable c = located.value();
            if (c.text() != Cable.TextKind.EXCERPTS) {
                continue;
            }
            for (String source : ExhibitMarkdown.sourceLines(c.body())) {
                String own = source.split("as quoted|as excerpted|quoted in|in the article")[0];
                if (c.date().day() != null) {
                    // only dates with their year: "of 14 January" inside a Source line may be another document's
                    List<MatchResult> dated = DATE.matcher(own).results().filter(d -> d.group(3) != null).toList();
                    boolean ownDate = dated.stream().anyMatch(d -> c.date().start().equals(day(d, 0)));
                    if (!dated.isEmpty() && !ownDate) {
                        problems.add(located.file(), located.line("body"), "The Source line '" + shorten(source)
                                        + "' does not give the document's date, " + c.date(),
                                "check the Source line against the seed that quotes the passage, or the document's date");
                    }
                }
                Matcher book = BOOK_NUMBER.matcher(source);
                List<Integer> cited = new ArrayList<>();
                while (book.find()) {
                    cited.add(Integer.parseInt(book.group(1)));
                }
                if (!cited.isEmpty() && c.secretDocuments() != null && !cited.contains(c.secretDocuments())) {
                    problems.add(located.file(), located.line("body"), "The Source line cites document #" + String.format("%03d", cited.getFirst())
                                    + " of The Korean War in Secret Documents, but this is #" + String.format("%03d", c.secretDocuments()),
                            "check the number against the book's index and correct the Source line or collections.secret_documents");
                }
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "…";
    }
}
