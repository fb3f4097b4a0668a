package org.cables.sets;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.cables.classroom.ClassroomProperties;
import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.SetNavigation;

/** A teacher's own document sets: start one, open one, copy a colleague's by its share code. */
@Route(SetNavigation.SETS)
@RolesAllowed({"TEACHER", "ADMIN"})
@Menu(title = "nav.sets", order = 21, icon = "vaadin:folder-open")
final class SetsView extends Div implements HasDynamicTitle {

    SetsView(DocumentSets sets, ClassroomProperties properties, AuthenticationContext authentication, Clock clock) {
        String teacher = SetTeacher.current(authentication).orElseThrow();
        addClassNames("sets-view", "reading-wide");
        TextField title = new TextField(getTranslation("sets.new-title"));
        title.setMaxLength(DocumentSets.MAX_TITLE);
        title.addClassName("sets-new-title");
        Paragraph problem = new Paragraph();
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        Button create = new Button(getTranslation("sets.create"), e -> {
            try {
                DocumentSet set = sets.create(teacher, title.getValue());
                getUI().ifPresent(ui -> ui.navigate(SetNavigation.set(set.id())));
            } catch (SetRefused refused) {
                problem.setText(getTranslation(refused.key(), refused.arguments()));
                title.focus();
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClassName("sets-create");
        Div form = new Div(title, create);
        form.addClassName("teach-form");

        TextField code = new TextField(getTranslation("sets.copy-code"));
        code.setMaxLength(12);
        code.addClassName("sets-copy-code");
        Paragraph copyProblem = new Paragraph();
        copyProblem.addClassName("reenter-problem");
        copyProblem.getElement().setAttribute("role", "alert");
        Button copy = new Button(getTranslation("sets.copy"), e -> {
            try {
                DocumentSet set = sets.copy(teacher, code.getValue());
                getUI().ifPresent(ui -> ui.navigate(SetNavigation.set(set.id())));
            } catch (SetRefused refused) {
                copyProblem.setText(getTranslation(refused.key(), refused.arguments()));
                code.focus();
            }
        });
        copy.addClassName("sets-copy");
        Div copyForm = new Div(code, copy);
        copyForm.addClassName("teach-form");

        UnorderedList list = new UnorderedList();
        list.addClassName("teach-classes");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        var mine = sets.setsOf(teacher);
        for (DocumentSet set : mine) {
            Anchor open = new Anchor(SetNavigation.set(set.id()), set.title());
            Span facts = new Span(getTranslation("sets.facts", set.lesson().documents().size(), set.lesson().questions().size(),
                    set.shareCode().spaced(), date.format(set.deleteAfter().atZone(clock.getZone()))));
            facts.addClassName("teach-class-facts");
            ListItem item = new ListItem(new H3(open), facts);
            item.addClassNames("teach-class", "sets-set");
            list.add(item);
        }
        Paragraph none = new Paragraph(getTranslation("sets.none"));
        none.setVisible(mine.isEmpty());
        add(new H1(getTranslation("sets.heading")), new Paragraph(getTranslation("sets.lead")),
                new Paragraph(new Anchor(ArchiveNavigation.archive(), getTranslation("sets.to-archive"))),
                new H2(getTranslation("sets.new")), form, problem,
                new H2(getTranslation("sets.yours")), none, list,
                new H2(getTranslation("sets.copy-heading")), new Paragraph(getTranslation("sets.copy-lead")), copyForm, copyProblem,
                new Paragraph(getTranslation("sets.retention", properties.retention().toDays())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sets.heading") + " · " + getTranslation("shell.title");
    }
}
