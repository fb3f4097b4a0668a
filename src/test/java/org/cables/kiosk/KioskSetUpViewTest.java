package org.cables.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeButton;
import org.cables.staff.SignedIn;
import org.cables.staff.StaffRole;
import org.cables.testing.ExhibitViewTest;
import org.cables.visitor.KioskMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Without the {@code kiosk} profile, only staff can turn a browser into a kiosk. */
@SpringBootTest
class KioskSetUpViewTest extends ExhibitViewTest {

    @Autowired
    KioskMode kiosk;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aVisitorWhoOpensKioskGetsTheStartPageAndStaysAVisitor() {
        navigate("kiosk", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("HomeView");
        assertThat(kiosk.active()).isFalse();
    }

    @Test
    void staffMakeABrowserAKiosk() {
        SignedIn.as("museum-admin", StaffRole.ADMIN);
        navigate("kiosk", KioskView.class);
        assertThat(viewText()).contains("Make this browser a kiosk");
        assertThat(kiosk.active()).as("not before staff say so").isFalse();
        test($(NativeButton.class).withClassName("kiosk-make-button").single()).click();
        assertThat(kiosk.active()).isTrue();
    }
}
