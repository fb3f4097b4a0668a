package org.cables.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.cables.content.Cable;
import org.cables.content.ContentChecker;
import org.cables.content.ContentFiles;
import org.cables.content.Corpus;
import org.cables.content.PersonId;
import org.cables.content.TopicId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search behaviour on a small corpus built for the purpose. */
class ArchiveIndexTest {

    @TempDir
    static Path folder;

    static ArchiveIndex index;

    static String cable(String id, String date, String type, String from, String to, String asWritten, String summary,
                        String topic) {
        return """
                ---
                id: %s
                date: %s
                type: %s
                title: %s
                from: [%s]
                to: [%s]
                %s
                original_language: russian
                summary: >
                  %s
                topics: [%s]
                text: none
                provenance: A test.
                ---
                """.formatted(id, date, type, "Cable " + id, from, to,
                asWritten == null ? "" : "as_written:\n  - name: " + asWritten + "\n    person: " + from,
                summary, topic);
    }

    @BeforeAll
    static void build() throws Exception {
        Files.writeString(folder.resolve("people.yaml"), """
                - id: stalin
                  name: Joseph Stalin
                  kind: person
                  side: other
                  roles: [{ title: Soviet leader }]
                  codenames:
                    - name: Filippov
                    - name: Feng Xi
                  bio: The Soviet leader.
                - id: shtykov
                  name: Terenty Shtykov
                  kind: person
                  side: other
                  roles: [{ title: Ambassador }]
                  variants: [Shtikov]
                  misspellings: [Shtytkov]
                  bio: Soviet ambassador in Pyongyang.
                - id: kim-il-sung
                  name: Kim Il Sung
                  kind: person
                  side: other
                  roles: [{ title: Leader of North Korea }]
                  variants: [Kim Il-sung]
                  bio: North Korea's leader.
                - id: kim-il
                  name: Kim Il
                  kind: person
                  side: other
                  roles: [{ title: Envoy }]
                  bio: A North Korean envoy.
                """);
        Files.writeString(folder.resolve("places.yaml"), """
                - id: seoul
                  name: Seoul
                  misspellings: [Seoel]
                  lat: 37.566
                  lon: 126.978
                  kind: city
                  country: South Korea
                """);
        Files.writeString(folder.resolve("topics.yaml"), """
                - id: war
                  name: War
                  description: War.
                - id: talks
                  name: Talks
                  description: Talks.
                """);
        Files.writeString(folder.resolve("chronology.yaml"), """
                - id: 1950-06-28-seoul-falls
                  date: 1950-06-28
                  category: military
                  title: Seoul falls
                  text: North Korean troops take the southern capital.
                  places: [seoul]
                  provenance: A test.
                """);
        Files.createDirectories(folder.resolve("map"));
        Files.writeString(folder.resolve("map/front-lines.yaml"), """
                key_places: [seoul]
                states:
                  - id: first
                    date: 1950-06-25
                    label: The 38th parallel
                    line: [[38.0, 124.6], [38.0, 128.75]]
                    un_closure: [[38.0, 131.8], [33.0, 131.8], [33.0, 123.0], [38.0, 123.0]]
                    description: The first day.
                    sources: [A history.]
                    accuracy: Exact.
                  - id: last
                    date: 1953-07-27
                    label: The demarcation line
                    line: [[37.84, 126.69], [38.62, 128.36]]
                    un_closure: [[38.62, 131.8], [33.0, 131.8], [33.0, 123.0], [37.84, 123.0]]
                    description: The last day.
                    sources: [A history.]
                    accuracy: Close.
                """);
        Files.writeString(folder.resolve("map/basemap.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}");
        Files.writeString(folder.resolve("map/rivers.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}");
        Files.createDirectories(folder.resolve("cables"));
        write("1950-01-30-stalin-to-shtykov", "1950-01-30", "ciphered-telegram", "stalin", "shtykov", "Filippov",
                "Stalin tells Shtykov he is ready to help Kim with the matter of the South.", "war");
        write("1950-10-08-stalin-to-kim-il-sung", "1950-10-08", "letter", "stalin", "kim-il-sung", "Feng Xi",
                "Stalin, as Feng Xi, explains to Kim why China will send troops.", "war");
        write("1951-07-10-shtykov-to-kim-il-sung", "1951-07-10", "telegram", "shtykov", "kim-il-sung", null,
                "An ambassador reports on the opening of the armistice talks at Kaesong.", "talks");
        write("1949-05-18-kim-il-to-shtykov", "1949-05-18", "report", "kim-il", "shtykov", null,
                "The envoy <b>reports</b> on his talks in Beijing <script>alert(1)</script> and more", "war");
        ContentChecker.Result result = ContentChecker.check(ContentFiles.fromDirectory(folder));
        assertThat(result.problems()).isEmpty();
        Corpus corpus = result.corpus().orElseThrow();
        index = ArchiveIndex.build(corpus);
    }

    static void write(String id, String date, String type, String from, String to, String asWritten, String summary,
                      String topic) throws Exception {
        Files.writeString(folder.resolve("cables/" + id + ".md"), cable(id, date, type, from, to, asWritten, summary, topic));
    }

    static SearchHit.Page cables(SearchQuery query) {
        return index.search(query.onlyCables(), ArchiveIndex.Order.RELEVANCE, 0, 20);
    }

    static Set<String> ids(SearchHit.Page page) {
        return page.hits().stream().map(SearchHit::id).collect(java.util.stream.Collectors.toSet());
    }

    static String words(int count, String prefix) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> prefix + i).collect(java.util.stream.Collectors.joining(" "));
    }

    static void assertRefused(String words, String key, Object... arguments) {
        for (Runnable search : new Runnable[] {() -> index.count(SearchQuery.text(words)), () -> cables(SearchQuery.text(words))}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(search::run).isInstanceOfSatisfying(SearchRefused.class, refused -> {
                assertThat(refused.key()).isEqualTo(key);
                assertThat(refused.arguments()).containsExactly(arguments);
            });
        }
    }

    /** The probe's searches: 500 distinct words, 1,025 terms, 1,000 words, a 5 MB value. */
    @Test
    void longSearchesAreRefusedWithAReasonBeforeAnyWork() {
        assertRefused(words(40, "word"), "archive.refused.too-long", SearchQuery.MAX_CHARACTERS);
        assertRefused("x".repeat(5_000_000), "archive.refused.too-long", SearchQuery.MAX_CHARACTERS);
        assertRefused(words(33, ""), "archive.refused.too-many-words", SearchQuery.MAX_WORDS);
        assertRefused("毛".repeat(33), "archive.refused.too-many-words", SearchQuery.MAX_WORDS);
        assertRefused(words(500, "w"), "archive.refused.too-long", SearchQuery.MAX_CHARACTERS);
        assertRefused("a ".repeat(1_025), "archive.refused.too-long", SearchQuery.MAX_CHARACTERS);
    }

    @Test
    void aSearchAtTheLimitsIsAnswered() {
        assertThat(index.count(SearchQuery.text(words(32, "t")))).isZero();
        assertThat(index.count(SearchQuery.text("Filippov " + words(31, "")))).isZero();
        assertThat(cables(SearchQuery.text("x".repeat(SearchQuery.MAX_CHARACTERS))).hits()).isEmpty();
        assertThat(ids(cables(SearchQuery.text("Filippov troops")))).containsExactly("1950-10-08-stalin-to-kim-il-sung");
    }

    /** Whatever the limits do not foresee (here: Lucene allowed fewer clauses) is refused too, never an error. */
    @Test
    void aSearchTooComplicatedForLuceneIsRefused() {
        int usual = org.apache.lucene.search.IndexSearcher.getMaxClauseCount();
        org.apache.lucene.search.IndexSearcher.setMaxClauseCount(4);
        try {
            assertRefused("Filippov armistice talks Kaesong troops", "archive.refused.too-complicated");
        } finally {
            org.apache.lucene.search.IndexSearcher.setMaxClauseCount(usual);
        }
    }

    @Test
    void aCoverNameFindsThePersonsCables() {
        assertThat(ids(cables(SearchQuery.text("Filippov"))))
                .containsExactlyInAnyOrder("1950-01-30-stalin-to-shtykov", "1950-10-08-stalin-to-kim-il-sung");
        assertThat(ids(cables(SearchQuery.text("feng xi"))))
                .containsExactlyInAnyOrder("1950-01-30-stalin-to-shtykov", "1950-10-08-stalin-to-kim-il-sung");
    }

    @Test
    void anySpellingFindsThePerson() {
        var expected = new String[] {"1950-01-30-stalin-to-shtykov", "1951-07-10-shtykov-to-kim-il-sung", "1949-05-18-kim-il-to-shtykov"};
        assertThat(ids(cables(SearchQuery.text("Shtikov")))).containsExactlyInAnyOrder(expected);
        assertThat(ids(cables(SearchQuery.text("Shtytkov")))).containsExactlyInAnyOrder(expected);
        assertThat(ids(cables(SearchQuery.text("SHTYKOV")))).containsExactlyInAnyOrder(expected);
    }

    @Test
    void theLongestNameWins() {
        assertThat(ids(cables(SearchQuery.text("Kim Il-sung"))))
                .containsExactlyInAnyOrder("1950-10-08-stalin-to-kim-il-sung", "1951-07-10-shtykov-to-kim-il-sung");
        assertThat(ids(cables(SearchQuery.text("Kim Il")))).containsExactly("1949-05-18-kim-il-to-shtykov");
    }

    @Test
    void namesAndWordsCombine() {
        assertThat(ids(cables(SearchQuery.text("Filippov troops")))).containsExactly("1950-10-08-stalin-to-kim-il-sung");
    }

    @Test
    void snippetsMarkTheMatchAndTheNamesBehindACoverName() {
        SearchHit hit = cables(SearchQuery.text("Filippov")).hits().getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>Stalin</mark>");
        assertThat(cables(SearchQuery.text("armistice")).hits().getFirst().snippetHtml()).contains("<mark>armistice</mark>");
    }

    @Test
    void aNameOrPhraseOfSeveralWordsIsMarkedAsOne() {
        SearchHit hit = cables(SearchQuery.text("Filippov troops")).hits().getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>Feng Xi</mark>").contains("<mark>Stalin</mark>");
        assertThat(cables(SearchQuery.text("armistice talks")).hits().getFirst().snippetHtml())
                .contains("<mark>armistice talks</mark>");
    }

    @Test
    void snippetsAreEscaped() {
        SearchHit hit = cables(SearchQuery.text("envoy")).hits().getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>envoy</mark>").contains("&lt;b&gt;").doesNotContain("<script", "<b>");
    }

    @Test
    void snippetPartsAlternatePlainTextAndMatchesWithTheEscapingUndone() {
        // The archive's grid gets the parts and lets its template escape them.
        java.util.List<String> parts = cables(SearchQuery.text("envoy")).hits().getFirst().snippetParts();
        assertThat(parts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(parts.get(1)).isEqualTo("envoy");
        assertThat(String.join("", parts)).contains("<b>").doesNotContain("&lt;", "<mark>");
        assertThat(new SearchHit(SearchHit.Kind.CABLE, "x", "t", null, "a &amp; <mark>b</mark> c", 1f).snippetParts())
                .containsExactly("a & ", "b", " c");
    }

    @Test
    void filtersByDatePersonTypeAndTopic() {
        assertThat(ids(cables(new SearchQuery("", LocalDate.of(1950, 1, 1), LocalDate.of(1950, 12, 31), null, null, null, null))))
                .containsExactlyInAnyOrder("1950-01-30-stalin-to-shtykov", "1950-10-08-stalin-to-kim-il-sung");
        assertThat(ids(cables(new SearchQuery("", null, null, new PersonId("kim-il-sung"), null, null, null))))
                .containsExactlyInAnyOrder("1950-10-08-stalin-to-kim-il-sung", "1951-07-10-shtykov-to-kim-il-sung");
        assertThat(ids(cables(new SearchQuery("", null, null, null, Cable.DocumentType.LETTER, null, null))))
                .containsExactly("1950-10-08-stalin-to-kim-il-sung");
        assertThat(ids(cables(new SearchQuery("Filippov", null, null, null, null, new TopicId("war"), null))))
                .containsExactlyInAnyOrder("1950-01-30-stalin-to-shtykov", "1950-10-08-stalin-to-kim-il-sung");
    }

    @Test
    void emptySearchListsEverythingInDateOrder() {
        SearchHit.Page page = cables(SearchQuery.text(""));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.hits()).extracting(SearchHit::id).containsExactly("1949-05-18-kim-il-to-shtykov",
                "1950-01-30-stalin-to-shtykov", "1950-10-08-stalin-to-kim-il-sung", "1951-07-10-shtykov-to-kim-il-sung");
    }

    @Test
    void pagesThroughResults() {
        SearchHit.Page second = index.search(SearchQuery.text("").onlyCables(), ArchiveIndex.Order.DATE_DESCENDING, 1, 2);
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.hits()).extracting(SearchHit::id)
                .containsExactly("1950-10-08-stalin-to-kim-il-sung", "1950-01-30-stalin-to-shtykov");
    }

    @Test
    void peoplePlacesAndEventsAreSearchableToo() {
        SearchHit.Page page = index.search(SearchQuery.text("Seoel"), ArchiveIndex.Order.RELEVANCE, 0, 10);
        assertThat(page.hits()).extracting(SearchHit::kind).contains(SearchHit.Kind.PLACE, SearchHit.Kind.EVENT);
        assertThat(index.search(SearchQuery.text("Shtikov"), ArchiveIndex.Order.RELEVANCE, 0, 1).hits().getFirst().kind())
                .isEqualTo(SearchHit.Kind.PERSON);
    }

    @Test
    void oddInputNeverFails() {
        for (String text : new String[] {"\"", "(", "*", "AND", "-", "~~~", "a\"b(c", "' OR 1=1 --", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", " "}) {
            assertThat(index.search(SearchQuery.text(text), ArchiveIndex.Order.RELEVANCE, 0, 10)).as(text).isNotNull();
        }
    }
}
