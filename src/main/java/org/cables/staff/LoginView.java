package org.cables.staff;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in for staff (teachers and admins). Visitors and students never need it: students join
 * a class with its code at {@code /join}.
 */
@Route(SecurityConfiguration.LOGIN)
@AnonymousAllowed
final class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final H1 heading = new H1();
    private final Paragraph who = new Paragraph();
    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassNames("login-view", "reading");
        form.setAction(SecurityConfiguration.LOGIN);
        form.setForgotPasswordButtonVisible(false);
        add(heading, who, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title") + " · " + getTranslation("shell.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("login.heading"));
        who.setText(getTranslation("login.who"));
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form-title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
    }
}
