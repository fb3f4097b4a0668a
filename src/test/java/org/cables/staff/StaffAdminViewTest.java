package org.cables.staff;

import static org.assertj.core.api.Assertions.assertThat;


import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Admins create teacher accounts; what cannot be an account is refused with a reason. */
@SpringBootTest
@SuppressWarnings({"removal", "unchecked"})
class StaffAdminViewTest extends ExhibitViewTest {

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @BeforeEach
    void english() {
        SignedIn.as("admin-in-view", StaffRole.ADMIN);
    }

    void fill(String username, String name, String password) {
        test($(TextField.class).withClassName("staff-new-username").single()).setValue(username);
        test($(TextField.class).withClassName("staff-new-name").single()).setValue(name);
        test($(PasswordField.class).withClassName("staff-new-password").single()).setValue(password);
        test($(Button.class).withClassName("staff-create").single()).click();
    }

    @Test
    void anAdminCreatesATeacherWhoseKeyIsAHash() {
        navigate(StaffAdminView.class);
        fill("Ms.Park", "Park Ji-won", "history is not a password");
        assertThat($(Paragraph.class).withClassName("staff-outcome").single().getText()).contains("“ms.park” was created");
        Grid<StaffAccount> grid = $(Grid.class).withClassName("staff-accounts").single();
        assertThat(grid.getGenericDataView().getItems().map(StaffAccount::username)).contains("ms.park");
        var user = accounts.loadUserByUsername("ms.park");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_TEACHER");
        assertThat(user.getPassword()).startsWith("$2").doesNotContain("history");
        assertThat(encoder.matches("history is not a password", user.getPassword())).isTrue();
    }

    @Test
    void whatCannotBeAnAccountIsRefusedWithAReason() {
        navigate(StaffAdminView.class);
        fill("no", "Someone", "long enough password");
        assertThat($(Paragraph.class).withClassName("staff-outcome").single().getText()).startsWith("Choose a user name");
        fill("short-password", "Someone", "eleven char");
        assertThat($(Paragraph.class).withClassName("staff-outcome").single().getText()).isEqualTo(
                "The password must have at least 12 characters.");
        // 28 Hangul syllables are 84 bytes in UTF-8, more than BCrypt reads: refused with a reason, not an error.
        fill("long-password", "Someone", "비밀전보를읽는한국전쟁이야기와스탈린마오쩌둥김일성의편지");
        assertThat($(Paragraph.class).withClassName("staff-outcome").single().getText()).startsWith(
                "The password is too long: at most 72 bytes can be used");
        assertThat(accounts.find("long-password")).isEmpty();
        // 24 of them (72 bytes) are a good passphrase.
        fill("korean-password", "Someone", "비밀전보를읽는한국전쟁이야기와스탈린마오쩌둥김일");
        assertThat(accounts.find("korean-password")).isPresent();
        fill("twice", "Someone", "long enough password");
        fill("twice", "Someone else", "long enough password");
        assertThat($(Paragraph.class).withClassName("staff-outcome").single().getText()).isEqualTo("That user name is taken. Choose another.");
        assertThat(accounts.find("short-password")).isEmpty();
    }

    @Test
    void theLastAdminCannotBeRemoved() {
        accounts.all().stream().filter(a -> a.role() == StaffRole.ADMIN).forEach(a -> {
            if (accounts.count(StaffRole.ADMIN) > 1) {
                accounts.remove(a.username());
            }
        });
        if (accounts.count(StaffRole.ADMIN) == 0) {
            accounts.create("only-admin", "Only Admin", "long enough password", StaffRole.ADMIN);
        }
        String only = accounts.all().stream().filter(a -> a.role() == StaffRole.ADMIN).findFirst().orElseThrow().username();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.remove(only))
                .isInstanceOf(StaffAccounts.Refused.class).hasMessage("staff.refused.last-admin");
    }
}
