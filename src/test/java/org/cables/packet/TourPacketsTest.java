package org.cables.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.content.Tour;
import org.cables.i18n.ExhibitTranslations;
import org.cables.system.ExhibitProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The packets of the three tours, from the real bundled content, in English and Korean, for
 * students and as the teacher's key: printed to PDF and read back with PDFBox, as a reader's
 * PDF viewer would. Page 1 and the first stop's page are saved as pictures under
 * {@code target/screenshots/packets/} to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TourPacketsTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots", "packets");

    ExhibitContent content;
    TourPackets packets;
    /** Printed once for all the tests: by tour, language and edition. */
    final Map<String, Printed> printed = new LinkedHashMap<>();

    record Printed(Tour tour, Corpus corpus, Packet packet, byte[] pdf, String text, long millis) {
    }

    @BeforeAll
    void printEveryPacket() throws IOException {
        content = new ExhibitContent(new ExhibitProperties(null, null, null, null), Clock.systemUTC());
        ExhibitTranslations translations = new ExhibitTranslations();
        packets = new TourPackets(content, new PacketPdf(translations), translations);
        Files.createDirectories(SCREENSHOTS);
        for (Locale language : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            Corpus corpus = content.corpus(language);
            for (Tour tour : corpus.tours()) {
                for (Packet.Edition edition : Packet.Edition.values()) {
                    long start = System.nanoTime();
                    byte[] pdf = packets.pdf(tour.id(), language, edition).orElseThrow();
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    Packet packet = packets.packet(tour.id(), language, edition).orElseThrow();
                    printed.put(name(tour, language, edition), new Printed(tour, corpus, packet, pdf, text(pdf), millis));
                }
            }
        }
        StringBuilder report = new StringBuilder();
        printed.forEach((name, p) -> report.append(String.format(Locale.ROOT, "%-45s %6d KB %6d ms%n", name, p.pdf().length / 1024, p.millis())));
        Files.writeString(SCREENSHOTS.resolve("sizes.txt"), report.toString());
        System.out.print(report);
    }

    static String name(Tour tour, Locale language, Packet.Edition edition) {
        return tour.id().value() + "-" + language.getLanguage() + (edition == Packet.Edition.TEACHERS_KEY ? "-key" : "");
    }

    List<Printed> all() {
        return new ArrayList<>(printed.values());
    }

    List<Printed> students() {
        return all().stream().filter(p -> !p.packet().isKey()).toList();
    }

    /**
     * The text of a PDF as a reader sees it, line by line from the top of each page, with all
     * spacing (line ends too) as single spaces and a word broken after its hyphen joined again.
     */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return flat(stripper.getText(document));
        }
    }

    /**
     * The text in the left part of every page (up to {@code right} points from the page's left
     * edge), as a reader of a column sees it: the English words quoted beside our Korean.
     */
    static String leftColumn(byte[] pdf, float right) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("left", new java.awt.geom.Rectangle2D.Float(0, 0, right, 842));
            for (PDPage page : document.getPages()) {
                stripper.extractRegions(page);
                text.append(stripper.getTextForRegion("left")).append(' ');
            }
        }
        return flat(text.toString());
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ").replaceAll("(?<=\\p{L}-) ", "").strip();
    }

    static Properties bundle(Locale language) throws IOException {
        Properties properties = new Properties();
        String name = language.getLanguage().equals("ko") ? "/vaadin-i18n/translations_ko.properties" : "/vaadin-i18n/translations.properties";
        try (var in = TourPacketsTest.class.getResourceAsStream(name);
             var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyTourHasAPacketAndAKeyInBothLanguages() {
        assertThat(printed).hasSize(12);
        for (Printed p : all()) {
            assertThat(p.pdf()).as(p.packet().title()).startsWith("%PDF".getBytes());
            assertThat(p.packet().language().getLanguage()).isEqualTo(p.corpus().language().getLanguage());
        }
    }

    @Test
    void aPacketPrintsTheTitleEveryStopAHighlightedPassageAndTheQuestions() throws IOException {
        for (Printed p : students()) {
            Tour tour = p.tour();
            assertThat(p.text()).as("title").contains(flat(tour.title()));
            for (Tour.Stop stop : tour.stops()) {
                assertThat(p.text()).as("stop %s", stop.id()).contains(flat(stop.title()));
            }
            // The shortest highlight of the tour, word for word (it stays English in Korean too).
            String highlight = tour.stops().stream().flatMap(s -> s.cables().stream()).map(Tour.CitedCable::highlight)
                    .filter(h -> h != null && !h.isBlank()).map(TourPacketsTest::flat)
                    .min(java.util.Comparator.comparingInt(String::length)).orElseThrow();
            // In Korean the quoted English is the left column, our Korean the right.
            String quoted = p.packet().language().getLanguage().equals("ko") ? leftColumn(p.pdf(), 320) : p.text();
            assertThat(quoted).as("highlight in %s", p.packet().title()).contains(highlight);
            Quiz quiz = p.corpus().quiz(tour.quiz()).orElseThrow();
            assertThat(p.text()).as("a question").contains(flat(quiz.questions().getFirst().prompt()));
            assertThat(p.packet().questions()).hasSize(quiz.questions().size());
            assertThat(p.packet().sections()).hasSize(tour.stops().size());
            assertThat(p.packet().sections()).allSatisfy(s -> assertThat(s.map()).isNotNull());
        }
    }

    @Test
    void aKoreanPacketIsInKoreanWithTheQuotedEnglishAndOurTranslationLabelledAsOurs() throws IOException {
        String ours = flat(bundle(Locale.KOREAN).getProperty("translation.ours.passage"));
        for (Printed p : students()) {
            if (!p.packet().language().getLanguage().equals("ko")) {
                continue;
            }
            Tour.Stop first = p.tour().stops().getFirst();
            assertThat(first.title().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL))
                    .as("the Korean stop title is Korean").isTrue();
            assertThat(p.text()).contains(flat(first.title()));
            assertThat(p.text()).contains(ours);
            assertThat(p.text()).contains(flat(bundle(Locale.KOREAN).getProperty("packet.questions.lead")));
            // Some quoted words with their Korean beside them.
            assertThat(p.packet().sections().stream().flatMap(s -> s.documents().stream()).flatMap(d -> d.quotations().stream()))
                    .anySatisfy(q -> assertThat(q.ourTranslation()).isNotBlank());
        }
    }

    @Test
    void theKeyHasTheAnswersAndTheStudentsPacketDoesNot() throws IOException {
        for (Printed key : all()) {
            if (!key.packet().isKey()) {
                continue;
            }
            Printed students = printed.get(name(key.tour(), key.packet().language(), Packet.Edition.STUDENTS));
            Properties bundle = bundle(key.packet().language());
            Quiz quiz = key.corpus().quiz(key.tour().quiz()).orElseThrow();
            for (Quiz.Question question : quiz.questions()) {
                String explanation = flat(question.explanation());
                assertThat(key.text()).as("explanation of %s", question.id()).contains(explanation.substring(0, Math.min(80, explanation.length())));
                assertThat(students.text()).as("no explanation of %s", question.id()).doesNotContain(explanation);
            }
            assertThat(key.text()).contains(flat(bundle.getProperty("packet.key.explanation")));
            assertThat(students.text()).doesNotContain(flat(bundle.getProperty("packet.key.explanation")));
            assertThat(key.text()).contains(flat(bundle.getProperty("packet.key")));
            assertThat(students.text()).doesNotContain(flat(bundle.getProperty("packet.key.heading")));
            assertThat(students.text()).contains(flat(bundle.getProperty("packet.name")));
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        for (Printed p : all()) {
            List<String> fonts = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(p.pdf())) {
                for (PDPage page : document.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        PDFont font = resources.getFont(name);
                        assertThat(font.isEmbedded()).as("%s in %s", font.getName(), p.packet().title()).isTrue();
                        fonts.add(font.getName());
                    }
                }
            }
            assertThat(fonts).as("fonts of %s", p.packet().title()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+.*")); // subsets
            if (p.packet().language().getLanguage().equals("ko")) {
                assertThat(fonts).anySatisfy(f -> assertThat(f).contains("Nanum"));
            }
        }
    }

    @Test
    void theCoverAndAStopPageAreDrawn() throws IOException {
        for (Printed p : all()) {
            String name = name(p.tour(), p.packet().language(), p.packet().edition());
            try (PDDocument document = Loader.loadPDF(p.pdf())) {
                PDFRenderer renderer = new PDFRenderer(document);
                List<Integer> pages = p.packet().isKey() ? List.of(0, 1) : List.of(0, 1, 2, document.getNumberOfPages() - 1);
                for (int index : pages) {
                    BufferedImage image = renderer.renderImageWithDPI(index, 80);
                    ImageIO.write(image, "png", SCREENSHOTS.resolve(name + "-p" + (index + 1) + ".png").toFile());
                    assertThat(darkPixels(image)).as("ink on page %d of %s", index + 1, name).isGreaterThan(2_000);
                }
            }
        }
    }

    static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (luminance < 100) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void theMapsAreDrawn() throws IOException {
        Path maps = Files.createDirectories(SCREENSHOTS.resolve("maps"));
        for (Printed p : students()) {
            String name = name(p.tour(), p.packet().language(), p.packet().edition());
            for (Packet.Section section : p.packet().sections()) {
                PacketImage image = section.map().image();
                BufferedImage picture = ImageIO.read(new java.io.ByteArrayInputStream(image.png()));
                assertThat(picture.getWidth()).isEqualTo(image.widthPx());
                assertThat(darkPixels(picture)).as("ink on the map of stop %d of %s", section.number(), name).isGreaterThan(5_000);
                assertThat(image.alt()).isNotBlank();
                if (section.number() <= 3) {
                    Files.write(maps.resolve(name + "-stop" + section.number() + ".png"), image.png());
                }
            }
            p.packet().questions().stream().filter(q -> q.map() != null).forEach(q -> {
                try {
                    Files.write(maps.resolve(name + "-question" + q.number() + ".png"), q.map().image().png());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void aPacketIsPrintedOnceAndKeptUntilTheContentChanges() {
        Printed first = all().getFirst();
        byte[] again = packets.pdf(first.tour().id(), first.packet().language(), first.packet().edition()).orElseThrow();
        assertThat(again).isSameAs(first.pdf());
    }

    @Test
    void anUnknownTourHasNoPacket() {
        assertThat(packets.pdf(new org.cables.content.TourId("no-such-tour"), Locale.ENGLISH, Packet.Edition.STUDENTS)).isEmpty();
    }

    @Test
    void choicesItemsAndPairsArePrintedInAnOrderOfTheirOwnTheSameInTheKey() {
        for (Printed p : students()) {
            Packet key = p.packet().as(Packet.Edition.TEACHERS_KEY);
            assertThat(key.questions()).isEqualTo(p.packet().questions());
            Quiz quiz = p.corpus().quiz(p.tour().quiz()).orElseThrow();
            for (PacketQuestion question : p.packet().questions()) {
                if (question.body() instanceof PacketQuestion.Order order) {
                    assertThat(order.shown()).extracting(PacketQuestion.Item::place).doesNotContainSequence(
                            java.util.stream.IntStream.rangeClosed(1, order.shown().size()).boxed().toList());
                }
                if (question.body() instanceof PacketQuestion.Match match) {
                    assertThat(match.left()).extracting(PacketQuestion.Left::right).doesNotHaveDuplicates();
                }
            }
            // Not every right answer is the first choice (the content writes it first).
            assertThat(p.packet().questions().stream().map(PacketQuestion::body).filter(PacketQuestion.Choices.class::isInstance)
                    .map(PacketQuestion.Choices.class::cast).filter(c -> !c.choices().getFirst().correct()).count())
                    .as("questions of %s whose first printed choice is wrong", quiz.id()).isPositive();
        }
    }
}
