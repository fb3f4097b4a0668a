package org.cables.content;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rules for quizzes: enough questions for a tour, every question anchored in a cable that
 * exists (at a paragraph it has, quoting it exactly), and each type of question well formed.
 */
final class QuizRules {

    private final ContentRead read;
    private final ContentIndex index;
    private final OwnWords words;
    private final ContentProblems problems;

    QuizRules(ContentRead read, ContentIndex index, OwnWords words, ContentProblems problems) {
        this.read = read;
        this.index = index;
        this.words = words;
        this.problems = problems;
    }

    void check() {
        Map<String, LocalDate> stateDates = new HashMap<>();
        read.map().frontLines().states().forEach(st -> stateDates.put(st.id(), st.date()));
        for (Located<Quiz> located : read.quizzes()) {
            Quiz quiz = located.value();
            if (quiz.tour() != null) {
                index.tour(located, "tour", quiz.tour());
                long types = quiz.questions().stream().map(Quiz.Question::type).distinct().count();
                if (quiz.questions().size() < 12 || types < 5) {
                    problems.add(located.file(), located.line("questions"), "A tour's quiz needs at least 12 questions of at least 5 types; this one has "
                            + quiz.questions().size() + " of " + types, "add questions of other types");
                }
            }
            words.check(located, "title", quiz.title());
            words.check(located, "intro", quiz.intro());
        }
        Map<String, Set<QuestionId>> idsByQuiz = new HashMap<>();
        for (Located<Quiz.Question> located : read.questions()) {
            Quiz.Question q = located.value();
            if (!idsByQuiz.computeIfAbsent(located.file(), f -> new HashSet<>()).add(q.id())) {
                problems.add(located.file(), located.line("id"), "The question id '" + q.id() + "' is used twice in this quiz", "give it another id");
            }
            Located<Cable> cable = index.cable(located, "cable", q.cable());
            if (cable != null && q.paragraph() != null) {
                int count = ExhibitMarkdown.paragraphCount(cable.value().body());
                if (q.paragraph() < 1 || q.paragraph() > count) {
                    problems.add(located.file(), located.line("paragraph"), "Paragraph " + q.paragraph() + " does not exist in "
                            + q.cable() + ", whose text has " + count + " numbered paragraphs", "give a paragraph number from 1 to " + count + ", or leave it out");
                }
            }
            checkShape(located, q, stateDates, cable);
            words.check(located, "prompt", q.prompt());
            words.check(located, "explanation", q.explanation());
            q.choices().forEach(c -> words.check(located, "choices", c.text()));
        }
    }

    private void checkShape(Located<Quiz.Question> at, Quiz.Question q, Map<String, LocalDate> stateDates, Located<Cable> cable) {
        String type = q.type().key();
        long correct = q.choices().stream().filter(Quiz.Choice::correct).count();
        Set<String> choiceIds = new HashSet<>();
        for (Quiz.Choice c : q.choices()) {
            if (!choiceIds.add(c.id())) {
                problems.add(at.file(), at.line("choices"), "The choice id '" + c.id() + "' is used twice", "give every choice its own id");
            }
        }
        switch (q.type()) {
            case SINGLE, SOURCE, MAP_LINE, MAP_PLACE -> {
                if (q.choices().size() < 2 || q.choices().size() > 6 || correct != 1) {
                    problems.add(at.file(), at.line("choices"), "A " + type + " question needs 2 to 6 choices with exactly one correct; it has "
                            + q.choices().size() + " with " + correct + " correct", "mark the one right answer with correct: true");
                }
            }
            case MULTIPLE -> {
                if (q.choices().size() < 3 || q.choices().size() > 8 || correct < 1 || correct == q.choices().size()) {
                    problems.add(at.file(), at.line("choices"), "A multiple question needs 3 to 8 choices, some correct and some not",
                            "mark every right answer with correct: true, and keep at least one wrong one");
                }
            }
            case TRUE_FALSE -> {
                if (q.statement() == null || q.answer() == null) {
                    problems.add(at.file(), at.line("statement"), "A true-false question needs a statement and an answer",
                            "add statement: … and answer: true or false");
                }
            }
            case ORDER -> {
                if (q.items().size() < 3 || q.items().size() > 6 || q.items().stream().map(Quiz.Item::id).distinct().count() != q.items().size()) {
                    problems.add(at.file(), at.line("items"), "An order question needs 3 to 6 items with different ids, listed in the correct order",
                            "list the items from first to last");
                }
            }
            case MATCH -> {
                if (q.pairs().size() < 3 || q.pairs().size() > 6 || q.pairs().stream().map(Quiz.Pair::id).distinct().count() != q.pairs().size()
                        || q.pairs().stream().map(Quiz.Pair::right).distinct().count() != q.pairs().size()) {
                    problems.add(at.file(), at.line("pairs"), "A match question needs 3 to 6 pairs with different ids and different right-hand sides",
                            "give each pair its own id and answer");
                }
            }
        }
        if (q.type() == Quiz.Type.MAP_LINE) {
            checkMapLine(at, q, stateDates);
        }
        if (q.type() == Quiz.Type.MAP_PLACE) {
            if (q.date() == null) {
                problems.add(at.file(), at.line("date"), "A map-place question needs the map's date", "add date: YYYY-MM-DD");
            }
            q.choices().forEach(c -> {
                if (!ContentId.isValid(c.id()) || !index.isPlace(new PlaceId(c.id()))) {
                    problems.add(at.file(), at.line("choices"), "The choice '" + c.id() + "' is not a place", "use place ids from places.yaml");
                }
            });
        }
        if (q.type() == Quiz.Type.SOURCE) {
            if (q.excerpt() == null || q.skill() == null) {
                problems.add(at.file(), at.line("excerpt"), "A source question needs an excerpt and a skill",
                        "add excerpt: (quoted from the cable) and skill: sourcing, contextualisation or corroboration");
            } else if (cable != null && !cable.value().quotes(q.excerpt())) {
                problems.add(at.file(), at.line("excerpt"), "The excerpt does not occur word for word in " + q.cable(),
                        "copy the passage exactly from the cable's body");
            }
        }
    }

    private void checkMapLine(Located<Quiz.Question> at, Quiz.Question q, Map<String, LocalDate> stateDates) {
        if (q.date() == null || !stateDates.containsValue(q.date())) {
            problems.add(at.file(), at.line("date"), "A map-line question's date must be the date of a front-line state",
                    "use one of the dates in map/front-lines.yaml");
        }
        for (Quiz.Choice c : q.choices()) {
            if (!stateDates.containsKey(c.id())) {
                problems.add(at.file(), at.line("choices"), "The choice '" + c.id() + "' is not a front-line state", "use state ids from map/front-lines.yaml");
            } else if (c.correct() && q.date() != null && !stateDates.get(c.id()).equals(q.date())) {
                problems.add(at.file(), at.line("choices"), "The correct state '" + c.id() + "' is not the one dated " + q.date(),
                        "make the question's date the correct state's date");
            }
        }
    }
}
