package org.cables.quiz;

import org.cables.navigation.QuizNavigation;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import org.cables.content.ExhibitContent;
import org.cables.content.Quiz;
import org.cables.visitor.VisitorId;

/** The quizzes, one per tour, with this visitor's best and latest results. */
@Route(QuizNavigation.QUIZZES)
@Menu(title = "nav.quizzes", order = 6, icon = "vaadin:academy-cap")
@AnonymousAllowed
final class QuizzesView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final ExhibitContent content;
    private final QuizAttempts attempts;

    QuizzesView(ExhibitContent content, QuizAttempts attempts) {
        this.content = content;
        this.attempts = attempts;
        addClassNames("quizzes-view", "reading-wide");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quizzes.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("quizzes.heading")), new Paragraph(getTranslation("quizzes.intro")));
        VisitorId visitor = VisitorId.current();
        List<Quiz> quizzes = content.corpus(getLocale()).quizzes().stream()
                .sorted(Comparator.comparingInt(q -> content.corpus(getLocale()).tours().stream().map(t -> t.id()).toList().indexOf(q.tour())))
                .toList();
        for (Quiz quiz : quizzes) {
            Div card = new Div();
            card.addClassName("tour-card");
            card.add(new H2(new Anchor(QuizNavigation.quiz(quiz.id()), quiz.title())), new Paragraph(quiz.intro()),
                    new Paragraph(getTranslation("quiz.size", quiz.questions().size())));
            var results = attempts.results(visitor, quiz.id());
            if (!results.isEmpty()) {
                var latest = results.getFirst();
                card.add(new Paragraph(getTranslation("quiz.latest", latest.score(), latest.maxScore())));
            }
            add(card);
        }
    }
}
