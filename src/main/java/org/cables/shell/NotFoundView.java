package org.cables.shell;

import com.vaadin.flow.server.auth.AnonymousAllowed;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist: say so kindly and offer the way home. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
final class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    NotFoundView() {
        addClassNames("not-found-view", "reading");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H1 heading = new H1(getTranslation("not-found.heading"));
        Paragraph explanation = new Paragraph(getTranslation("not-found.text"));
        RouterLink home = new RouterLink(getTranslation("not-found.home"), HomeView.class);
        home.addClassName("primary-link");
        add(heading, explanation, new Paragraph(home));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.page-title");
    }
}
