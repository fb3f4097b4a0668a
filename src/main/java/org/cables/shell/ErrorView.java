package org.cables.shell;

import com.vaadin.flow.server.auth.AnonymousAllowed;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;
import org.cables.incident.IncidentId;
import org.cables.incident.IncidentLog;

/**
 * Something broke while opening a page. The visitor sees an apology and a reference to quote;
 * the details go to the log and the incident table, never to the screen.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
final class ErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private final IncidentLog incidents;

    ErrorView(IncidentLog incidents) {
        this.incidents = incidents;
        addClassNames("error-view", "reading");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        IncidentId id = incidents.record("/" + event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException());
        removeAll();
        Span reference = new Span(id.value());
        reference.addClassName("incident-reference");
        add(new H1(getTranslation("error.heading")),
                new Paragraph(getTranslation("error.text")),
                new Paragraph(new Span(getTranslation("error.reference") + " "), reference),
                new Paragraph(new RouterLink(getTranslation("not-found.home"), HomeView.class)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page-title");
    }
}
