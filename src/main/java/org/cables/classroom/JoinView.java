package org.cables.classroom;

import org.cables.navigation.ClassroomNavigation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Students join a class: the code on the teacher's screen and a name. No account, no e-mail.
 * A wrong code says so plainly; too many wrong codes from one browser, or from one address, must wait.
 */
@Route(ClassroomNavigation.JOIN)
@AnonymousAllowed
@Menu(title = "nav.join", order = 7, icon = "vaadin:group")
final class JoinView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String BROWSER = JoinView.class.getName() + ".browser";

    private final Classrooms classrooms;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Paragraph problem = new Paragraph();
    private final Div already = new Div();

    JoinView(Classrooms classrooms, ClassroomProperties properties) {
        this.classrooms = classrooms;
        addClassNames("join-view", "reading");
        code.setLabel(getTranslation("join.code"));
        code.setHelperText(getTranslation("join.code-help"));
        code.addClassName("join-code");
        code.setMaxLength(12);
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        code.setAutocorrect(false);
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        code.setRequired(true);
        name.setLabel(getTranslation("join.name"));
        name.setHelperText(getTranslation("join.name-help"));
        name.addClassName("join-name");
        name.setMaxLength(Classrooms.MAX_NAME);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        name.setRequired(true);
        problem.addClassName("join-problem");
        problem.getElement().setAttribute("role", "alert");
        already.addClassName("join-already");
        Button join = new Button(getTranslation("join.submit"), e -> join());
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.addClassName("join-submit");
        join.addClickShortcut(Key.ENTER);
        Paragraph privacy = new Paragraph(getTranslation("join.privacy", properties.retention().toDays()));
        privacy.addClassName("join-privacy");
        Div form = new Div(code, name, join);
        form.addClassName("join-form");
        add(new H1(getTranslation("join.heading")), new Paragraph(getTranslation("join.lead")), already, form, problem, privacy);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(code::setValue);
        already.removeAll();
        StudentPass.current().flatMap(classrooms::student).filter(j -> j.session().open()).ifPresent(joined -> {
            already.add(new Paragraph(getTranslation("join.already", joined.session().title(), joined.student().name())),
                    new Anchor(ClassroomNavigation.studentClass(), getTranslation("join.back")));
        });
        (code.isEmpty() ? code : name).focus();
    }

    private void join() {
        try {
            Classrooms.Joined joined = classrooms.join(code.getValue(), name.getValue(), joiner());
            StudentPass.give(joined.student());
            problem.setText("");
            getUI().ifPresent(ui -> ui.navigate(ClassView.class));
        } catch (JoinRefused refused) {
            problem.setText(getTranslation(refused.key(), refused.arguments()));
            boolean aboutName = refused.key().startsWith("join.refused.name");
            (aboutName ? name : code).setInvalid(true);
            (aboutName ? code : name).setInvalid(false);
            (aboutName ? name : code).focus();
        }
    }

    /** This browser and its address; the browser is a random key kept in its session, so that no session id is kept elsewhere. */
    private static Joiner joiner() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session.getAttribute(BROWSER) == null) {
            session.setAttribute(BROWSER, java.util.UUID.randomUUID().toString());
        }
        return new Joiner(session.getBrowser().getAddress(), (String) session.getAttribute(BROWSER));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.heading") + " · " + getTranslation("shell.title");
    }
}
