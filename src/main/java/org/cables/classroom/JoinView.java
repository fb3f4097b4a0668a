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

    private final java.time.Clock clock;
    private final TextField againCode = new TextField();
    private final TextField personal = new TextField();
    private final Paragraph againProblem = new Paragraph();

    JoinView(Classrooms classrooms, ClassroomProperties properties, java.time.Clock clock) {
        this.classrooms = classrooms;
        this.clock = clock;
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
        againCode.setLabel(getTranslation("join.code"));
        againCode.addClassName("reenter-code");
        againCode.setMaxLength(12);
        againCode.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        personal.setLabel(getTranslation("join.reentry"));
        personal.setHelperText(getTranslation("join.reentry-help"));
        personal.addClassName("reenter-personal");
        personal.setMaxLength(12);
        personal.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        againProblem.addClassName("reenter-problem");
        againProblem.getElement().setAttribute("role", "alert");
        Button carryOn = new Button(getTranslation("join.reentry-submit"), e -> reenter());
        carryOn.addClassName("reenter-submit");
        Div again = new Div(againCode, personal, carryOn);
        again.addClassName("join-form");
        com.vaadin.flow.component.html.Section otherDevice = new com.vaadin.flow.component.html.Section(
                new com.vaadin.flow.component.html.H2(getTranslation("join.reentry-heading")),
                new Paragraph(getTranslation("join.reentry-lead")), again, againProblem);
        otherDevice.addClassName("join-reentry");
        add(new H1(getTranslation("join.heading")), new Paragraph(getTranslation("join.lead")), already, form, problem, privacy, otherDevice);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(code::setValue);
        already.removeAll();
        StudentPass.current().flatMap(classrooms::student).filter(j -> j.session().open()).ifPresent(joined -> {
            already.add(new Paragraph(getTranslation("join.already", joined.session().title(), joined.student().name())),
                    new Anchor(joined.session().assignment() ? ClassroomNavigation.work() : ClassroomNavigation.studentClass(),
                            getTranslation("join.back")));
        });
        (code.isEmpty() ? code : name).focus();
    }

    private void join() {
        try {
            Classrooms.Joined joined = classrooms.join(code.getValue(), name.getValue(), joiner());
            StudentPass.give(joined.student(), joined.session(), clock.instant());
            problem.setText("");
            getUI().ifPresent(ui -> ui.navigate(joined.session().assignment() ? ClassroomNavigation.work() : ClassroomNavigation.studentClass()));
        } catch (JoinRefused refused) {
            problem.setText(getTranslation(refused.key(), ClassDates.readable(refused.arguments(), getLocale(), clock)));
            boolean aboutName = refused.key().startsWith("join.refused.name");
            (aboutName ? name : code).setInvalid(true);
            (aboutName ? code : name).setInvalid(false);
            (aboutName ? name : code).focus();
        }
    }

    /** A student of an assignment carries on here with the class's code and their own re-entry code. */
    private void reenter() {
        try {
            Classrooms.Joined joined = classrooms.reenter(againCode.getValue(), personal.getValue(), joiner());
            StudentPass.give(joined.student(), joined.session(), clock.instant());
            againProblem.setText("");
            getUI().ifPresent(ui -> ui.navigate(WorkView.class));
        } catch (JoinRefused refused) {
            againProblem.setText(getTranslation(refused.key(), ClassDates.readable(refused.arguments(), getLocale(), clock)));
            boolean aboutCode = refused.key().endsWith("code-form");
            againCode.setInvalid(aboutCode);
            personal.setInvalid(!aboutCode);
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
