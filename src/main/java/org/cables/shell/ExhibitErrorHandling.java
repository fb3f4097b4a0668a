package org.cables.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.cables.incident.IncidentId;
import org.cables.incident.IncidentLog;
import org.springframework.stereotype.Component;

/**
 * Errors after a page has opened (a button that fails, say): recorded as an incident and
 * shown to the visitor as a short message with the reference, without a stack trace.
 */
@Component
class ExhibitErrorHandling implements VaadinServiceInitListener {

    private final IncidentLog incidents;

    ExhibitErrorHandling(IncidentLog incidents) {
        this.incidents = incidents;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        String location = ui == null ? "(no page)" : "/" + ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
        IncidentId id = incidents.record(location, event.getThrowable());
        if (ui != null) {
            Notification notification = Notification.show(
                    ui.getTranslation("error.notification", id.value()), 10_000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
