package org.cables.sets;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.cables.classroom.Lesson;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.content.Tour;
import org.cables.navigation.SetNavigation;
import org.cables.quiz.QuestionInput;
import org.cables.quiz.QuizAnswer;
import org.cables.quiz.QuizScoring;
import org.cables.tours.StopContent;

/**
 * A teacher's set as a student sees it: the introduction, each document as a stop (with its
 * highlighted passage, the map of its date and the teacher's note), and the questions, which can
 * be tried here (nothing is kept); a writing question shows its model answer, which students never see.
 */
@Route(SetNavigation.PREVIEW)
@RolesAllowed({"TEACHER", "ADMIN"})
final class SetPreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentSets sets;
    private final ExhibitContent content;
    private final String teacher;
    private String title = "";

    SetPreviewView(DocumentSets sets, ExhibitContent content, AuthenticationContext authentication) {
        this.sets = sets;
        this.content = content;
        this.teacher = SetTeacher.current(authentication).orElseThrow();
        addClassNames("set-preview", "reading-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DocumentSet> set = event.getRouteParameters().get("set").flatMap(id -> sets.ofTeacher(id, teacher));
        if (set.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(set.get().lesson());
    }

    private void show(Lesson lesson) {
        removeAll();
        title = lesson.title();
        Corpus corpus = content.corpus(getLocale());
        Tour tour = lesson.asTour(corpus);
        RouterLink back = new RouterLink(getTranslation("sets.back-to-set"), SetEditorView.class, new RouteParameters("set", lesson.id()));
        back.addClassName("back-link");
        Paragraph note = new Paragraph(getTranslation("sets.preview-note"));
        note.addClassName("set-preview-note");
        note.getElement().setAttribute("role", "note");
        add(back, note, new H1(lesson.title()));
        if (!lesson.introduction().isBlank()) {
            Paragraph introduction = new Paragraph(lesson.introduction());
            introduction.addClassName("set-preview-introduction");
            add(introduction);
        }
        for (Tour.Stop stop : tour.stops()) {
            Section section = new Section(new Paragraph(getTranslation("stop.step", stop.position(), tour.stops().size())),
                    new StopContent(content, tour, stop, false));
            section.addClassName("set-preview-stop");
            add(section);
        }
        if (lesson.questions().isEmpty()) {
            return;
        }
        Section questions = new Section(new H2(getTranslation("work.questions")));
        questions.addClassName("set-preview-questions");
        int number = 1;
        for (Lesson.Question question : lesson.questions()) {
            Section one = new Section(new H3(getTranslation("work.question-number", number++) + " " + question.prompt()));
            one.addClassName("work-question");
            if (question.writing()) {
                TextArea answer = new TextArea(getTranslation("work.your-writing"));
                answer.setWidthFull();
                answer.setReadOnly(true);
                Paragraph model = new Paragraph(getTranslation("sets.model-shown", question.modelAnswer()));
                model.addClassName("set-preview-model");
                one.add(answer, model);
            } else {
                Quiz.Question q = question.asQuiz().orElseThrow();
                QuestionInput input = new QuestionInput(q, corpus);
                Div feedback = new Div();
                feedback.addClassName("quiz-feedback");
                feedback.getElement().setAttribute("role", "status");
                NativeButton check = new NativeButton(getTranslation("work.check"), e -> {
                    feedback.removeAll();
                    Optional<QuizAnswer> given = input.answer();
                    if (given.isEmpty()) {
                        feedback.add(new Paragraph(getTranslation("quiz.choose-first")));
                        return;
                    }
                    boolean right;
                    try {
                        right = QuizScoring.isCorrect(q, given.get());
                    } catch (QuizScoring.InvalidAnswer invalid) {
                        feedback.add(new Paragraph(getTranslation("quiz.invalid")));
                        return;
                    }
                    feedback.getElement().getClassList().set("correct", right);
                    feedback.getElement().getClassList().set("incorrect", !right);
                    feedback.add(new H3(getTranslation(right ? "quiz.correct" : "quiz.incorrect")), new Paragraph(q.explanation()));
                });
                check.addClassName("quiz-primary");
                one.add(input, check, feedback);
            }
            questions.add(one);
        }
        add(questions);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("shell.title");
    }
}
