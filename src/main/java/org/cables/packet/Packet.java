package org.cables.packet;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A printable packet, as neutral data: what is printed, in which language, and nothing about
 * how (that is {@link PacketHtml}'s). A tour becomes one ({@link TourPackets}); a teacher's own
 * set of documents with writing questions can become one the same way. Texts are content in the
 * packet's language (quotations keep their English); the words around them (headings, labels)
 * come from the exhibit's message bundles when the packet is printed.
 *
 * @param language  the language of the packet's texts and labels
 * @param edition   the students' packet, or the teacher's key with the answers
 * @param kind      what the packet is made from (it names the packet on its cover)
 * @param title     the packet's title (the tour's)
 * @param period    the time it covers, as written for a reader ("January 1949 – 25 June 1950")
 * @param summary   what it tells, in a paragraph
 * @param sections  the stops, in order; each begins a new page
 * @param questions every question, numbered from 1 in the order printed
 */
public record Packet(Locale language, Edition edition, Kind kind, String title, String period, String summary,
                     List<Section> sections, List<PacketQuestion> questions) {

    public Packet {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        period = period == null ? "" : period;
        summary = summary == null ? "" : summary;
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
    }

    /** Which of the two printings. */
    public enum Edition {
        /** To hand out: the questions with room to write, no answers. */
        STUDENTS,
        /** For the teacher: the same cover, and each question's answer, explanation and marking guide. */
        TEACHERS_KEY
    }

    /** What the packet is made from. */
    public enum Kind {
        /** A guided tour of the exhibit. */
        TOUR,
        /** A teacher's own document set. */
        SET
    }

    public boolean isKey() {
        return edition == Edition.TEACHERS_KEY;
    }

    /** The same packet in the other edition. */
    public Packet as(Edition other) {
        return new Packet(language, other, kind, title, period, summary, sections, questions);
    }

    /**
     * One stop of the story: its own page.
     *
     * @param number     its number (from 1)
     * @param title      its title
     * @param date       its date as written for a reader
     * @param story      the story in our words, paragraph by paragraph (plain text)
     * @param thinkAbout the question to think about, or empty
     * @param map        the front on the stop's day, or null
     * @param documents  the documents cited at the stop, in order
     * @param checkpoint the number of the stop's checkpoint question among the packet's questions, or null
     */
    public record Section(int number, String title, String date, List<String> story, String thinkAbout, MapFigure map,
                          List<Document> documents, Integer checkpoint) {

        public Section {
            Objects.requireNonNull(title, "title");
            date = date == null ? "" : date;
            story = List.copyOf(story);
            thinkAbout = thinkAbout == null ? "" : thinkAbout;
            documents = List.copyOf(documents);
        }
    }

    /**
     * A map printed as a picture, with a note under it.
     *
     * @param image the picture (its own caption drawn in)
     * @param note  how exact the drawing is, or why it shows what it shows; may be empty
     */
    public record MapFigure(PacketImage image, String note) {

        public MapFigure {
            Objects.requireNonNull(image, "image");
            note = note == null ? "" : note;
        }
    }

    /**
     * A document cited at a stop.
     *
     * @param title      its title
     * @param date       its date as written for a reader
     * @param from       who sent it (names joined)
     * @param to         to whom (names joined), or empty
     * @param citation   how to cite it (the exhibit's note form)
     * @param quotations the passages the stop highlights in its own words
     * @param account    what it says, in our words, from its published record; or null
     * @param summary    what it is about, when there is no account; or null
     */
    public record Document(String title, String date, String from, String to, String citation, List<Quotation> quotations,
                           Account account, String summary) {

        public Document {
            Objects.requireNonNull(title, "title");
            date = date == null ? "" : date;
            from = from == null ? "" : from;
            to = to == null ? "" : to;
            citation = citation == null ? "" : citation;
            quotations = List.copyOf(quotations);
        }
    }

    /**
     * Our account of what a document says, from its published translation (never a quotation).
     *
     * @param publisher  who published the translation it is written from
     * @param paragraphs the account, paragraph by paragraph
     */
    public record Account(String publisher, List<String> paragraphs) {

        public Account {
            publisher = publisher == null ? "" : publisher;
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * Words quoted from a document, verbatim (in the English of its published translation): the
     * passage highlighted, with the rest of its paragraph around it.
     *
     * @param before         the paragraph's words before the passage (may be empty)
     * @param passage        the highlighted words
     * @param after          the paragraph's words after it (may be empty)
     * @param ourTranslation our translation of the passage into the packet's language, or null (none in English)
     * @param sourceTitle    the document it is quoted from
     * @param sourceDate     the document's date as written for a reader
     * @param fullText       whether the document's whole translation is known (else only quoted excerpts of it)
     */
    public record Quotation(String before, String passage, String after, String ourTranslation, String sourceTitle,
                            String sourceDate, boolean fullText) {

        public Quotation {
            before = before == null ? "" : before;
            Objects.requireNonNull(passage, "passage");
            after = after == null ? "" : after;
            sourceTitle = sourceTitle == null ? "" : sourceTitle;
            sourceDate = sourceDate == null ? "" : sourceDate;
        }
    }
}
