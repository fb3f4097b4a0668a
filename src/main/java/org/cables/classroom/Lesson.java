package org.cables.classroom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cables.content.Cable;
import org.cables.content.CableId;
import org.cables.content.Corpus;
import org.cables.content.ExhibitDate;
import org.cables.content.QuestionId;
import org.cables.content.Quiz;
import org.cables.content.QuizId;
import org.cables.content.StopId;
import org.cables.content.Tour;
import org.cables.content.TourId;

/**
 * A teacher's own lesson: their documents from the archive in their order, each with a passage
 * of the document's own words to highlight and a note in the teacher's words, an introduction,
 * and their questions (any type of the quizzes, or writing about a source). A class taught or
 * assigned from it keeps a copy, so that later edits never change work already set. Shown to
 * students as a tour: a stop per document, in the reader's language where the exhibit has it.
 */
public record Lesson(String id, String title, String introduction, List<Document> documents, List<Question> questions) {

    public Lesson {
        documents = List.copyOf(documents);
        questions = List.copyOf(questions);
    }

    /** A document of the lesson: the passage to highlight (word for word, or none) and the teacher's note (or none). */
    public record Document(CableId cable, String highlight, String note) {
    }

    /**
     * A question of the lesson: {@code kind} is a quiz type's key ({@code single}, {@code order}…)
     * or {@code writing}; the other fields are used as the quiz's are, and for writing the model
     * answer and the rubric's criteria (as stored by {@link Rubric}).
     */
    public record Question(String id, String kind, CableId cable, String prompt, String explanation, List<Quiz.Choice> choices,
                           String statement, Boolean answer, List<Quiz.Item> items, List<Quiz.Pair> pairs, String excerpt,
                           Quiz.Skill skill, LocalDate date, String modelAnswer, String criteria) {

        public Question {
            choices = choices == null ? List.of() : List.copyOf(choices);
            items = items == null ? List.of() : List.copyOf(items);
            pairs = pairs == null ? List.of() : List.copyOf(pairs);
        }

        public boolean writing() {
            return WRITING.equals(kind);
        }

        public Optional<Quiz.Type> type() {
            for (Quiz.Type type : Quiz.Type.values()) {
                if (type.key().equals(kind)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }

        /** As a quiz question, for every kind but writing. */
        public Optional<Quiz.Question> asQuiz() {
            return type().map(t -> new Quiz.Question(new QuestionId(id), t, prompt, cable, null, explanation == null ? "" : explanation,
                    choices, statement, answer, items, pairs, date, excerpt, skill));
        }

        public Rubric rubric() {
            return Rubric.read(criteria == null || criteria.isBlank() ? Rubric.historicalThinking().stored() : criteria);
        }
    }

    public static final String WRITING = "writing";

    public TourId tourId() {
        return new TourId("set-" + id);
    }

    public QuizId quizId() {
        return new QuizId("set-" + id);
    }

    /** The lesson as a tour in a language: a stop per document, dated by the document, with the map of its date. */
    public Tour asTour(Corpus corpus) {
        List<Tour.Stop> stops = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            Optional<Cable> cable = corpus.cable(document.cable());
            ExhibitDate date = cable.map(Cable::date).orElse(new ExhibitDate(1950, null, null));
            String title = cable.map(Cable::title).orElse(document.cable().value());
            String note = document.note() == null || document.note().isBlank() ? (i == 0 ? introduction : "") : document.note();
            stops.add(new Tour.Stop(new StopId("document-" + (i + 1)), i + 1, title, date,
                    List.of(new Tour.CitedCable(document.cable(), document.highlight())), date, List.of(),
                    null, escaped(note), null));
        }
        ExhibitDate from = stops.stream().map(Tour.Stop::date).min(ExhibitDate::compareTo).orElse(new ExhibitDate(1950, null, null));
        ExhibitDate to = stops.stream().map(Tour.Stop::date).max(ExhibitDate::compareTo).orElse(from);
        return new Tour(tourId(), title, from, to, introduction, questions.stream().anyMatch(q -> !q.writing()) ? quizId() : null, stops);
    }

    /** The lesson's questions but writing, as a quiz. */
    public Quiz asQuiz() {
        return new Quiz(quizId(), title, tourId(), introduction, questions.stream().flatMap(q -> q.asQuiz().stream()).toList());
    }

    /** The teacher's words are shown as they wrote them: Markdown's characters are escaped, so nothing becomes a link or markup. */
    static String escaped(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!<>|~&])", "\\\\$1");
    }
}
