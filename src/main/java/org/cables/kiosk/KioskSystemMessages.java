package org.cables.kiosk;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.DefaultSystemMessagesProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.cables.visitor.KioskMode;
import org.springframework.stereotype.Component;

/**
 * On a kiosk nobody is there to click "Session expired" or "Internal error" notices: when the
 * server no longer knows the page (it restarted, or the session ended), the kiosk goes straight
 * to its reset address and from there to the attract loop.
 */
@Component
class KioskSystemMessages implements VaadinServiceInitListener {

    private final KioskMode kiosk;

    KioskSystemMessages(KioskMode kiosk) {
        this.kiosk = kiosk;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this::messages);
    }

    SystemMessages messages(SystemMessagesInfo info) {
        VaadinRequest request = info.getRequest();
        boolean onKiosk = kiosk.settings().enabled() || (request != null && (kiosk.active(request.getCookies())
                || String.valueOf(request.getPathInfo()).startsWith("/kiosk")));
        if (!onKiosk) {
            return DefaultSystemMessagesProvider.get().getSystemMessages(info);
        }
        String context = request == null || request.getContextPath() == null ? "" : request.getContextPath();
        String reset = context + "/" + KioskIdle.RESET;
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(reset);
        messages.setInternalErrorNotificationEnabled(false);
        messages.setInternalErrorURL(reset);
        // A request without the session cookie (it was lost) looks to Vaadin like cookies disabled.
        messages.setCookiesDisabledNotificationEnabled(false);
        messages.setCookiesDisabledURL(reset);
        return messages;
    }
}
