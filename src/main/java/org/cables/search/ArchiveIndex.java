package org.cables.search;

import static org.jsoup.nodes.Entities.escape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.cables.content.Cable;
import org.cables.content.ChronologyEvent;
import org.cables.content.Corpus;
import org.cables.content.ExhibitDate;
import org.cables.content.ExhibitMarkdown;
import org.cables.content.Person;
import org.cables.content.PersonId;
import org.cables.content.Place;
import org.cables.content.PlaceId;

/**
 * An in-memory Lucene index over the cables, people, places and chronology of one corpus.
 * It knows every spelling and cover name of every person, so that "Filippov", "Feng Xi" or
 * "Shtikov" find the documents of the person behind them. It is longer than our other classes
 * on purpose: the fields of its documents, the parsing of a visitor's words into names and
 * terms, and the highlighting of what matched are one schema, and they change together.
 */
public final class ArchiveIndex {

    /** How results are ordered. */
    public enum Order { RELEVANCE, DATE_ASCENDING, DATE_DESCENDING }

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String NAMES = "names";
    static final String PERSON = "person";
    static final String PLACE = "place";
    static final String TYPE = "type";
    static final String TOPIC = "topic";
    static final String DATE = "date";
    static final String DATE_START = "date_start";
    static final String DATE_END = "date_end";
    static final String SORT_DATE = "sort_date";
    static final String SENDER = "sender";
    static final String RECIPIENT = "recipient";
    static final String TOUR = "tour";
    static final String HAS_TEXT = "has_text";
    /** People and places whose names occur in an entry's text, found at index time. */
    static final String MENTIONS = "mentions";

    /** Archive references, document and collection numbers: "APRF", "16008", "117409". */
    static final String REFERENCES = "references";
    /** In the Korean index: the English texts of the entry, so that English words find it there too. */
    static final String ENGLISH = "english";
    private static final Map<String, Float> TEXT_FIELDS = Map.of(TITLE, 3f, SUMMARY, 2f, BODY, 1f, NAMES, 1.5f, REFERENCES, 2f,
            ENGLISH, 0.5f);
    private static final int SNIPPET_CHARS = 220;
    /** The fields snippets are made from. */
    private static final Map<String, Float> SNIPPET_FIELDS = Map.of(SUMMARY, 1f, BODY, 1f);

    /**
     * The texts snippets come from: stored, and indexed with each word's place in the text, so
     * that the highlighter reads where the words are from the index instead of analysing every
     * text of the page again (Nori's Korean analysis made that most of a Korean search's time).
     */
    private static final FieldType SNIPPET_TEXT = snippetText();

    private static FieldType snippetText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private final Analyzer analyzer;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;
    /**
     * What a hit shows, by the index's document number: read once from the stored fields after the
     * index is written, so that a search reads no stored field (decompressing them was a quarter of
     * a search's time) and the highlighter takes its texts from here.
     */
    private final Entry[] entries;
    /** Normalised alias → the people it names. */
    private final Map<String, Set<PersonId>> personAliases = new HashMap<>();
    /** Normalised alias → the places it names. */
    private final Map<String, Set<PlaceId>> placeAliases = new HashMap<>();
    /** All aliases, longest first, for matching inside a query. */
    private final List<String> aliasesLongestFirst;
    /**
     * The aliases by their first word, each list longest first: a text can only hold the aliases
     * whose first word is one of its words, so parsing looks at those and not at all thousand.
     */
    private final Map<String, List<String>> aliasesByFirstWord = new HashMap<>();
    /** Each alias's place in {@link #aliasesLongestFirst}. */
    private final Map<String, Integer> aliasRank = new HashMap<>();
    private final Map<PersonId, List<String>> namesOfPerson = new HashMap<>();

    /** The index of the English corpus. */
    public static ArchiveIndex build(Corpus corpus) {
        return new ArchiveIndex(corpus, null);
    }

    /**
     * The index of a translated corpus (the Korean edition), which also holds each entry's English
     * texts so that English words still find it.
     */
    public static ArchiveIndex build(Corpus corpus, Corpus english) {
        return new ArchiveIndex(corpus, english);
    }

    /**
     * The analyzer for a language. Korean goes through Nori, Lucene's Korean morphological
     * analyzer: words are split into their parts, particles and endings dropped (스탈린은,
     * 스탈린의 and 스탈린에게 all find 스탈린), Hanja read in Hangul. Latin words in Korean
     * texts are kept, lower-cased and folded as in English.
     */
    static Analyzer analyzer(Locale language) throws IOException {
        if ("ko".equals(language.getLanguage())) {
            return CustomAnalyzer.builder()
                    .withTokenizer("korean", "decompoundMode", "discard", "outputUnknownUnigrams", "false")
                    .addTokenFilter("koreanPartOfSpeechStop")
                    .addTokenFilter("koreanReadingForm")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .build();
        }
        return CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .build();
    }

    private ArchiveIndex(Corpus corpus, Corpus english) {
        try {
            analyzer = analyzer(corpus.language());
            // Each file as one buffer: the default (many small buffers) made every clone of an input,
            // and the highlighter clones them for every hit, copy a list of hundreds of buffers.
            directory = new ByteBuffersDirectory(new org.apache.lucene.store.SingleInstanceLockFactory(),
                    org.apache.lucene.store.ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            for (Person person : corpus.people()) {
                List<String> names = person.allNames().toList();
                namesOfPerson.put(person.id(), names);
                names.forEach(n -> personAliases.computeIfAbsent(normalise(n), k -> new HashSet<>()).add(person.id()));
            }
            for (Place place : corpus.places()) {
                place.allNames().forEach(n -> placeAliases.computeIfAbsent(normalise(n), k -> new HashSet<>()).add(place.id()));
            }
            personAliases.remove("");
            placeAliases.remove("");
            aliasesLongestFirst = Stream.concat(personAliases.keySet().stream(), placeAliases.keySet().stream())
                    .distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .toList();
            for (String alias : aliasesLongestFirst) {
                aliasRank.put(alias, aliasRank.size());
                aliasesByFirstWord.computeIfAbsent(firstWord(alias), k -> new ArrayList<>()).add(alias);
            }
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Person person : corpus.people()) {
                    writer.addDocument(personDocument(person));
                }
                for (Place place : corpus.places()) {
                    writer.addDocument(placeDocument(place));
                }
                for (Cable cable : corpus.cables()) {
                    Document doc = cableDocument(cable, corpus);
                    if (english != null) {
                        english.cable(cable.id()).ifPresent(e -> doc.add(new TextField(ENGLISH, String.join("\n\n",
                                e.title(), e.summary(), ExhibitMarkdown.plainText(e.body()),
                                e.account() == null ? "" : e.account().text()), Field.Store.NO)));
                    }
                    writer.addDocument(doc);
                }
                for (ChronologyEvent event : corpus.events()) {
                    Document doc = eventDocument(event, corpus);
                    if (english != null) {
                        english.event(event.id()).ifPresent(e -> doc.add(new TextField(ENGLISH, e.title() + "\n\n" + e.text(),
                                Field.Store.NO)));
                    }
                    writer.addDocument(doc);
                }
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            entries = readEntries(searcher);
            highlighter = new TextsInMemoryHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                    .withMaxLength(200_000).withWeightMatches(false), entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return reader.numDocs();
    }

    /** What a hit shows and the texts its snippet comes from. */
    private record Entry(SearchHit.Kind kind, String id, String title, ExhibitDate date, String summary, String body) {

        String text(String field) {
            return SUMMARY.equals(field) ? summary : BODY.equals(field) ? body : null;
        }
    }

    private static Entry[] readEntries(IndexSearcher searcher) throws IOException {
        Map<String, ExhibitDate> dates = new HashMap<>(); // a few hundred different dates, parsed once
        Entry[] entries = new Entry[searcher.getIndexReader().maxDoc()];
        var stored = searcher.storedFields();
        for (int doc = 0; doc < entries.length; doc++) {
            Document fields = stored.document(doc);
            String date = fields.get(DATE);
            entries[doc] = new Entry(SearchHit.Kind.valueOf(fields.get(KIND)), fields.get(ID), fields.get(TITLE),
                    date == null ? null : dates.computeIfAbsent(date, d -> ExhibitDate.parse(d).orElse(null)),
                    fields.get(SUMMARY), fields.get(BODY));
        }
        return entries;
    }

    /** Lucene's highlighter, given the texts of the hits from {@link #entries} instead of the stored fields. */
    private static final class TextsInMemoryHighlighter extends UnifiedHighlighter {

        private final Entry[] entries;

        TextsInMemoryHighlighter(UnifiedHighlighter.Builder builder, Entry[] entries) {
            super(builder);
            this.entries = entries;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docs,
                                                       int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] texts = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String text = entries[doc].text(fields[i]);
                    texts[i] = text == null ? "" : text;
                }
                values.add(texts);
            }
            return values;
        }
    }

    // ---- Documents ------------------------------------------------------------------------

    /** Marks every person and place named in the texts (longest name first, so "Kim Il Sung" is not "Kim Il"). */
    private void addMentions(Document doc, String... texts) {
        Set<String> mentioned = new HashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Parsed parsed = parse(text);
            parsed.people().values().forEach(ids -> ids.forEach(id -> mentioned.add("person:" + id.value())));
            parsed.places().values().forEach(ids -> ids.forEach(id -> mentioned.add("place:" + id.value())));
        }
        mentioned.forEach(m -> doc.add(new StringField(MENTIONS, m, Field.Store.NO)));
    }

    private static Document base(SearchHit.Kind kind, String id, String title) {
        Document doc = new Document();
        doc.add(new StringField(KEY, kind + ":" + id, Field.Store.NO));
        doc.add(new StringField(KIND, kind.name(), Field.Store.YES));
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new TextField(TITLE, title, Field.Store.YES));
        return doc;
    }

    private static void addDate(Document doc, ExhibitDate date) {
        doc.add(new StoredField(DATE, date.toString()));
        doc.add(new IntPoint(DATE_START, (int) date.start().toEpochDay()));
        doc.add(new IntPoint(DATE_END, (int) date.end().toEpochDay()));
        doc.add(new NumericDocValuesField(SORT_DATE, date.start().toEpochDay()));
    }

    private Document personDocument(Person person) {
        Document doc = base(SearchHit.Kind.PERSON, person.id().value(), person.name());
        doc.add(new Field(SUMMARY, person.bio(), SNIPPET_TEXT));
        doc.add(new TextField(NAMES, String.join(" · ", person.allNames().toList()), Field.Store.YES));
        doc.add(new StringField(PERSON, person.id().value(), Field.Store.NO));
        addMentions(doc, person.bio());
        doc.add(new NumericDocValuesField(SORT_DATE, Long.MAX_VALUE));
        return doc;
    }

    private Document placeDocument(Place place) {
        Document doc = base(SearchHit.Kind.PLACE, place.id().value(), place.name());
        doc.add(new Field(SUMMARY, place.note() == null ? "" : place.note(), SNIPPET_TEXT));
        doc.add(new TextField(NAMES, String.join(" · ", place.allNames().toList()), Field.Store.YES));
        doc.add(new StringField(PLACE, place.id().value(), Field.Store.NO));
        addMentions(doc, place.note());
        doc.add(new NumericDocValuesField(SORT_DATE, Long.MAX_VALUE));
        return doc;
    }

    private Document cableDocument(Cable cable, Corpus corpus) {
        Document doc = base(SearchHit.Kind.CABLE, cable.id().value(), cable.title());
        addDate(doc, cable.date());
        // A translated corpus holds our translation of the quoted words; the English is in the English field.
        String body = ExhibitMarkdown.plainText(corpus.ourTranslation(cable.id()).orElse(cable.body()));
        if (cable.account() != null) {
            body = (body + "\n\n" + cable.account().text()).strip();
        }
        doc.add(new Field(SUMMARY, cable.summary(), SNIPPET_TEXT));
        doc.add(new Field(BODY, body, SNIPPET_TEXT));
        addMentions(doc, cable.title(), cable.summary(), body);
        List<String> names = new ArrayList<>();
        for (PersonId id : cable.correspondents()) {
            doc.add(new StringField(PERSON, id.value(), Field.Store.NO));
            corpus.person(id).ifPresent(p -> names.addAll(p.allNames().toList()));
        }
        cable.asWritten().forEach(w -> names.add(w.name()));
        for (PlaceId id : cable.places()) {
            doc.add(new StringField(PLACE, id.value(), Field.Store.NO));
        }
        doc.add(new TextField(NAMES, String.join(" · ", names), Field.Store.NO));
        List<String> references = new ArrayList<>();
        if (cable.archiveRef() != null) {
            references.add(cable.archiveRef());
        }
        if (cable.documentNumber() != null) {
            references.add(cable.documentNumber());
        }
        if (cable.wilsonCenter() != null) {
            references.add(cable.wilsonCenter().toString());
        }
        if (cable.secretDocuments() != null) {
            references.add(String.format("%03d", cable.secretDocuments()));
            references.add(cable.secretDocuments().toString());
        }
        if (cable.textSource() != null) {
            references.add(cable.textSource());
        }
        if (cable.publishedRecord() != null) {
            references.add(cable.publishedRecord().title());
            if (cable.publishedRecord().recordId() != null) {
                references.add(cable.publishedRecord().recordId().toString());
            }
            if (cable.publishedRecord().translator() != null) {
                references.add(cable.publishedRecord().translator());
            }
        }
        doc.add(new TextField(REFERENCES, String.join(" ", references), Field.Store.NO));
        doc.add(new StringField(TYPE, cable.type().key(), Field.Store.NO));
        cable.topics().forEach(t -> doc.add(new StringField(TOPIC, t.value(), Field.Store.NO)));
        cable.from().forEach(p -> doc.add(new StringField(SENDER, p.value(), Field.Store.NO)));
        cable.to().forEach(p -> doc.add(new StringField(RECIPIENT, p.value(), Field.Store.NO)));
        corpus.stopsCiting(cable.id()).stream().map(ts -> ts.tour().id().value()).distinct()
                .forEach(t -> doc.add(new StringField(TOUR, t, Field.Store.NO)));
        doc.add(new StringField(HAS_TEXT, Boolean.toString(cable.hasSubstance()), Field.Store.NO));
        return doc;
    }

    private Document eventDocument(ChronologyEvent event, Corpus corpus) {
        Document doc = base(SearchHit.Kind.EVENT, event.id().value(), event.title());
        addDate(doc, event.date());
        doc.add(new Field(SUMMARY, event.text(), SNIPPET_TEXT));
        addMentions(doc, event.title(), event.text());
        List<String> names = new ArrayList<>();
        for (PersonId id : event.people()) {
            doc.add(new StringField(PERSON, id.value(), Field.Store.NO));
            corpus.person(id).ifPresent(p -> names.addAll(p.allNames().toList()));
        }
        event.places().forEach(id -> doc.add(new StringField(PLACE, id.value(), Field.Store.NO)));
        doc.add(new TextField(NAMES, String.join(" · ", names), Field.Store.NO));
        return doc;
    }

    // ---- Queries ---------------------------------------------------------------------------

    /** Lower case, accents removed, punctuation and hyphens as single spaces: "Kim Il-sung" → "kim il sung". */
    static String normalise(String text) {
        // Decomposed to drop accents, then composed again: Hangul syllables must stay whole.
        String folded = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", ""),
                Normalizer.Form.NFC);
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The query split into the names it contains and the remaining words. */
    record Parsed(Map<String, Set<PersonId>> people, Map<String, Set<PlaceId>> places, String rest) {
    }

    /**
     * A visitor's words, parsed, once they are known to be few enough: at most
     * {@link SearchQuery#MAX_CHARACTERS} characters and {@link SearchQuery#MAX_WORDS} words. Longer
     * searches cost seconds of work and more clauses than Lucene takes.
     */
    private Parsed parseVisitorWords(String text) {
        if (text.length() > SearchQuery.MAX_CHARACTERS) {
            throw new SearchRefused("archive.refused.too-long", SearchQuery.MAX_CHARACTERS);
        }
        if (words(text) > SearchQuery.MAX_WORDS) {
            throw new SearchRefused("archive.refused.too-many-words", SearchQuery.MAX_WORDS);
        }
        return parse(text);
    }

    /** How many words the index sees in a text (each Chinese character is one). */
    private int words(String text) {
        try (TokenStream tokens = analyzer.tokenStream(BODY, text)) {
            tokens.reset();
            int count = 0;
            while (tokens.incrementToken()) {
                count++;
            }
            tokens.end();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Parsed parse(String text) {
        String normalised = normalise(text);
        String remaining = " " + normalised + " ";
        Map<String, Set<PersonId>> people = new LinkedHashMap<>();
        Map<String, Set<PlaceId>> places = new LinkedHashMap<>();
        for (String alias : candidateAliases(normalised)) {
            String needle = " " + alias + " ";
            if (!remaining.contains(needle) && endsInHangul(alias) && remaining.contains(" " + alias)) {
                // Korean attaches particles to names (스탈린의, 평양에서): the name with what follows it.
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(" " + java.util.regex.Pattern.quote(alias)
                        + "\\p{IsHangul}{1,3} ").matcher(remaining);
                if (m.find()) {
                    needle = m.group();
                }
            }
            if (remaining.contains(needle)) {
                if (personAliases.containsKey(alias)) {
                    people.put(alias, personAliases.get(alias));
                } else {
                    places.put(alias, placeAliases.get(alias));
                }
                remaining = remaining.replace(needle, " | ");
            }
        }
        return new Parsed(people, places, remaining.replace("|", " ").replaceAll("\\s+", " ").strip());
    }

    private static String firstWord(String normalised) {
        int space = normalised.indexOf(' ');
        return space < 0 ? normalised : normalised.substring(0, space);
    }

    /**
     * The aliases a normalised text may hold, longest first: those whose first word is a word of
     * the text, or (Korean) a word of the text without the one to three Hangul syllables of a
     * particle after it (스탈린의 → 스탈린).
     */
    private List<String> candidateAliases(String normalised) {
        Set<String> candidates = new HashSet<>();
        for (String word : normalised.split(" ")) {
            candidates.addAll(aliasesByFirstWord.getOrDefault(word, List.of()));
            for (int cut = 1; cut <= 3 && cut < word.length() && endsInHangul(word.substring(0, word.length() - cut + 1)); cut++) {
                candidates.addAll(aliasesByFirstWord.getOrDefault(word.substring(0, word.length() - cut), List.of()));
            }
        }
        List<String> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(aliasRank::get));
        return ordered;
    }

    private static boolean endsInHangul(String alias) {
        return !alias.isEmpty() && Character.UnicodeScript.of(alias.codePointBefore(alias.length())) == Character.UnicodeScript.HANGUL;
    }

    /** A name as the index holds it: its words as the analyzer cuts them, in order. */
    private PhraseQuery phrase(String field, String normalisedAlias) {
        PhraseQuery.Builder builder = new PhraseQuery.Builder();
        try (TokenStream tokens = analyzer.tokenStream(field, normalisedAlias)) {
            var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var increment = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            tokens.reset();
            int position = -1;
            while (tokens.incrementToken()) {
                position += Math.max(increment.getPositionIncrement(), 0);
                builder.add(new Term(field, term.toString()), Math.max(position, 0));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builder.build();
    }

    private Query textQuery(Parsed parsed) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        // A name stands for its person (or place): their documents, and entries that mention them.
        for (var entry : parsed.people().entrySet()) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (PersonId id : entry.getValue()) {
                either.add(new BoostQuery(new TermQuery(new Term(PERSON, id.value())), 2f), Occur.SHOULD);
                either.add(new TermQuery(new Term(MENTIONS, "person:" + id.value())), Occur.SHOULD);
            }
            query.add(either.build(), Occur.MUST);
            any = true;
        }
        for (var entry : parsed.places().entrySet()) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (PlaceId id : entry.getValue()) {
                either.add(new BoostQuery(new TermQuery(new Term(PLACE, id.value())), 2f), Occur.SHOULD);
                either.add(new TermQuery(new Term(MENTIONS, "place:" + id.value())), Occur.SHOULD);
            }
            query.add(either.build(), Occur.MUST);
            any = true;
        }
        if (!parsed.rest().isBlank()) {
            SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT_FIELDS);
            parser.setDefaultOperator(Occur.MUST);
            Query words = parser.parse(parsed.rest());
            if (words != null) {
                query.add(words, Occur.MUST);
                any = true;
            }
        }
        return any ? query.build() : null;
    }

    /**
     * What to mark in snippets: the words typed, and every name of the people they named. Only
     * the two fields snippets come from, each name once, rewritten once for the page: the
     * highlighter weighs this query again for every hit and field, so each clause it holds costs
     * a look-up in the index per hit.
     */
    private Query highlightQuery(Parsed parsed) throws IOException {
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        if (!parsed.rest().isBlank()) {
            SimpleQueryParser parser = new SimpleQueryParser(analyzer, SNIPPET_FIELDS) {
                // A word the analyzer cuts in parts (지원군: 지원 + 군) is marked only where its parts stand together.
                @Override
                protected Query newDefaultQuery(String word) {
                    return newPhraseQuery(word, 0);
                }
            };
            parser.setDefaultOperator(Occur.MUST);
            Query words = parser.parse(parsed.rest());
            if (words != null) {
                highlight.add(words, Occur.SHOULD);
            }
        }
        Set<String> names = new java.util.LinkedHashSet<>();
        Set<String> surnames = new java.util.LinkedHashSet<>();
        for (Set<PersonId> ids : parsed.people().values()) {
            for (PersonId id : ids) {
                List<String> all = namesOfPerson.getOrDefault(id, List.of());
                all.stream().map(ArchiveIndex::normalise).filter(n -> !n.isEmpty()).forEach(names::add);
                // Texts often use the surname alone ("Stalin"): mark the longer words of the main name.
                if (!all.isEmpty()) {
                    for (String word : normalise(all.getFirst()).split(" ")) {
                        if (word.length() >= 4 || (word.length() >= 2 && endsInHangul(word))) {
                            surnames.add(word);
                        }
                    }
                }
            }
        }
        for (String field : SNIPPET_FIELDS.keySet()) {
            names.forEach(name -> highlight.add(phrase(field, name), Occur.SHOULD));
            surnames.forEach(word -> highlight.add(new TermQuery(new Term(field, word)), Occur.SHOULD));
        }
        return searcher.rewrite(highlight.build());
    }

    private static Query filters(SearchQuery q, Query main) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(main, main instanceof MatchAllDocsQuery ? Occur.FILTER : Occur.MUST);
        if (!q.kinds().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            q.kinds().forEach(k -> kinds.add(new TermQuery(new Term(KIND, k.name())), Occur.SHOULD));
            query.add(kinds.build(), Occur.FILTER);
        }
        if (q.from() != null) {
            query.add(IntPoint.newRangeQuery(DATE_END, (int) q.from().toEpochDay(), Integer.MAX_VALUE), Occur.FILTER);
        }
        if (q.to() != null) {
            query.add(IntPoint.newRangeQuery(DATE_START, Integer.MIN_VALUE, (int) q.to().toEpochDay()), Occur.FILTER);
        }
        if (q.person() != null) {
            query.add(new TermQuery(new Term(PERSON, q.person().value())), Occur.FILTER);
        }
        if (q.type() != null) {
            query.add(new TermQuery(new Term(TYPE, q.type().key())), Occur.FILTER);
        }
        if (q.topic() != null) {
            query.add(new TermQuery(new Term(TOPIC, q.topic().value())), Occur.FILTER);
        }
        if (q.sender() != null) {
            query.add(new TermQuery(new Term(SENDER, q.sender().value())), Occur.FILTER);
        }
        if (q.recipient() != null) {
            query.add(new TermQuery(new Term(RECIPIENT, q.recipient().value())), Occur.FILTER);
        }
        if (q.tour() != null) {
            query.add(new TermQuery(new Term(TOUR, q.tour().value())), Occur.FILTER);
        }
        if (q.withTextOnly()) {
            query.add(new TermQuery(new Term(HAS_TEXT, "true")), Occur.FILTER);
        }
        return query.build();
    }

    /** How many entries a query finds; {@link SearchRefused} for words the index will not look for. */
    public long count(SearchQuery q) {
        try {
            Query text = textQuery(parseVisitorWords(q.text()));
            return searcher.count(filters(q, text == null ? new MatchAllDocsQuery() : text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooComplicated();
        }
    }

    /**
     * Runs a query; {@code offset} and {@code limit} page through the results.
     * {@link SearchRefused} for words the index will not look for.
     */
    public SearchHit.Page search(SearchQuery q, Order order, int offset, int limit) {
        try {
            Parsed parsed = parseVisitorWords(q.text());
            Query text = textQuery(parsed);
            Query query = filters(q, text == null ? new MatchAllDocsQuery() : text);
            int wanted = Math.max(1, offset + limit);
            Order effective = text == null && order == Order.RELEVANCE ? Order.DATE_ASCENDING : order;
            // One pass over the index finds the page and counts every hit (no threshold on the count).
            TopDocs top = switch (effective) {
                case RELEVANCE -> searcher.search(query, new org.apache.lucene.search.TopScoreDocCollectorManager(wanted,
                        Integer.MAX_VALUE));
                case DATE_ASCENDING -> searcher.search(query, new org.apache.lucene.search.TopFieldCollectorManager(
                        new Sort(new SortField(SORT_DATE, SortField.Type.LONG)), wanted, Integer.MAX_VALUE));
                case DATE_DESCENDING -> searcher.search(query, new org.apache.lucene.search.TopFieldCollectorManager(
                        new Sort(new SortField(SORT_DATE, SortField.Type.LONG, true)), wanted, Integer.MAX_VALUE));
            };
            long total = top.totalHits.value();
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                    Math.min(offset + limit, top.scoreDocs.length));
            String[] snippets = snippets(highlightQuery(parsed), page);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                Entry entry = entries[page[i].doc];
                hits.add(new SearchHit(entry.kind(), entry.id(), entry.title(), entry.date(), snippets[i],
                        Float.isNaN(page[i].score) ? 0f : page[i].score));
            }
            return new SearchHit.Page(total, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooComplicated();
        }
    }

    /** What the limits on words do not foresee: a search that still makes more clauses than Lucene takes. */
    private static SearchRefused tooComplicated() {
        return new SearchRefused("archive.refused.too-complicated");
    }

    private String[] snippets(Query highlight, ScoreDoc[] page) throws IOException {
        String[] result = new String[page.length];
        if (page.length == 0) {
            return result;
        }
        int[] docIds = java.util.Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        Map<String, String[]> byField = highlighter.highlightFields(new String[] {SUMMARY, BODY}, highlight, docIds,
                new int[] {1, 1});
        for (int i = 0; i < page.length; i++) {
            String summary = byField.get(SUMMARY)[i];
            String body = byField.get(BODY)[i];
            String snippet = summary != null && summary.contains("<mark>") ? summary
                    : body != null && body.contains("<mark>") ? body
                    : null;
            if (snippet != null) {
                // The highlighter marks each word of a name on its own: "Feng Xi" is one mark, not two.
                snippet = snippet.replace("</mark> <mark>", " ").replace("</mark><mark>", "");
            } else {
                String plain = entries[page[i].doc].summary();
                snippet = escape(abbreviate(plain == null ? "" : plain));
            }
            result[i] = snippet;
        }
        return result;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= SNIPPET_CHARS) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', SNIPPET_CHARS);
        return oneLine.substring(0, cut > 0 ? cut : SNIPPET_CHARS) + " …";
    }

}
