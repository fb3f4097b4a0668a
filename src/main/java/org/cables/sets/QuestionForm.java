package org.cables.sets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.cables.classroom.Lesson;
import org.cables.classroom.Rubric;
import org.cables.content.Cable;
import org.cables.content.Corpus;
import org.cables.content.Quiz;

/**
 * A teacher writes a question of their own about one of the set's documents: any type the quizzes
 * use but the map questions, or writing about a source. Choices are written one per line, the
 * right ones marked with an asterisk; an order's items one per line in the right order; pairs as
 * "left = right". The set checks the question before it is stored ({@link DocumentSets}).
 */
final class QuestionForm extends Div {

    static final List<String> KINDS = List.of("single", "multiple", "true-false", "source", "order", "match", "map-line", "map-place",
            Lesson.WRITING);

    private final Select<String> kind = new Select<>();
    private final Select<Lesson.Document> document = new Select<>();
    private final TextArea prompt = new TextArea();
    private final TextArea choices = new TextArea();
    private final TextField statement = new TextField();
    private final RadioButtonGroup<Boolean> trueOrFalse = new RadioButtonGroup<>();
    private final TextArea excerpt = new TextArea();
    private final Select<Quiz.Skill> skill = new Select<>();
    private final TextArea items = new TextArea();
    private final TextArea pairs = new TextArea();
    private final TextArea explanation = new TextArea();
    private final TextArea model = new TextArea();
    private final RadioButtonGroup<Boolean> ownCriteria = new RadioButtonGroup<>();
    private final TextArea criteria = new TextArea();
    private final Paragraph problem = new Paragraph();
    private final org.cables.classroom.DateAndTime mapDate;
    private final TextArea places = new TextArea();
    private final Corpus corpus;

    QuestionForm(Lesson lesson, Corpus corpus, Consumer<Lesson.Question> add) {
        this.corpus = corpus;
        addClassName("set-question-form");
        java.time.LocalDate firstDocument = lesson.documents().stream().flatMap(d -> corpus.cable(d.cable()).stream())
                .map(c -> c.date().start()).filter(d -> !d.isBefore(org.cables.content.FrontLines.FIRST_DAY)).findFirst()
                .orElse(org.cables.content.FrontLines.FIRST_DAY);
        mapDate = org.cables.classroom.DateAndTime.dayOnly(getTranslation("sets.map-date"), firstDocument);
        mapDate.addClassName("set-question-map-date");
        places.setLabel(getTranslation("sets.places"));
        places.setHelperText(getTranslation("sets.places-help"));
        places.addClassName("set-question-places");
        kind.setLabel(getTranslation("sets.question-kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> getTranslation(k.equals(Lesson.WRITING) ? "sets.kind.writing" : "quiz.type." + k));
        kind.setValue("single");
        kind.addClassName("set-question-kind");
        document.setLabel(getTranslation("assignment.task-document"));
        document.setItems(lesson.documents());
        document.setItemLabelGenerator(d -> corpus.cable(d.cable()).map(Cable::title).orElse(d.cable().value()));
        if (!lesson.documents().isEmpty()) {
            document.setValue(lesson.documents().getFirst());
        }
        document.addClassName("set-question-document");
        prompt.setLabel(getTranslation("assignment.task-prompt"));
        prompt.setMaxLength(DocumentSets.MAX_PROMPT);
        prompt.addClassName("set-question-prompt");
        choices.setLabel(getTranslation("sets.choices"));
        choices.setHelperText(getTranslation("sets.choices-help"));
        choices.addClassName("set-question-choices");
        statement.setLabel(getTranslation("sets.statement"));
        statement.addClassName("set-question-statement");
        trueOrFalse.setLabel(getTranslation("sets.statement-is"));
        trueOrFalse.setItems(true, false);
        trueOrFalse.setItemLabelGenerator(v -> getTranslation(v ? "quiz.true" : "quiz.false"));
        trueOrFalse.addClassName("set-question-true-false");
        excerpt.setLabel(getTranslation("sets.excerpt"));
        excerpt.setHelperText(getTranslation("sets.excerpt-help"));
        excerpt.addClassName("set-question-excerpt");
        skill.setLabel(getTranslation("sets.skill"));
        skill.setItems(Quiz.Skill.values());
        skill.setItemLabelGenerator(s -> getTranslation("quiz.skill." + s.key()));
        skill.setValue(Quiz.Skill.SOURCING);
        items.setLabel(getTranslation("sets.items"));
        items.setHelperText(getTranslation("sets.items-help"));
        items.addClassName("set-question-items");
        pairs.setLabel(getTranslation("sets.pairs"));
        pairs.setHelperText(getTranslation("sets.pairs-help"));
        pairs.addClassName("set-question-pairs");
        explanation.setLabel(getTranslation("sets.explanation"));
        explanation.setHelperText(getTranslation("sets.explanation-help"));
        explanation.setMaxLength(DocumentSets.MAX_EXPLANATION);
        explanation.addClassName("set-question-explanation");
        model.setLabel(getTranslation("assignment.task-model"));
        model.setHelperText(getTranslation("assignment.task-model-help"));
        model.addClassName("set-question-model");
        ownCriteria.setLabel(getTranslation("assignment.task-rubric-choice"));
        ownCriteria.setItems(false, true);
        ownCriteria.setItemLabelGenerator(own -> getTranslation(own ? "assignment.rubric-own" : "assignment.rubric-skills"));
        ownCriteria.setValue(false);
        criteria.setLabel(getTranslation("assignment.rubric-own-lines"));
        criteria.setHelperText(getTranslation("assignment.rubric-own-help", Rubric.MAX_CRITERIA));
        ownCriteria.addValueChangeListener(e -> criteria.setVisible(Boolean.TRUE.equals(e.getValue())));
        for (TextArea area : List.of(prompt, choices, excerpt, items, pairs, explanation, model, criteria, places)) {
            area.setWidthFull();
        }
        problem.addClassNames("form-problem", "set-question-problem");
        problem.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("sets.add-question"), e -> {
            try {
                add.accept(question(nextId(lesson)));
                problem.setText("");
            } catch (SetRefused refused) {
                problem.setText(getTranslation(refused.key(), refused.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("set-add-question");
        kind.addValueChangeListener(e -> showFields());
        add(new H3(getTranslation("sets.new-question")), kind, document, prompt, mapDate, choices, places, statement, trueOrFalse,
                excerpt, skill, items, pairs, explanation, model, ownCriteria, criteria, problem, save);
        showFields();
    }

    private void showFields() {
        String k = kind.getValue();
        boolean writing = Lesson.WRITING.equals(k);
        choices.setVisible(List.of("single", "multiple", "source", "map-line").contains(k));
        mapDate.setVisible(List.of("map-line", "map-place").contains(k));
        places.setVisible("map-place".equals(k));
        statement.setVisible("true-false".equals(k));
        trueOrFalse.setVisible("true-false".equals(k));
        excerpt.setVisible("source".equals(k));
        skill.setVisible("source".equals(k));
        items.setVisible("order".equals(k));
        pairs.setVisible("match".equals(k));
        explanation.setVisible(!writing);
        model.setVisible(writing);
        ownCriteria.setVisible(writing);
        criteria.setVisible(writing && Boolean.TRUE.equals(ownCriteria.getValue()));
        if (writing && prompt.isEmpty()) {
            prompt.setValue(getTranslation("assignment.task-prompt-default"));
        }
    }

    private static String nextId(Lesson lesson) {
        int next = lesson.questions().stream().map(Lesson.Question::id).filter(id -> id.matches("q\\d+"))
                .mapToInt(id -> Integer.parseInt(id.substring(1))).max().orElse(0) + 1;
        return "q" + next;
    }

    /** The question as typed; {@link DocumentSets#checked} says what is missing. */
    private Lesson.Question question(String id) {
        if (document.getValue() == null) {
            throw new SetRefused("set.refused.question-document");
        }
        String k = kind.getValue();
        if (Lesson.WRITING.equals(k)) {
            String rubric = Boolean.TRUE.equals(ownCriteria.getValue()) ? Rubric.own(criteria.getValue()).stored() : null;
            return new Lesson.Question(id, k, document.getValue().cable(), prompt.getValue(), "", List.of(), null, null, List.of(), List.of(),
                    null, null, null, model.getValue(), rubric);
        }
        List<Quiz.Choice> choiceList = new ArrayList<>();
        if ("map-place".equals(k)) {
            for (String line : lines(places.getValue())) {
                boolean right = line.startsWith("*");
                String name = right ? line.substring(1).strip() : line;
                org.cables.content.Place place = place(name).orElseThrow(() -> new SetRefused("set.refused.place", name));
                choiceList.add(new Quiz.Choice(place.id().value(), place.name(), right));
            }
        }
        for (String line : "map-place".equals(k) ? List.<String>of() : lines(choices.getValue())) {
            boolean right = line.startsWith("*");
            choiceList.add(new Quiz.Choice("c" + (choiceList.size() + 1), right ? line.substring(1).strip() : line, right));
        }
        List<Quiz.Item> itemList = new ArrayList<>();
        for (String line : lines(items.getValue())) {
            itemList.add(new Quiz.Item("i" + (itemList.size() + 1), line));
        }
        List<Quiz.Pair> pairList = new ArrayList<>();
        for (String line : lines(pairs.getValue())) {
            int at = line.indexOf('=');
            if (at < 0) {
                throw new SetRefused("set.refused.pairs", DocumentSets.MAX_CHOICES);
            }
            pairList.add(new Quiz.Pair("p" + (pairList.size() + 1), line.substring(0, at).strip(), line.substring(at + 1).strip()));
        }
        return new Lesson.Question(id, k, document.getValue().cable(), prompt.getValue(), explanation.getValue(),
                List.of("single", "multiple", "source", "map-line", "map-place").contains(k) ? choiceList : List.of(),
                statement.getValue(), trueOrFalse.getValue(), "order".equals(k) ? itemList : List.of(),
                "match".equals(k) ? pairList : List.of(), excerpt.getValue(), skill.getValue(),
                k.startsWith("map-") ? mapDate.getDay() : null, null, null);
    }

    /** A place of the exhibit's by the name a teacher typed: its name, a variant or its Korean name, in any case. */
    private java.util.Optional<org.cables.content.Place> place(String name) {
        String wanted = name.strip().toLowerCase(java.util.Locale.ROOT);
        return corpus.places().stream().filter(p -> p.name().toLowerCase(java.util.Locale.ROOT).equals(wanted)
                || p.variants().stream().anyMatch(v -> v.toLowerCase(java.util.Locale.ROOT).equals(wanted))).findFirst();
    }

    private static List<String> lines(String text) {
        return (text == null ? "" : text).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
