package org.cables.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.cables.i18n.ExhibitTranslations;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The page a packet is printed from: whatever the content says is printed as text, never read
 * as markup, and a writing question with a model answer and a rubric (as teachers' own sets of
 * documents will have) is printed for students with room to write and in the key with its
 * marking guide.
 */
class PacketHtmlTest {

    static final String HOSTILE = "<script>alert('packet')</script> Kim & Stalin \"quoted\" </p><p>";

    final ExhibitTranslations translations = new ExhibitTranslations();
    final PacketPdf pdf = new PacketPdf(translations);

    static PacketQuestion writing(int number) {
        return new PacketQuestion(number, PacketQuestion.Kind.WRITING,
                "Why did Stalin change his mind about Kim's war between 1949 and 1950? Use two documents.", null,
                new PacketQuestion.Excerpt("the international environment has sufficiently changed", null, "Stalin to Kim", "30 January 1950"),
                null, null,
                new PacketQuestion.Writing("""
                        A model answer names the victory of the Chinese communists and the Soviet atomic bomb.

                        It uses the telegram of 30 January 1950 and the record of the April talks.""",
                        List.of(criterion(PacketQuestion.Skill.SOURCING, "Says who wrote each document, to whom and why"),
                                criterion(PacketQuestion.Skill.CONTEXTUALISATION, "Places the change in 1949–1950"),
                                criterion(PacketQuestion.Skill.CORROBORATION, "Compares two documents"),
                                criterion(PacketQuestion.Skill.CLOSE_READING, "Quotes the words that show it"))),
                "", null, 10);
    }

    static PacketQuestion.Criterion criterion(PacketQuestion.Skill skill, String focus) {
        return new PacketQuestion.Criterion(skill, focus, List.of("Nothing on " + skill.key(), "Some " + skill.key(),
                "Most " + skill.key(), "Full " + skill.key()));
    }

    static Packet hostile(Packet.Edition edition) {
        Packet.Quotation quotation = new Packet.Quotation("Before " + HOSTILE, "the <b>words</b> & more", " after", null,
                HOSTILE, "1 May 1950", true);
        Packet.Document document = new Packet.Document(HOSTILE, "1 May 1950", "Kim <i>Il</i> Sung", "Stalin & Co", HOSTILE,
                List.of(quotation), null, "A summary with " + HOSTILE);
        Packet.Section section = new Packet.Section(1, "Stop " + HOSTILE, "1 May 1950", List.of("Story " + HOSTILE),
                "Think " + HOSTILE, null, List.of(document), 1);
        PacketQuestion choice = new PacketQuestion(1, PacketQuestion.Kind.SINGLE, "Prompt " + HOSTILE, 1, null, null, null,
                new PacketQuestion.Choices(List.of(new PacketQuestion.Choice("Right " + HOSTILE, true),
                        new PacketQuestion.Choice("Wrong <img src=x onerror=alert(1)>", false)), false),
                "Explained " + HOSTILE, new PacketQuestion.Reading(HOSTILE, 2), 3);
        return new Packet(Locale.ENGLISH, edition, Packet.Kind.TOUR, HOSTILE, "1949 – 1950", "Summary " + HOSTILE,
                List.of(section), List.of(choice, writing(2)));
    }

    @Test
    void hostileTextIsPrintedAsTextNotMarkup() {
        for (Packet.Edition edition : Packet.Edition.values()) {
            String xhtml = pdf.xhtml(hostile(edition));
            assertThat(xhtml).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<i>").doesNotContain("<img src=x")
                    .contains("&lt;script&gt;alert('packet')&lt;/script&gt; Kim &amp; Stalin");
            // As XML, the page parses, and its title and headings hold the text exactly.
            Document parsed = Jsoup.parse(xhtml.substring(xhtml.indexOf('\n') + 1), "", Parser.xmlParser());
            assertThat(parsed.select("script")).isEmpty();
            assertThat(parsed.select("img")).allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"));
            assertThat(parsed.selectFirst("title").text()).startsWith(HOSTILE.strip());
            assertThat(parsed.selectFirst("h1").text()).isEqualTo(HOSTILE.strip());
        }
    }

    @Test
    void hostileTextIsPrintedLiterallyInThePdf() throws IOException {
        String text = TourPacketsTest.text(pdf.render(hostile(Packet.Edition.STUDENTS)));
        assertThat(text).contains("<script>alert('packet')</script> Kim & Stalin");
        assertThat(text).contains("Wrong <img src=x onerror=alert(1)>");
    }

    @Test
    void aWritingQuestionHasRoomToWriteAndItsKeyTheModelAnswerAndTheRubric() throws IOException {
        String students = TourPacketsTest.text(pdf.render(hostile(Packet.Edition.STUDENTS)));
        String key = TourPacketsTest.text(pdf.render(hostile(Packet.Edition.TEACHERS_KEY)));
        assertThat(students).contains("Why did Stalin change his mind", "Write an answer", "Your answer:")
                .doesNotContain("A model answer names", "Marking guide", "Full close-reading");
        assertThat(key).contains("Why did Stalin change his mind", "A model answer:", "A model answer names the victory",
                "Marking guide: each criterion scores 0 to 3, up to 12 points in all.",
                "Sourcing", "Contextualisation", "Corroboration", "Close reading",
                "Says who wrote each document", "Nothing on sourcing", "Full close-reading", "Explained");
        Document page = Jsoup.parse(pdf.xhtml(hostile(Packet.Edition.STUDENTS)), "", Parser.xmlParser());
        assertThat(page.select(".question").get(1).select(".line")).hasSize(10);
    }

    @Test
    void theFooterNumbersThePagesInThePacketsLanguage() {
        Document english = Jsoup.parse(pdf.xhtml(hostile(Packet.Edition.STUDENTS)), "", Parser.xmlParser());
        assertThat(english.selectFirst(".running-page").text()).isEqualTo("Page of");
        assertThat(english.select(".running-page .page-number, .running-page .page-count")).hasSize(2);
        Packet korean = new Packet(Locale.KOREAN, Packet.Edition.STUDENTS, Packet.Kind.TOUR, "전쟁으로 가는 길", "", "", List.of(), List.of());
        Document page = Jsoup.parse(pdf.xhtml(korean), "", Parser.xmlParser());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(page.selectFirst(".running-page").text()).isEqualTo("쪽 중 쪽");
    }

    @Test
    void everyKindAndSkillHasItsWordsInEveryLanguage() throws IOException {
        for (Locale language : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            java.util.Properties bundle = TourPacketsTest.bundle(language);
            for (PacketQuestion.Kind kind : PacketQuestion.Kind.values()) {
                String key = kind == PacketQuestion.Kind.WRITING ? "packet.type.writing" : "quiz.type." + kind.key();
                assertThat(bundle.getProperty(key)).as("%s in %s", key, language).isNotBlank();
            }
            for (PacketQuestion.Skill skill : PacketQuestion.Skill.values()) {
                assertThat(bundle.getProperty("packet.skill." + skill.key())).as("%s in %s", skill, language).isNotBlank();
                if (skill != PacketQuestion.Skill.CLOSE_READING) {
                    assertThat(bundle.getProperty("quiz.skill." + skill.key())).as("%s in %s", skill, language).isNotBlank();
                }
            }
        }
    }

    /** Where lines may break in a text, as the packet's line breaker says. */
    static List<Integer> breaks(String text) {
        PacketLineBreaks breaker = new PacketLineBreaks();
        breaker.setText(text);
        List<Integer> at = new java.util.ArrayList<>();
        for (int next = breaker.next(); next > 0 && next < text.length(); next = breaker.next()) {
            at.add(next);
        }
        return at;
    }

    @Test
    void linesBreakBetweenKoreanWordsNeverInsideThemNorAfterAnApostrophe() {
        String korean = "스탈린이 왜 마오쩌둥에게 결정을 함께 지게 했는지";
        assertThat(breaks(korean)).allSatisfy(at -> assertThat(korean.charAt(at - 1)).isEqualTo(' '));
        assertThat(breaks(korean)).hasSize(6);
        String english = "the document’s quoted words";
        assertThat(breaks(english)).allSatisfy(at -> assertThat(english.charAt(at - 1)).isEqualTo(' '));
        assertThat(breaks("https://history.state.gov/historicaldocuments/frus1950v07/d84")).isNotEmpty();
    }

    @Test
    void aRubricScoresEachCriterionFromZeroToThree() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PacketQuestion.Criterion(PacketQuestion.Skill.SOURCING, "",
                List.of("0", "1", "2"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(((PacketQuestion.Writing) writing(1).body()).maxScore()).isEqualTo(12);
    }
}
