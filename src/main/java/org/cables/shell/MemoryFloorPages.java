package org.cables.shell;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Two pages that exist only for the memory benchmark ({@code src/load/run-load.sh}), which starts
 * the exhibit with {@code --exhibit.benchmark.memory-floor=true}: {@code /benchmark/bare}, a Vaadin
 * page with one heading and one paragraph and nothing of the exhibit, and {@code /benchmark/frame},
 * the same inside the exhibit's frame. Sessions of each, counted in the same run as the learners',
 * say how much of a learner's session is Vaadin's own cost, how much the frame's, and how much the
 * pages'. Never registered otherwise.
 */
@Component
class MemoryFloorPages implements VaadinServiceInitListener {

    static final String PROPERTY = "exhibit.benchmark.memory-floor";

    private final boolean enabled;

    MemoryFloorPages(Environment environment) {
        this.enabled = environment.getProperty(PROPERTY, Boolean.class, false);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!enabled) {
            return;
        }
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.setRoute("benchmark/bare", BarePage.class);
        routes.setRoute("benchmark/frame", FramedPage.class, List.of(MainLayout.class));
    }

    /** A page with no frame: Vaadin's own cost per session. */
    @AnonymousAllowed
    static final class BarePage extends Div {
        BarePage() {
            add(new H1("Memory floor"), new Paragraph("A page with nothing of the exhibit."));
        }
    }

    /** The same page inside the exhibit's frame (header, menus, side navigation, footer). */
    @AnonymousAllowed
    static final class FramedPage extends Div {
        FramedPage() {
            add(new H1("Memory floor"), new Paragraph("The exhibit's frame around an empty page."));
        }
    }
}
