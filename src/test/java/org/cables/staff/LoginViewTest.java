package org.cables.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.login.LoginForm;
import org.cables.i18n.ExhibitLanguage;
import org.cables.testing.ExhibitViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The sign-in page says how long to wait when guessing has paused it, in the visitor's language. */
@SpringBootTest
class LoginViewTest extends ExhibitViewTest {

    String error() {
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        return form.getElement().getPropertyRaw("i18n").toString();
    }

    @Test
    void aPausedSignInSaysHowLong() {
        visit("login?wait=840");
        assertThat(error()).contains("Sign-in paused", "Try again in 14 minutes.");
        visit("login?wait=60");
        assertThat(error()).contains("Try again in 1 minute.");
        visit("login?wait=4");
        assertThat(error()).contains("Try again in 4 seconds.");
        chooseLanguage(ExhibitLanguage.KOREAN);
        assertThat(error()).contains("로그인이 잠시 중지되었습니다", "4초 후에 다시 시도하세요");
    }

    @Test
    void aWrongPasswordIsStillSaidSo() {
        visit("login?error");
        assertThat(error()).contains("Wrong user name or password");
    }
}
