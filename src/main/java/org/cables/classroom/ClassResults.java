package org.cables.classroom;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cables.content.Quiz;
import org.cables.content.Tour;

/**
 * Everything a teacher sees of a class at one moment: its students, the questions asked, and
 * which student answered which question rightly ({@code right.get(askedId).get(studentId)}).
 */
public record ClassResults(ClassSession session, List<Student> students, List<AskedQuestion> asked,
                           Map<String, Map<String, Boolean>> right) {

    public ClassResults {
        students = List.copyOf(students);
        asked = List.copyOf(asked);
        right = Map.copyOf(right);
    }

    /** Right, wrong, or empty when the student did not answer. */
    public Optional<Boolean> answer(AskedQuestion question, Student student) {
        return Optional.ofNullable(right.getOrDefault(question.id(), Map.of()).get(student.id()));
    }

    public int answered(AskedQuestion question) {
        return right.getOrDefault(question.id(), Map.of()).size();
    }

    public int rightAnswers(AskedQuestion question) {
        return (int) right.getOrDefault(question.id(), Map.of()).values().stream().filter(Boolean::booleanValue).count();
    }

    public int rightAnswers(Student student) {
        return (int) asked.stream().filter(q -> answer(q, student).orElse(false)).count();
    }

    /**
     * The results as CSV (RFC 4180): a row per student with where they were, each question's
     * outcome (right, wrong, or no answer) and the number right. A cell that a spreadsheet would
     * take for a formula (=, +, -, @) starts with an apostrophe.
     */
    public String csv(Tour tour, Optional<Quiz> quiz) {
        StringBuilder csv = new StringBuilder();
        StringBuilder header = new StringBuilder("Student,Joined,At stop");
        for (int i = 0; i < asked.size(); i++) {
            AskedQuestion q = asked.get(i);
            String prompt = quiz.flatMap(z -> z.question(q.questionId())).map(Quiz.Question::prompt).orElse(q.questionId().value());
            header.append(',').append(cell("Q" + (i + 1) + ": " + prompt));
        }
        header.append(",Right answers,Questions asked");
        csv.append(header).append("\r\n");
        for (Student student : students) {
            int stop = Math.min(student.currentStop(), tour.stops().size() - 1);
            csv.append(cell(student.name())).append(',').append(student.joinedAt()).append(',')
                    .append(cell((stop + 1) + ". " + tour.stops().get(stop).title()));
            for (AskedQuestion q : asked) {
                csv.append(',').append(answer(q, student).map(r -> r ? "right" : "wrong").orElse("no answer"));
            }
            csv.append(',').append(rightAnswers(student)).append(',').append(asked.size()).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String text) {
        String value = text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            value = "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
