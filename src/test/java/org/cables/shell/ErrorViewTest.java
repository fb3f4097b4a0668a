package org.cables.shell;

import static org.assertj.core.api.Assertions.assertThat;


import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import org.cables.incident.IncidentId;
import org.cables.incident.IncidentLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ErrorViewTest extends ExhibitViewTest {

    @Autowired
    IncidentLog incidents;

    @BeforeEach
    void register() {
        RouteConfiguration.forApplicationScope().setRoute("broken", BrokenView.class);
    }

    @AfterEach
    void unregister() {
        RouteConfiguration.forApplicationScope().removeRoute("broken");
    }

    @Test
    void aBrokenPageShowsAnApologyAndAReferenceButNoDetails() {
        navigate("broken", ErrorView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Something went wrong on our side");
        String reference = $(Span.class).withClassName("incident-reference").single().getText();
        IncidentId id = new IncidentId(reference);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).doesNotContain("IllegalStateException").doesNotContain("secret detail");

        assertThat(incidents.find(id)).hasValueSatisfying(incident -> {
            assertThat(incident.location()).isEqualTo("/broken");
            assertThat(incident.errorType()).isEqualTo(IllegalStateException.class.getName());
            assertThat(incident.message()).isEqualTo("secret detail");
        });
    }

    @com.vaadin.flow.server.auth.AnonymousAllowed
    static final class BrokenView extends Div {
        BrokenView() {
            throw new IllegalStateException("secret detail");
        }
    }
}
