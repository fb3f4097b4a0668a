package org.cables.packet;

import java.util.List;
import java.util.Objects;

/**
 * A question as printed: what is asked, what to answer with on paper (tick boxes, true or
 * false, numbers to write, letters to match, or lines to write on) and, for the teacher's key,
 * the answer and why. Every question has lined room to write under it.
 *
 * @param number       its number in the packet (from 1)
 * @param kind         what the reader is asked to do
 * @param prompt       the question
 * @param checkpointOf the number of the stop whose checkpoint it is, or null
 * @param excerpt      the quoted words it asks about (source questions), or null
 * @param skill        the historical-thinking skill it trains, or null
 * @param map          the map it asks about and its date (map questions), or null
 * @param body         the answer's form, with what is right
 * @param explanation  why the answer is right (for the key), or empty
 * @param reading      the document that proves it (for the key), or null
 * @param lines        how many ruled lines to leave for writing
 */
public record PacketQuestion(int number, Kind kind, String prompt, Integer checkpointOf, Excerpt excerpt, Skill skill,
                             MapPart map, Body body, String explanation, Reading reading, int lines) {

    public PacketQuestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(body, "body");
        explanation = explanation == null ? "" : explanation;
        if (lines < 0 || lines > 40) {
            throw new IllegalArgumentException("lines must be between 0 and 40, not " + lines);
        }
        boolean fits = switch (body) {
            case Choices c -> kind == Kind.SINGLE || kind == Kind.MULTIPLE || kind == Kind.SOURCE
                    || kind == Kind.MAP_LINE || kind == Kind.MAP_PLACE;
            case TrueFalse t -> kind == Kind.TRUE_FALSE;
            case Order o -> kind == Kind.ORDER;
            case Match m -> kind == Kind.MATCH;
            case Writing w -> kind == Kind.WRITING;
        };
        if (!fits) {
            throw new IllegalArgumentException("A " + kind + " question cannot be answered as " + body.getClass().getSimpleName());
        }
    }

    /** What the reader is asked to do. The quiz's kinds, and writing an answer in their own words. */
    public enum Kind {
        SINGLE, MULTIPLE, TRUE_FALSE, ORDER, MATCH, MAP_LINE, MAP_PLACE, SOURCE, WRITING;

        /** As the message keys write it ({@code map-line}). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The skills of reading a source that questions train and writing is marked on. */
    public enum Skill {
        SOURCING, CONTEXTUALISATION, CORROBORATION, CLOSE_READING;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The form of the answer. */
    public sealed interface Body permits Choices, TrueFalse, Order, Match, Writing {
    }

    /** Tick one box ({@code several} false) or every right one. */
    public record Choices(List<Choice> choices, boolean several) implements Body {

        public Choices {
            choices = List.copyOf(choices);
        }
    }

    public record Choice(String text, boolean correct) {

        public Choice {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A statement to mark true or false. */
    public record TrueFalse(String statement, boolean answer) implements Body {

        public TrueFalse {
            statement = statement == null ? "" : statement;
        }
    }

    /** Items printed out of order, to be numbered in the order they happened. */
    public record Order(List<Item> shown) implements Body {

        public Order {
            shown = List.copyOf(shown);
        }
    }

    /** An item to number, with its right place (from 1). */
    public record Item(String text, int place) {
    }

    /** Two columns: numbered items on the left, lettered ones on the right, in another order. */
    public record Match(List<Left> left, List<String> right) implements Body {

        public Match {
            left = List.copyOf(left);
            right = List.copyOf(right);
            for (Left l : left) {
                if (l.right() < 0 || l.right() >= right.size()) {
                    throw new IllegalArgumentException("No right-hand item " + l.right() + " for " + l.text());
                }
            }
        }
    }

    /** A left-hand item and the index (from 0) of the right-hand item that belongs with it. */
    public record Left(String text, int right) {
    }

    /**
     * An answer in the reader's own words, marked on a rubric.
     *
     * @param modelAnswer what a full answer says (for the key), or empty
     * @param rubric      the criteria it is marked on, each from 0 to 3
     */
    public record Writing(String modelAnswer, List<Criterion> rubric) implements Body {

        public Writing {
            modelAnswer = modelAnswer == null ? "" : modelAnswer;
            rubric = List.copyOf(rubric);
        }

        /** The most an answer can score. */
        public int maxScore() {
            return rubric.size() * Criterion.MAX;
        }
    }

    /**
     * One criterion of a rubric: the skill, what it looks for in this answer, and what earns each
     * score from 0 to 3. A teacher's own criterion has no skill: its words are in {@code focus}.
     */
    public record Criterion(Skill skill, String focus, List<String> levels) {

        public static final int MAX = 3;

        public Criterion {
            focus = focus == null ? "" : focus;
            if (skill == null && focus.isBlank()) {
                throw new IllegalArgumentException("A criterion names a skill or says what it looks for");
            }
            levels = List.copyOf(levels);
            if (levels.size() != MAX + 1) {
                throw new IllegalArgumentException("A criterion describes the scores 0 to " + MAX + ": "
                        + (MAX + 1) + " levels, not " + levels.size());
            }
        }
    }

    /**
     * Quoted words (the English of the published translation) and our translation of them.
     *
     * @param english        the words, verbatim
     * @param ourTranslation our translation into the packet's language, or null
     * @param sourceTitle    the document they come from, or empty
     * @param sourceDate     its date as written for a reader, or empty
     */
    public record Excerpt(String english, String ourTranslation, String sourceTitle, String sourceDate) {

        public Excerpt {
            Objects.requireNonNull(english, "english");
            sourceTitle = sourceTitle == null ? "" : sourceTitle;
            sourceDate = sourceDate == null ? "" : sourceDate;
        }
    }

    /** The map a question asks about, and its date as written for a reader. */
    public record MapPart(String date, PacketImage image) {

        public MapPart {
            date = date == null ? "" : date;
        }
    }

    /** Where to read the proof: a document and, when given, its paragraph. */
    public record Reading(String documentTitle, Integer paragraph) {

        public Reading {
            Objects.requireNonNull(documentTitle, "documentTitle");
        }
    }
}
