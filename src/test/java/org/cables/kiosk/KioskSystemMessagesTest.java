package org.cables.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;

import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import org.cables.system.ExhibitProperties;
import org.cables.visitor.KioskMode;
import org.junit.jupiter.api.Test;

/** A kiosk whose session the server no longer knows goes back to the attract loop by itself. */
class KioskSystemMessagesTest {

    static KioskSystemMessages messages(boolean kioskProfile) {
        return new KioskSystemMessages(new KioskMode(new ExhibitProperties(null, null, null,
                new ExhibitProperties.Kiosk(kioskProfile, null, null, null, null))));
    }

    static SystemMessagesInfo request(String path, Cookie... cookies) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getCookies()).thenReturn(cookies);
        when(request.getPathInfo()).thenReturn(path);
        when(request.getContextPath()).thenReturn("");
        return new SystemMessagesInfo(Locale.ENGLISH, request, null);
    }

    @Test
    void aKioskBrowserIsSentToTheResetInsteadOfBeingAskedToClick() {
        SystemMessages kiosk = messages(false).messages(request("/tours/road-to-war", new Cookie(KioskMode.COOKIE, "1")));
        assertThat(kiosk.isSessionExpiredNotificationEnabled()).isFalse();
        assertThat(kiosk.getSessionExpiredURL()).isEqualTo("/kiosk/reset");
        assertThat(kiosk.isInternalErrorNotificationEnabled()).isFalse();
        assertThat(kiosk.getInternalErrorURL()).isEqualTo("/kiosk/reset");
        assertThat(kiosk.isCookiesDisabledNotificationEnabled()).isFalse();
        assertThat(kiosk.getCookiesDisabledURL()).isEqualTo("/kiosk/reset");
        assertThat(messages(true).messages(request("/archive")).getSessionExpiredURL()).isEqualTo("/kiosk/reset");
        assertThat(messages(false).messages(request("/kiosk")).getSessionExpiredURL()).isEqualTo("/kiosk/reset");
    }

    @Test
    void anOrdinaryBrowserKeepsVaadinsNotices() {
        SystemMessages web = messages(false).messages(request("/tours/road-to-war"));
        assertThat(web.getSessionExpiredURL()).isNull();
    }
}
