package org.cables.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One broken fixture per rule, each with the exact message a curator will read.
 */
class ContentCheckerTest {

    static final String CABLE = "cables/1950-05-14-stalin-to-mao.md";
    static final String REPLY = "cables/1950-05-15-mao-to-stalin.md";
    static final String STOP = "tours/road-to-war/01-the-green-light.md";

    @TempDir
    Path folder;

    ContentFixture content;

    @BeforeEach
    void validContent() {
        content = ContentFixture.valid(folder);
    }

    private void assertOnlyProblem(String expected) {
        assertThat(content.problems()).containsExactly(expected);
    }

    @Test
    void theFixtureIsValid() {
        ContentChecker.Result result = content.check();
        assertThat(result.problems()).isEmpty();
        Corpus corpus = result.corpus().orElseThrow();
        assertThat(corpus.cables()).hasSize(2);
        assertThat(corpus.people()).hasSize(4);
        assertThat(corpus.tours().getFirst().stops()).hasSize(1);
        assertThat(corpus.repliesTo(new CableId("1950-05-14-stalin-to-mao"))).hasSize(1);
        assertThat(result.report()).startsWith("Content at ").contains("is valid (11 files).\n")
                .endsWith("Documents: 2; with their own words: 1; with our account of their published translation: 0; with substance: "
                        + "1 (50 %); citing their published record: 0 (0 %); with an archive reference: 0 (0 %).");
        assertThat(corpus.frontLines().states()).hasSize(2);
        assertThat(corpus.frontLines().states().getFirst().line().get(1).gap()).isTrue();
    }

    // ---- Schema ------------------------------------------------------------------------

    @Test
    void aMissingRequiredField() {
        content.replace(CABLE, "title: Stalin tells Mao he agrees to Kim's plan\n", "");
        assertOnlyProblem(CABLE + ":2: Missing required field 'title'. Fix: add 'title: …'");
    }

    @Test
    void anUnknownFieldSuggestsTheNearestKnownOne() {
        content.replace(REPLY, "in_reply_to:", "in_reply_too:");
        assertOnlyProblem(REPLY + ":12: Unknown field 'in_reply_too' in a cable. Fix: did you mean 'in_reply_to'?");
    }

    @Test
    void anImpossibleDate() {
        content.replace(REPLY, "date: 1950-05-15", "date: 1950-02-30");
        assertOnlyProblem(REPLY + ":3: 'date' is not a valid date: 1950-02-30. Fix: write YYYY-MM-DD, or YYYY-MM / YYYY "
                + "when the day or month is unknown (e.g. 1950-10-01)");
    }

    @Test
    void anUnknownDocumentType() {
        content.replace(REPLY, "type: telegram", "type: telegramme");
        assertOnlyProblem(REPLY + ":4: 'type' has an unknown value 'telegramme'. Fix: use one of: ciphered-telegram, "
                + "telegram, letter, conversation-record, minutes, resolution, directive, speech, memorandum, report, "
                + "agreement, statement, article, list");
    }

    @Test
    void anIdThatDoesNotMatchItsFileName() {
        content.replace(REPLY, "id: 1950-05-15-mao-to-stalin", "id: 1950-05-16-mao-to-stalin");
        assertOnlyProblem(REPLY + ":2: The id '1950-05-16-mao-to-stalin' does not match the file name "
                + "'1950-05-15-mao-to-stalin.md'. Fix: rename the file to 1950-05-16-mao-to-stalin.md or change the id "
                + "to 1950-05-15-mao-to-stalin");
    }

    @Test
    void anInvalidId() {
        content.replace("places.yaml", "- id: beijing", "- id: Beijing City");
        assertThat(content.problems()).contains("places.yaml:1: 'Beijing City' in 'id' is not a valid place id. Fix: ids use "
                + "lower-case letters, digits and hyphens, e.g. kim-il-sung");
    }

    @Test
    void theSameIdTwice() {
        content.write("topics.yaml", ContentFixture.TOPICS + ContentFixture.TOPICS);
        assertOnlyProblem("topics.yaml:4: The topic id 'decision-for-war' is used twice. Fix: it is also used at "
                + "topics.yaml:1; give one of them another id");
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() {
        content.replace("people.yaml", "  name: Mao Zedong\n", "  name: Mao Zedong\n    oops: [\n");
        assertThat(content.problems()).singleElement().asString()
                .startsWith("people.yaml:20: YAML syntax error: ")
                .endsWith("Fix: check the indentation and quoting on this line; put text containing ': ' or '#' in quotes");
    }

    @Test
    void aFileWithoutFrontMatter() {
        content.write(REPLY, "Just some text\n");
        assertOnlyProblem(REPLY + ":1: The file does not start with front matter. Fix: begin the file with a line "
                + "'---', the fields, then another '---' line");
    }

    @Test
    void aFileThatIsNotUtf8() {
        content.writeBytes("cables/1950-06-01-stalin-to-mao.md", new byte[] {'-', '-', '-', '\n', (byte) 0xff, (byte) 0xfe});
        assertOnlyProblem("cables/1950-06-01-stalin-to-mao.md: The file is not UTF-8 text. Fix: save it as UTF-8 text");
    }

    @Test
    void aMissingFile() {
        content.delete("places.yaml");
        assertThat(content.problems()).contains("places.yaml: The file places.yaml is missing. Fix: create it; content/README.md describes it");
    }

    @Test
    void anUnexpectedFile() {
        content.write("notes.txt", "draft");
        assertOnlyProblem("notes.txt: Unexpected file in the content folder. Fix: content/README.md lists the files the "
                + "exhibit reads; move or remove this one");
    }

    // ---- References ------------------------------------------------------------------------

    @Test
    void aReferenceToAPersonWhoIsNotThere() {
        content.replace(CABLE, "to: [mao-zedong]", "to: [kim-il-sung]");
        assertOnlyProblem(CABLE + ":7: 'to' refers to the person 'kim-il-sung', which does not exist. Fix: add it to "
                + "people.yaml or correct the id");
    }

    @Test
    void aReferenceToAPlaceATopicAndACableThatAreNotThere() {
        content.replace(CABLE, "places: [beijing]", "places: [peking]")
                .replace(CABLE, "topics: [decision-for-war]", "topics: [war-decision]")
                .replace("chronology.yaml", "cables: [1950-05-14-stalin-to-mao]", "cables: [1950-05-14-stalin-to-kim]");
        assertThat(content.problems()).containsExactly(
                CABLE + ":15: 'places' refers to the place 'peking', which does not exist. Fix: add it to places.yaml or correct the id",
                CABLE + ":16: 'topics' refers to the topic 'war-decision', which does not exist. Fix: add it to topics.yaml or correct the id",
                "chronology.yaml:7: 'cables' refers to the cable '1950-05-14-stalin-to-kim', which does not exist. Fix: add it "
                        + "to cables/ or correct the id");
    }

    @Test
    void aTourStopCitingACableThatIsNotThere() {
        content.replace(STOP, "  - id: 1950-05-14-stalin-to-mao", "  - id: 1950-05-14-stalin-to-kim");
        assertOnlyProblem(STOP + ":5: 'cables' refers to the cable '1950-05-14-stalin-to-kim', which does not exist. "
                + "Fix: add it to cables/ or correct the id");
    }

    // ---- Plausibility ----------------------------------------------------------------------

    @Test
    void aPersonCannotReceiveACableAfterDeath() {
        content.replace(REPLY, "date: 1950-05-15", "date: 1954-06-30");
        assertOnlyProblem(REPLY + ":7: Joseph Stalin receives this cable dated 1954-06-30, after dying on 1953-03-05. "
                + "Fix: check the cable's year (the sources sometimes misprint it) or the person");
    }

    @Test
    void aCoverNameMustBeInUseAtTheCablesDate() {
        content.replace(CABLE, "date: 1950-05-14", "date: 1948-05-14").replace(CABLE, "Telegram of 14 May 1950", "Telegram of 14 May 1948");
        assertOnlyProblem(CABLE + ":9: The cover name 'Filippov' was not in use by Joseph Stalin on 1948-05-14 (used 1949 "
                + "to 1953-03). Fix: check the cable's date, or who the cover name belongs to");
    }

    @Test
    void aNameAsWrittenMustBeKnown() {
        content.replace(CABLE, "- name: Filippov", "- name: Filipov");
        assertOnlyProblem(CABLE + ":9: 'Filipov' is not a known name of Joseph Stalin. Fix: add it to stalin in "
                + "people.yaml: to 'variants', 'misspellings' or 'codenames'");
    }

    @Test
    void aMisspellingInTheDocumentNeedsAnEditorialNote() {
        content.replace(REPLY, "to: [stalin]\n", "to: [stalin]\nas_written:\n  - name: Mao Dong\n    person: mao-zedong\n");
        assertOnlyProblem(REPLY + ":8: The document's misspelling 'Mao Dong' (for Mao Zedong) has no editorial note. "
                + "Fix: add an editorial_notes entry saying the source writes 'Mao Dong' and why it means Mao Zedong");

        content.replace(REPLY, "provenance:", "editorial_notes:\n  - The title prints \"Mao Dong\", an error for Mao Zedong.\nprovenance:");
        assertThat(content.problems()).isEmpty();
    }

    @Test
    void ourOwnWordsMustNotRepeatAKnownMisspelling() {
        content.replace(REPLY, "title: Mao answers", "title: Mao Dong answers Stalin");
        assertOnlyProblem(REPLY + ":5: 'Mao Dong' in 'title' is a known misspelling of Mao Zedong. Fix: write Mao Zedong "
                + "(misspellings belong only in quotations, as_written and editorial notes)");
    }

    @Test
    void aDateOutsideTheExhibit() {
        content.write("cables/1956-04-20-mao-to-politburo-cpsu.md", ContentFixture.REPLY
                .replace("1950-05-15-mao-to-stalin", "1956-04-20-mao-to-politburo-cpsu")
                .replace("date: 1950-05-15", "date: 1956-04-20")
                .replace("to: [stalin]", "to: [politburo-cpsu]")
                .replace("in_reply_to: 1950-05-14-stalin-to-mao\n", ""));
        assertOnlyProblem("cables/1956-04-20-mao-to-politburo-cpsu.md:3: The date 1956-04-20 is outside the exhibit's "
                + "years 1945–1954. Fix: check the year; documents from later years are not part of the archive");
    }

    @Test
    void aReplyCannotPrecedeWhatItAnswers() {
        content.replace(REPLY, "date: 1950-05-15", "date: 1950-05-10");
        assertOnlyProblem(REPLY + ":12: This reply (1950-05-10) is dated before the cable it answers (1950-05-14, "
                + "1950-05-14-stalin-to-mao). Fix: one of the two dates is wrong — check the years");
    }

    @Test
    void aPlaceOffThePeninsula() {
        content.replace("places.yaml", "  lat: 39.019\n  lon: 125.738", "  lat: 125.738\n  lon: 39.019");
        assertOnlyProblem("places.yaml:10: Pyongyang has impossible coordinates 125.738, 39.019. Fix: latitude is -90..90 "
                + "and longitude -180..180, in decimal degrees");
        content.replace("places.yaml", "  lat: 125.738\n  lon: 39.019", "  lat: 35.019\n  lon: 120.738");
        assertOnlyProblem("places.yaml:10: Pyongyang (35.019, 120.738) is not on the Korean peninsula although its country "
                + "is North Korea. Fix: Korean places lie between latitude 33 and 43.1 and longitude 124 and 131; are "
                + "latitude and longitude swapped or mistyped?");
    }

    @Test
    void theChronologyMustBeInDateOrder() {
        content.replace("chronology.yaml", "date: 1950-06-25", "date: 1950-04-25");
        assertOnlyProblem("chronology.yaml:12: The event 1950-06-25-invasion (1950-04-25) comes after a later event "
                + "(1950-05-13). Fix: keep chronology.yaml in date order: move this event up, or check its year");
    }

    @Test
    void aNameCannotBelongToTwoPeople() {
        content.replace("people.yaml", "  variants: [Shtikov]", "  variants: [Shtikov, Mao Tse-tung]");
        assertOnlyProblem("people.yaml:30: The name 'mao tse-tung' belongs to both mao-zedong and shtykov. Fix: a name may "
                + "identify only one person; remove it from one of them or make it more specific");
    }

    @Test
    void internalSourceNamesNeverReachVisitors() {
        content.replace(REPLY, "provenance: Listed in a published index.", "provenance: Listed in seed 003.");
        assertOnlyProblem(REPLY + ":14: 'provenance' mentions the project's internal source files. Fix: name the "
                + "publication instead (e.g. \"the index of The Korean War in Secret Documents\")");
    }

    @Test
    void filePathsNeverReachVisitors() {
        content.replace(REPLY, "provenance: Listed in a published index.", "provenance: Listed in /home/curator/notes.txt.");
        assertOnlyProblem(REPLY + ":14: 'provenance' holds a file path ('/home/curator/notes.txt'). Fix: visitors cannot "
                + "open our files: name the publication, or describe the source in words");
    }

    @Test
    void windowsPathsNeverReachVisitors() {
        content.replace(CABLE, "summary: >\n  Stalin agrees", "summary: >\n  C:\\Users\\x\\draft.docx Stalin agrees");
        assertOnlyProblem(CABLE + ":13: 'summary' holds a file path ('C:\\Users\\x\\draft.docx'). Fix: visitors cannot "
                + "open our files: name the publication, or describe the source in words");
    }

    @Test
    void notesToOurselvesNeverReachVisitors() {
        content.replace("chronology.yaml", "title: North Korea invades the South", "title: North Korea invades the South TODO check date");
        assertOnlyProblem("chronology.yaml:14: 'title' holds a note to ourselves ('TODO'). Fix: finish the text and remove "
                + "the note; open questions belong in the issue tracker, not in the content");
    }

    @Test
    void theSlashesOfHistoryAndLinksToTheExhibitAreNotPaths() {
        content.replace("chronology.yaml", "The war begins.", "The war of 1950/51 begins: Kim Il Sung/Kim Il-sung, "
                + "the US/UN side, 38°N/127°E, [Mao](/people/mao-zedong).");
        assertThat(content.problems()).isEmpty();
    }

    // ---- Quotations and the body --------------------------------------------------------------

    @Test
    void aQuotationNeedsItsSource() {
        content.replace(CABLE, "\nSource: Telegram of 14 May 1950, as quoted in a published article.\n", "");
        assertOnlyProblem(CABLE + ":20: This quotation has no 'Source:' line after it. Fix: add a paragraph starting "
                + "'Source:' right after the quotation, naming where it is quoted from");
    }

    @Test
    void ourOwnWordsDoNotBelongInAnExcerptsBody() {
        content.replace(CABLE, "Source: Telegram", "Stalin was pleased.\n\nSource: Telegram");
        assertThat(content.problems()).contains(CABLE + ":22: Text outside a quotation in a cable with excerpts. Fix: put quoted "
                + "words in a block quote ('> …') followed by a 'Source:' line; our own words belong in 'summary'");
    }

    @Test
    void aFullTextNeedsItsSource() {
        content.replace(CABLE, "text: excerpts", "text: full");
        assertOnlyProblem(CABLE + ":17: A full text needs its source. Fix: add text_source: the citation of the "
                + "published translation");
    }

    @Test
    void noTextMeansNoBody() {
        content.write(REPLY, ContentFixture.REPLY + "Mao said yes.\n");
        assertOnlyProblem(REPLY + ":16: 'text: none' but the file has a body. Fix: set 'text: excerpts' (quotations with "
                + "'Source:' lines) or 'text: full', or remove the body");
    }

    // ---- Safety ------------------------------------------------------------------------------

    @Test
    void rawHtmlIsRefused() {
        content.replace(CABLE, "> The question", "<script>alert('x')</script>\n\n> The question");
        assertOnlyProblem(CABLE + ":20: Raw HTML is not allowed in content. Fix: write Markdown only; HTML such as "
                + "<script> or onclick= is removed anyway");
    }

    @Test
    void inlineHtmlWithAnEventHandlerIsRefused() {
        content.replace(CABLE, "> The question", "> <img src=x onerror=alert(1)> The question");
        assertOnlyProblem(CABLE + ":20: Raw HTML is not allowed in content: <img src=x onerror=alert(1)>. Fix: write "
                + "Markdown only");
    }

    @Test
    void scriptLinksAreRefused() {
        content.replace(CABLE, "> The question", "> [The question](javascript:alert(1))");
        assertOnlyProblem(CABLE + ":20: Link to 'javascript:alert(1)' leaves the exhibit or is unsafe. Fix: link only to "
                + "pages of the exhibit, such as /cables/<id> or /people/<id>; the exhibit works offline");
    }

    @Test
    void imagesAreRefused() {
        content.replace(CABLE, "> The question", "> ![x](data:image/png;base64,AAAA) The question");
        assertThat(content.problems()).contains(CABLE + ":20: Images are not allowed in content files. Fix: the exhibit shows "
                + "no pictures from content text; remove the image");
    }

    // ---- Tours -------------------------------------------------------------------------------

    @Test
    void aHighlightMustBeQuotedExactly() {
        content.replace(STOP, "decided finally by the Chinese", "decided in the end by the Chinese");
        assertOnlyProblem(STOP + ":5: The highlight for 1950-05-14-stalin-to-mao does not occur word for word in the "
                + "cable's text. Fix: copy the passage exactly from the cable's body (quotation marks and spelling included)");
    }

    @Test
    void aStopsNarrativeHasItsLength() {
        content.write(STOP, ContentFixture.STOP.substring(0, ContentFixture.STOP.indexOf("Words")) + "Too short.\n");
        assertOnlyProblem(STOP + ":12: The narrative has 2 words. Fix: a stop's narrative is 150 to 400 words");
    }

    @Test
    void stopsAreInChronologicalOrder() {
        content.write("tours/road-to-war/02-earlier.md", ContentFixture.STOP
                .replace("id: the-green-light", "id: earlier")
                .replace("date: 1950-05-14", "date: 1950-01-30"));
        assertOnlyProblem("tours/road-to-war/02-earlier.md:4: This stop (1950-01-30) is dated before the previous stop "
                + "(1950-05-14). Fix: keep a tour's stops in chronological order");
    }

    @Test
    void aTourLeadsOnlyToAQuizThatExists() {
        content.replace("tours/road-to-war/tour.yaml", "summary: >", "quiz: road-to-war\nsummary: >");
        assertOnlyProblem("tours/road-to-war/tour.yaml:4: The tour leads to a quiz 'road-to-war' that does not exist. "
                + "Fix: create the quiz in quizzes/ or remove 'quiz'");
    }

    // ---- All at once -------------------------------------------------------------------------

    @Test
    void everyProblemIsReportedAtOnceInFileAndLineOrder() {
        content.replace(REPLY, "type: telegram", "type: telegramme")
                .replace(CABLE, "to: [mao-zedong]", "to: [kim-il-sung]")
                .replace("chronology.yaml", "date: 1950-06-25", "date: 1950-04-25");
        ContentChecker.Result result = content.check();
        assertThat(result.ok()).isFalse();
        assertThat(result.corpus()).isEmpty();
        assertThat(result.problems()).extracting(ContentProblem::file)
                .containsExactly(CABLE, REPLY, "chronology.yaml");
        assertThat(result.report()).startsWith("3 problems in the content at ");
    }

    // ---- More plausibility and structure -------------------------------------------------

    @Test
    void nobodyDiesBeforeBeingBorn() {
        content.replace("people.yaml", "  born: 1893-12-26\n  died: 1976-09-09", "  born: 1976-12-26\n  died: 1893-09-09");
        assertThat(content.problems()).contains("people.yaml:23: Mao Zedong dies (1893-09-09) before being born (1976-12-26). "
                + "Fix: check both years");
    }

    @Test
    void aRoleEndsAfterItBegins() {
        content.replace("people.yaml", "      from: 1946-03-19\n      to: 1953-03-05", "      from: 1953-03-19\n      to: 1946-03-05");
        assertOnlyProblem("people.yaml:7: The role 'Chairman of the Council of Ministers of the USSR' ends before it begins. "
                + "Fix: check its 'from' and 'to'");
    }

    @Test
    void aSpellingIsEitherAcceptedOrAnError() {
        content.replace("people.yaml", "  variants: [Mao Tse-tung]", "  variants: [Mao Tse-tung, Mao Dong]");
        assertOnlyProblem("people.yaml:27: 'Mao Dong' is listed both as a spelling and as a misspelling of Mao Zedong. "
                + "Fix: keep it in one list: 'variants' for accepted spellings, 'misspellings' for errors in the sources");
    }

    @Test
    void anUnknownKindOfPlace() {
        content.replace("places.yaml", "  kind: city\n  country: China", "  kind: metropolis\n  country: China");
        assertOnlyProblem("places.yaml:5: 'kind' has an unknown value 'metropolis'. Fix: use one of: bay, building, city, "
                + "country, island, line, mountain, peninsula, region, reservoir, river, sea, town, village");
    }

    @Test
    void aCableIsNotRelatedToItself() {
        content.replace(REPLY, "in_reply_to:", "related: [1950-05-15-mao-to-stalin]\nin_reply_to:");
        assertOnlyProblem(REPLY + ":12: The cable lists itself as related. Fix: remove its own id from 'related'");
    }

    @Test
    void stopsAreNumberedWithoutGaps() {
        content.write("tours/road-to-war/03-later.md", ContentFixture.STOP.replace("id: the-green-light", "id: later"));
        assertOnlyProblem("tours/road-to-war/03-later.md: Stop number 03 should be 02. Fix: number the stops 01, 02, 03 … "
                + "without gaps or repeats");
    }

    @Test
    void aStopFallsWithinItsToursPeriod() {
        content.replace(STOP, "date: 1950-05-14", "date: 1951-07-10");
        assertOnlyProblem(STOP + ":4: This stop (1951-07-10) lies outside the tour's period 1949-03 to 1950-06-25. "
                + "Fix: check the date or the tour's period");
    }

    // ---- The map ----------------------------------------------------------------------------

    static final String MAP = "map/front-lines.yaml";

    @Test
    void aFrontLinePointMustBeOnTheMap() {
        content.replace(MAP, "- [38.0, 124.6]", "- [124.6, 38.0]");
        assertOnlyProblem(MAP + ":9: The point 124.6, 38.0 is outside the map of Korea. Fix: points are [latitude, "
                + "longitude]: latitude 32–44, longitude 122–132.5; are they swapped?");
    }

    @Test
    void aPointMarkIsApproxOrGap() {
        content.replace(MAP, "[38.0, 126.5, approx]", "[38.0, 126.5, roughly]");
        assertOnlyProblem(MAP + ":11: Unknown point mark 'roughly'. Fix: use approx (an estimate) or gap (no line to the next point)");
    }

    @Test
    void statesAreInDateOrderFromTheFirstDayToTheLast() {
        content.replace(MAP, "date: 1953-07-27", "date: 1950-06-20");
        assertThat(content.problems()).containsExactly(
                MAP + ":19: The state's date 1950-06-20 is outside the war (1950-06-25 to 1953-07-27). Fix: check the year",
                MAP + ":19: The state of 1950-06-20 does not come after the previous state (1950-06-25). Fix: keep the states "
                        + "in date order, one per day",
                MAP + ":19: The last state must be the demarcation line of 1953-07-27, not 1950-06-20. Fix: the map ends with the armistice");
    }

    @Test
    void aStateNamesItsSources() {
        content.replace(MAP, "    sources: [A history.]\n    accuracy: Exact.", "    accuracy: Exact.");
        assertOnlyProblem(MAP + ":5: A front-line state must name its sources. Fix: add sources: [the history it comes from]");
    }

    @Test
    void mapEventsAndPlacesMustExist() {
        content.replace(MAP, "{ event: 1950-06-25-invasion, place: pyongyang }", "{ event: 1950-06-26-invasion, place: pyongyang }");
        assertOnlyProblem(MAP + ":3: 'event' refers to the event '1950-06-26-invasion', which does not exist. Fix: add it to "
                + "chronology.yaml or correct the id");
    }

    @Test
    void theBaseMapMustBeGeoJson() {
        content.write("map/basemap.geojson", "{\"type\": \"Feature\"}");
        assertOnlyProblem("map/basemap.geojson:1: The file is not a GeoJSON FeatureCollection. Fix: rebuild it with src/tools/basemap");
    }

    @Test
    void aCheckpointIsAQuestionOfTheToursQuiz() {
        content.replace(STOP, "question: Why did", "checkpoint: nope\nquestion: Why did");
        assertOnlyProblem(STOP + ":10: The checkpoint 'nope' is not a question of the tour's quiz. Fix: name the tour's quiz "
                + "in tour.yaml (quiz: …) first");
    }

    // ---- Quizzes ----------------------------------------------------------------------------

    static final String QUIZ = "quizzes/road-to-war.yaml";

    static final String QUIZ_TEXT = """
            id: road-to-war
            title: The road to war
            intro: A few questions.
            questions:
              - id: who
                type: single
                prompt: Who agreed?
                cable: 1950-05-14-stalin-to-mao
                paragraph: 1
                choices:
                  - { id: stalin, text: Stalin, correct: true }
                  - { id: mao, text: Mao }
                explanation: The telegram says so.
              - id: read
                type: source
                skill: sourcing
                prompt: Who wrote this?
                cable: 1950-05-14-stalin-to-mao
                excerpt: decided finally by the Chinese and Korean comrades together
                choices:
                  - { id: stalin, text: Stalin, correct: true }
                  - { id: mao, text: Mao }
                explanation: It is Stalin's telegram.
            """;

    @Test
    void aValidQuiz() {
        content.write(QUIZ, QUIZ_TEXT);
        assertThat(content.problems()).isEmpty();
        assertThat(content.check().corpus().orElseThrow().quizzes().getFirst().questions()).hasSize(2);
    }

    @Test
    void aQuizQuestionOnAMissingCableFailsTheCheck() {
        content.write(QUIZ, QUIZ_TEXT.replaceFirst("cable: 1950-05-14-stalin-to-mao", "cable: 1950-05-14-stalin-to-kim"));
        assertOnlyProblem(QUIZ + ":8: 'cable' refers to the cable '1950-05-14-stalin-to-kim', which does not exist. Fix: add it "
                + "to cables/ or correct the id");
    }

    @Test
    void aSourceQuestionQuotesItsCableExactly() {
        content.write(QUIZ, QUIZ_TEXT.replace("decided finally by the Chinese", "decided at last by the Chinese"));
        assertOnlyProblem(QUIZ + ":19: The excerpt does not occur word for word in 1950-05-14-stalin-to-mao. Fix: copy the "
                + "passage exactly from the cable's body");
    }

    @Test
    void aSingleChoiceQuestionHasExactlyOneRightAnswer() {
        content.write(QUIZ, QUIZ_TEXT.replaceFirst("\\{ id: mao, text: Mao \\}", "{ id: mao, text: Mao, correct: true }"));
        assertOnlyProblem(QUIZ + ":10: A single question needs 2 to 6 choices with exactly one correct; it has 2 with 2 correct. "
                + "Fix: mark the one right answer with correct: true");
    }

    @Test
    void aParagraphThatIsNotThere() {
        content.write(QUIZ, QUIZ_TEXT.replace("paragraph: 1", "paragraph: 9"));
        assertOnlyProblem(QUIZ + ":9: Paragraph 9 does not exist in 1950-05-14-stalin-to-mao, whose text has 2 numbered "
                + "paragraphs. Fix: give a paragraph number from 1 to 2, or leave it out");
    }

    @Test
    void aToursQuizNeedsTwelveQuestionsOfFiveTypes() {
        content.write(QUIZ, QUIZ_TEXT.replace("intro: A few questions.", "tour: road-to-war\nintro: A few questions."));
        assertOnlyProblem(QUIZ + ":5: A tour's quiz needs at least 12 questions of at least 5 types; this one has 2 of 2. "
                + "Fix: add questions of other types");
    }

    // ---- Answers and sides (the correspondence network reads them) -----------------------

    @Test
    void anAnswerToAMessageTheArchiveLacksNamesItsSenderAndDate() {
        content.replace(REPLY, "in_reply_to: 1950-05-14-stalin-to-mao\n",
                "in_reply_to: null\nin_reply_to_unlisted:\n  from: stalin\n  date: 1950-05-10\n");
        ContentChecker.Result result = content.check();
        assertThat(result.problems()).isEmpty();
        var unlisted = result.corpus().orElseThrow().cable(new CableId("1950-05-15-mao-to-stalin")).orElseThrow().inReplyToUnlisted();
        assertThat(unlisted.from().value()).isEqualTo("stalin");
        assertThat(unlisted.date().toString()).isEqualTo("1950-05-10");
    }

    @Test
    void aMessageTheArchiveHoldsCannotBeCalledMissing() {
        content.replace(REPLY, "in_reply_to: 1950-05-14-stalin-to-mao\n",
                "in_reply_to: null\nin_reply_to_unlisted:\n  from: stalin\n  date: 1950-05-14\n");
        assertOnlyProblem(REPLY + ":13: The archive holds the message this document answers: 1950-05-14-stalin-to-mao (1950-05-14). "
                + "Fix: write in_reply_to: 1950-05-14-stalin-to-mao instead of in_reply_to_unlisted");
    }

    @Test
    void aMissingMessageIsNotBothNamedAndMissingNorSentAfterItsAnswer() {
        content.replace(REPLY, "in_reply_to: 1950-05-14-stalin-to-mao\n",
                "in_reply_to: 1950-05-14-stalin-to-mao\nin_reply_to_unlisted:\n  from: stallin\n  date: 1950-06-01\n");
        assertThat(content.problems()).containsExactlyInAnyOrder(
                REPLY + ":13: The document names both the cable it answers (in_reply_to) and a message the archive lacks. "
                        + "Fix: keep in_reply_to when the archive holds the message, otherwise in_reply_to_unlisted",
                REPLY + ":13: 'in_reply_to_unlisted' refers to the person 'stallin', which does not exist. Fix: add it to people.yaml or correct the id",
                REPLY + ":13: The message answered (1950-06-01) is dated after this document (1950-05-15). "
                        + "Fix: one of the two dates is wrong — check the years");
    }

    @Test
    void everyPersonHasASideFromTheList() {
        content.replace("people.yaml", "  side: china\n", "  side: taiwan\n");
        assertThat(content.problems()).singleElement().asString()
                .startsWith("people.yaml:21: 'side' has an unknown value 'taiwan'")
                .contains("soviet-union, china, north-korea, un-side, other");
    }
}
