package org.cables.content;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for tours: stops numbered without gaps and in date order within the tour's period,
 * highlights quoted word for word, narratives of a readable length, and checkpoints that are
 * questions of the tour's own quiz.
 */
final class TourRules {

    private final ContentRead read;
    private final ContentIndex index;
    private final OwnWords words;
    private final ContentProblems problems;

    TourRules(ContentRead read, ContentIndex index, OwnWords words, ContentProblems problems) {
        this.read = read;
        this.index = index;
        this.words = words;
        this.problems = problems;
    }

    void check() {
        read.tours().forEach(this::checkTour);
        read.tours().forEach(this::checkCheckpoints);
    }

    private void checkTour(Located<Tour> located) {
        Tour tour = located.value();
        // A quiz file counts as there even when it has problems of its own (reported with it).
        if (tour.quiz() != null && !read.seen("quiz", tour.quiz())) {
            problems.add(located.file(), located.line("quiz"), "The tour leads to a quiz '" + tour.quiz() + "' that does not exist",
                    "create the quiz in quizzes/ or remove 'quiz'");
        }
        words.check(located, "summary", tour.summary());
        Set<StopId> stopIds = new HashSet<>();
        ExhibitDate previous = null;
        int expected = 1;
        for (Tour.Stop stop : tour.stops()) {
            Located<Tour.Stop> where = read.where(stop);
            if (stop.position() != expected) {
                problems.add(where.file(), 0, "Stop number " + String.format("%02d", stop.position()) + " should be "
                        + String.format("%02d", expected), "number the stops 01, 02, 03 … without gaps or repeats");
            }
            expected = stop.position() + 1;
            if (!stopIds.add(stop.id())) {
                problems.add(where.file(), where.line("id"), "The stop id '" + stop.id() + "' is used twice in this tour", "give it another id");
            }
            if (previous != null && stop.date().start().isBefore(previous.start())) {
                problems.add(where.file(), where.line("date"), "This stop (" + stop.date() + ") is dated before the previous stop ("
                        + previous + ")", "keep a tour's stops in chronological order");
            }
            previous = stop.date();
            if (tour.periodFrom() != null && tour.periodTo() != null
                    && (stop.date().end().isBefore(tour.periodFrom().start()) || stop.date().start().isAfter(tour.periodTo().end()))) {
                problems.add(where.file(), where.line("date"), "This stop (" + stop.date() + ") lies outside the tour's period "
                        + tour.periodFrom() + " to " + tour.periodTo(), "check the date or the tour's period");
            }
            for (Tour.CitedCable cited : stop.cables()) {
                Located<Cable> cable = index.cable(where, "cables", cited.cable());
                if (cable != null && cited.highlight() != null && !cable.value().quotes(cited.highlight())) {
                    problems.add(where.file(), where.line("cables"), "The highlight for " + cited.cable()
                                    + " does not occur word for word in the cable's text",
                            "copy the passage exactly from the cable's body (quotation marks and spelling included)");
                }
            }
            stop.mapPlaces().forEach(id -> index.place(where, "map", id));
            int length = stop.narrative().split("\\s+").length;
            if (length < 150 || length > 400) {
                problems.add(where.file(), where.line("body"), "The narrative has " + length + " words",
                        "a stop's narrative is 150 to 400 words");
            }
            words.check(where, "body", stop.narrative());
            words.check(where, "question", stop.question());
            ExhibitMarkdown.safetyFindings(stop.narrative())
                    .forEach(f -> problems.add(where.file(), where.line("body") + f.line() - 1, f.message(), f.hint()));
        }
    }

    /** A stop's checkpoint is a question of its tour's quiz that can be answered by choosing. */
    private void checkCheckpoints(Located<Tour> located) {
        Tour tour = located.value();
        for (Tour.Stop stop : tour.stops()) {
            if (stop.checkpoint() == null) {
                continue;
            }
            Located<Tour.Stop> where = read.where(stop);
            Optional<Quiz.Question> question = read.quizzes().stream().map(Located::value)
                    .filter(q -> q.id().equals(tour.quiz()))
                    .flatMap(q -> q.question(stop.checkpoint()).stream()).findFirst();
            if (question.isEmpty()) {
                problems.add(where.file(), where.line("checkpoint"), "The checkpoint '" + stop.checkpoint()
                        + "' is not a question of the tour's quiz", tour.quiz() == null
                        ? "name the tour's quiz in tour.yaml (quiz: …) first"
                        : "use the id of a question in quizzes/" + tour.quiz() + ".yaml");
            } else if (!question.get().type().isChoice()) {
                problems.add(where.file(), where.line("checkpoint"), "A checkpoint must be a single, multiple, true-false or source question",
                        "choose another question of the quiz");
            }
        }
    }
}
