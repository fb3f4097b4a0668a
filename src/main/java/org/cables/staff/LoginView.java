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
    /** Seconds the sign-in asks to wait after too many wrong passwords; 0 when it does not. */
    private long wait;

    LoginView() {
        addClassNames("login-view", "reading");
        form.setAction(SecurityConfiguration.LOGIN);
        form.setForgotPasswordButtonVisible(false);
        add(heading, who, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        wait = parameters.getSingleParameter(SignInThrottle.WAIT).map(LoginView::seconds).orElse(0L);
        form.setError(wait > 0 || parameters.getParameters().containsKey("error"));
        showTexts(); // the same page may be opened again with another wait
    }

    private static long seconds(String value) {
        try {
            return Math.clamp(Long.parseLong(value), 0, 24 * 3600);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** "1 second", "30 seconds", "1 minute", "15 minutes": the wait in words. */
    private String waitInWords() {
        if (wait == 1) {
            return getTranslation("login.wait.second");
        }
        if (wait < 60) {
            return getTranslation("login.wait.seconds", wait);
        }
        long minutes = (wait + 59) / 60;
        return minutes == 1 ? getTranslation("login.wait.minute") : getTranslation("login.wait.minutes", minutes);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title") + " · " + getTranslation("shell.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        showTexts();
    }

    private void showTexts() {
        heading.setText(getTranslation("login.heading"));
        who.setText(getTranslation("login.who"));
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form-title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setUsername(getTranslation("login.username-required"));
        error.setPassword(getTranslation("login.password-required"));
        if (wait > 0) {
            error.setTitle(getTranslation("login.paused.title"));
            error.setMessage(getTranslation("login.paused.message", waitInWords()));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
    }
}
