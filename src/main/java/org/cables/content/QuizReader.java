package org.cables.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the quizzes, one YAML file each in quizzes/, with their questions. */
final class QuizReader {

    /** The quizzes read, and each of their questions with where it was read. */
    record Quizzes(List<Located<Quiz>> quizzes, List<Located<Quiz.Question>> questions) {

        Quizzes {
            quizzes = List.copyOf(quizzes);
            questions = List.copyOf(questions);
        }
    }

    private static final Set<String> QUIZ_FIELDS = Set.of("id", "title", "tour", "intro", "questions");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "type", "prompt", "cable", "paragraph", "explanation",
            "choices", "statement", "answer", "items", "pairs", "date", "excerpt", "skill");
    private static final Set<String> CHOICE_FIELDS = Set.of("id", "text", "correct");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "text");
    private static final Set<String> PAIR_FIELDS = Set.of("id", "left", "right");

    private final ContentYaml yaml;
    private final ContentProblems problems;
    private final KnownIds known;

    QuizReader(ContentYaml yaml, ContentProblems problems, KnownIds known) {
        this.yaml = yaml;
        this.problems = problems;
        this.known = known;
    }

    Quizzes read(ContentFiles files) {
        List<Located<Quiz>> quizzes = new ArrayList<>();
        List<Located<Quiz.Question>> questions = new ArrayList<>();
        for (ContentFiles.File file : files.under("quizzes")) {
            if (file.text() == null) {
                continue;
            }
            if (!file.path().endsWith(".yaml") || file.path().indexOf('/', "quizzes/".length()) >= 0) {
                problems.add(file.path(), 0, "Unexpected file in quizzes/", "quizzes are quizzes/<id>.yaml");
                continue;
            }
            Located<Quiz> quiz = quiz(file, questions);
            if (quiz != null) {
                quizzes.add(quiz);
            }
        }
        return new Quizzes(quizzes, questions);
    }

    private Located<Quiz> quiz(ContentFiles.File file, List<Located<Quiz.Question>> questions) {
        String expected = file.path().substring("quizzes/".length(), file.path().length() - ".yaml".length());
        if (ContentId.isValid(expected)) {
            known.remember("quiz", expected);
        }
        YamlFields f = yaml.mapping(file.path(), file.text(), "A quiz file must be 'field: value' lines",
                "see content/README.md, Quizzes");
        if (f == null) {
            return null;
        }
        f.allowOnly(QUIZ_FIELDS, "a quiz");
        String id = f.string("id", true);
        if (id != null && !id.equals(expected)) {
            f.problem("id", "The quiz id '" + id + "' does not match the file name '" + expected + ".yaml'",
                    "rename the file or change the id");
        }
        String title = f.string("title", true);
        TourId tour = f.id("tour", f.string("tour", false), TourId::new, "tour");
        String intro = f.string("intro", true);
        List<Quiz.Question> list = new ArrayList<>();
        if (!f.has("questions")) {
            f.problem("questions", "Missing required field 'questions'", "list the quiz's questions");
        }
        for (YamlFields q : f.objects("questions")) {
            Quiz.Question question = question(q);
            if (question != null) {
                list.add(question);
                questions.add(ContentYaml.located(question, q));
            }
        }
        QuizId quizId = f.id("id", id, QuizId::new, "quiz");
        if (quizId == null || title == null || intro == null) {
            return null;
        }
        return ContentYaml.located(new Quiz(quizId, title, tour, intro, list), f);
    }

    private Quiz.Question question(YamlFields q) {
        q.allowOnly(QUESTION_FIELDS, "a question");
        String id = q.string("id", true);
        Quiz.Type type = q.enumeration("type", Quiz.Type.class, true);
        String prompt = q.string("prompt", true);
        CableId cable = q.id("cable", q.string("cable", true), CableId::new, "cable");
        Integer paragraph = q.integer("paragraph");
        String explanation = q.string("explanation", true);
        List<Quiz.Choice> choices = new ArrayList<>();
        for (YamlFields c : q.objects("choices")) {
            c.allowOnly(CHOICE_FIELDS, "a choice");
            String choiceId = c.string("id", true);
            String text = c.string("text", true);
            String correct = c.string("correct", false);
            if (correct != null && !correct.equals("true") && !correct.equals("false")) {
                c.problem("correct", "'correct' must be true or false", "write correct: true, or leave it out");
            }
            if (choiceId != null && text != null) {
                choices.add(new Quiz.Choice(choiceId, text, "true".equals(correct)));
            }
        }
        List<Quiz.Item> items = new ArrayList<>();
        for (YamlFields i : q.objects("items")) {
            i.allowOnly(ITEM_FIELDS, "an item");
            String itemId = i.string("id", true);
            String text = i.string("text", true);
            if (itemId != null && text != null) {
                items.add(new Quiz.Item(itemId, text));
            }
        }
        List<Quiz.Pair> pairs = new ArrayList<>();
        for (YamlFields p : q.objects("pairs")) {
            p.allowOnly(PAIR_FIELDS, "a pair");
            String pairId = p.string("id", true);
            String left = p.string("left", true);
            String right = p.string("right", true);
            if (pairId != null && left != null && right != null) {
                pairs.add(new Quiz.Pair(pairId, left, right));
            }
        }
        String answerText = q.string("answer", false);
        Boolean answer = answerText == null ? null : answerText.equals("true") ? Boolean.TRUE : answerText.equals("false") ? Boolean.FALSE : null;
        if (answerText != null && answer == null) {
            q.problem("answer", "'answer' must be true or false", "write answer: true or answer: false");
        }
        ExhibitDate date = q.date("date", false);
        if (date != null && !date.isExactDay()) {
            q.problem("date", "A map question needs an exact day", "write YYYY-MM-DD");
            date = null;
        }
        Quiz.Skill skill = q.enumeration("skill", Quiz.Skill.class, false);
        if (id == null || !ContentId.isValid(id) || type == null || prompt == null || cable == null || explanation == null) {
            if (id != null && !ContentId.isValid(id)) {
                q.problem("id", "'" + id + "' is not a valid question id", "ids use lower-case letters, digits and hyphens");
            }
            return null;
        }
        return new Quiz.Question(new QuestionId(id), type, prompt, cable, paragraph, explanation, choices,
                q.string("statement", false), answer, items, pairs, date == null ? null : date.start(),
                q.string("excerpt", false), skill);
    }
}
