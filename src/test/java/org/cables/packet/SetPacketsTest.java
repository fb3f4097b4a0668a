package org.cables.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.cables.classroom.Lesson;
import org.cables.classroom.Rubric;
import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.content.Tour;
import org.cables.i18n.ExhibitTranslations;
import org.cables.system.ExhibitProperties;
import org.junit.jupiter.api.Test;

/** A teacher's own document set printed: its documents, its questions, and its writing question with the rubric in the key. */
class SetPacketsTest {

    @Test
    void aSetPrintsItsDocumentsQuestionsAndWritingWithTheRubricInTheKey() throws Exception {
        ExhibitContent content = new ExhibitContent(new ExhibitProperties(null, null, null, null), Clock.systemUTC());
        ExhibitTranslations translations = new ExhibitTranslations();
        TourPackets packets = new TourPackets(content, new PacketPdf(translations), translations);
        Tour.CitedCable cited = content.corpus().tours().getFirst().stops().stream().flatMap(s -> s.cables().stream())
                .filter(c -> c.highlight() != null).findFirst().orElseThrow();
        Lesson lesson = new Lesson("0f6b1c2e-1111-4222-8333-944455556666", "Ms Kim's spring set", "Read <b>slowly</b> & think.",
                List.of(new Lesson.Document(cited.cable(), cited.highlight(), "Look at the verbs.")),
                List.of(new Lesson.Question("q1", "true-false", cited.cable(), "Was this sent in 1949?", "The date line says so.", null,
                                "It was sent before the war.", true, null, null, null, null, null, null, null),
                        new Lesson.Question("q2", Lesson.WRITING, cited.cable(), "Why would he put it this way?", "", null, null, null, null,
                                null, null, null, null, "Because he wants to share the risk.", Rubric.own("Uses the date\nQuotes the words").stored())));

        String students = TourPacketsTest.text(packets.lessonPdf(lesson, Locale.ENGLISH, Packet.Edition.STUDENTS));
        assertThat(students).contains("Ms Kim's spring set").contains("Read <b>slowly</b> & think.").contains("Look at the verbs.")
                .contains("Was this sent in 1949?").contains("Why would he put it this way?")
                .contains(cited.highlight().replaceAll("\\s+", " ").strip().substring(0, 30))
                .doesNotContain("Because he wants to share the risk.");
        String key = TourPacketsTest.text(packets.lessonPdf(lesson, Locale.ENGLISH, Packet.Edition.TEACHERS_KEY));
        assertThat(key).contains("Because he wants to share the risk.").contains("Uses the date").contains("Quotes the words")
                .contains("Shown fully").contains("The date line says so.");

        byte[] korean = packets.lessonPdf(lesson, Locale.KOREAN, Packet.Edition.STUDENTS);
        assertThat(TourPacketsTest.text(korean)).contains("선생님이 엮은 문서 묶음").contains("Why would he put it this way?");
        Files.createDirectories(TourPacketsTest.SCREENSHOTS);
        try (PDDocument document = Loader.loadPDF(korean)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(1, 80);
            ImageIO.write(page, "png", TourPacketsTest.SCREENSHOTS.resolve("set-ko-p2.png").toFile());
            assertThat(TourPacketsTest.darkPixels(page)).isGreaterThan(2_000);
        }
    }
}
