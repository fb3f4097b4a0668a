package org.cables.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A quiz built on the sources: every question anchored in a cable, every answer explained. */
public record Quiz(QuizId id, String title, TourId tour, String intro, List<Question> questions) {

    public Quiz {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(QuestionId questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** What the visitor is asked to do. */
    public enum Type {
        SINGLE, MULTIPLE, TRUE_FALSE, ORDER, MATCH, MAP_LINE, MAP_PLACE, SOURCE;

        public String key() {
            return name().toLowerCase().replace('_', '-');
        }

        /**
         * Whether the question is answered by choosing among texts alone (no map, no order, no
         * pairs): only these can be asked anywhere, as a tour's checkpoint or live in a class.
         */
        public boolean isChoice() {
            return this == SINGLE || this == MULTIPLE || this == TRUE_FALSE || this == SOURCE;
        }
    }

    /** The historical-thinking skill a source question trains. */
    public enum Skill {
        SOURCING, CONTEXTUALISATION, CORROBORATION;

        public String key() {
            return name().toLowerCase();
        }
    }

    public record Choice(String id, String text, boolean correct) {
    }

    public record Item(String id, String text) {
    }

    public record Pair(String id, String left, String right) {
    }

    /**
     * One question. Which fields are used depends on the type: choices (single, multiple,
     * map-line, map-place, source), statement and answer (true-false), items in the correct
     * order (order), pairs (match), date (map questions), excerpt and skill (source).
     */
    public record Question(QuestionId id, Type type, String prompt, CableId cable, Integer paragraph, String explanation,
                           List<Choice> choices, String statement, Boolean answer, List<Item> items, List<Pair> pairs,
                           LocalDate date, String excerpt, Skill skill) {

        public Question {
            choices = List.copyOf(choices);
            items = List.copyOf(items);
            pairs = List.copyOf(pairs);
        }
    }
}
