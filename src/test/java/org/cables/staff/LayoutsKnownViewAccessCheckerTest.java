package org.cables.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.AdditionalAnswers;
import org.springframework.mock.web.MockServletContext;

/**
 * The check of a page's annotations gives Vaadin's own answer for every page, layout and visitor,
 * and no longer has every route of the application described again at each change of page.
 */
class LayoutsKnownViewAccessCheckerTest {

    @AnonymousAllowed
    static class OpenLayout extends Div implements RouterLayout {
    }

    @RolesAllowed("TEACHER")
    static class TeachersLayout extends Div implements RouterLayout {
    }

    @AnonymousAllowed
    static class OpenPage extends Div {
    }

    @AnonymousAllowed
    static class OpenPageInTeachersLayout extends Div {
    }

    @RolesAllowed("ADMIN")
    static class AdminsPage extends Div {
    }

    static class UnmarkedPage extends Div {
    }

    static final Principal TEACHER = () -> "teacher";
    static final Principal ADMIN = () -> "admin";

    final AccessAnnotationChecker annotations = new AccessAnnotationChecker();
    final AnnotatedViewAccessChecker vaadins = new AnnotatedViewAccessChecker(annotations);
    final LayoutsKnownViewAccessChecker checker = new LayoutsKnownViewAccessChecker(vaadins, annotations);
    ApplicationRouteRegistry routes;
    RouteRegistry counted;

    @BeforeEach
    void anApplicationWithFourPages() {
        VaadinServletContext context = new VaadinServletContext(new MockServletContext());
        VaadinService service = mock(VaadinService.class);
        when(service.getContext()).thenReturn(context);
        DeploymentConfiguration production = mock(DeploymentConfiguration.class);
        when(production.isProductionMode()).thenReturn(true);
        when(service.getDeploymentConfiguration()).thenReturn(production);
        VaadinService.setCurrent(service);
        routes = ApplicationRouteRegistry.getInstance(context);
        routes.setRoute("open", OpenPage.class, List.of(OpenLayout.class));
        routes.setRoute("classes/open", OpenPageInTeachersLayout.class, List.of(TeachersLayout.class));
        routes.setRoute("admin", AdminsPage.class, List.of(OpenLayout.class));
        routes.setRoute("unmarked", UnmarkedPage.class, List.of());
        counted = mock(RouteRegistry.class, AdditionalAnswers.delegatesTo(routes));
    }

    @AfterEach
    void noService() {
        VaadinService.setCurrent(null);
    }

    private NavigationContext visit(String path, Class<? extends Component> page, Principal who, String... roles) {
        Set<String> held = Set.of(roles);
        return new NavigationContext(new Router(counted), page, new Location(path), RouteParameters.empty(), who,
                held::contains, false);
    }

    private void sameAnswerAsVaadin(NavigationContext visit) {
        AccessCheckResult ours = checker.check(visit);
        AccessCheckResult theirs = vaadins.check(visit);
        assertThat(ours).as(visit.getNavigationTarget().getSimpleName() + " for " + visit.getPrincipal()).isEqualTo(theirs);
    }

    @Test
    void everyAnswerIsVaadins() {
        for (var who : new Principal[] {null, TEACHER, ADMIN}) {
            String[] roles = who == TEACHER ? new String[] {"TEACHER"} : who == ADMIN ? new String[] {"ADMIN"} : new String[0];
            sameAnswerAsVaadin(visit("open", OpenPage.class, who, roles));
            sameAnswerAsVaadin(visit("classes/open", OpenPageInTeachersLayout.class, who, roles));
            sameAnswerAsVaadin(visit("admin", AdminsPage.class, who, roles));
            sameAnswerAsVaadin(visit("unmarked", UnmarkedPage.class, who, roles));
        }
        assertThat(checker.check(visit("open", OpenPage.class, null)).decision().name()).isEqualTo("ALLOW");
        assertThat(checker.check(visit("classes/open", OpenPageInTeachersLayout.class, null)).decision().name())
                .as("a visitor may not open an open page inside a teachers' layout").isEqualTo("DENY");
        assertThat(checker.check(visit("classes/open", OpenPageInTeachersLayout.class, TEACHER, "TEACHER")).decision().name())
                .isEqualTo("ALLOW");
        assertThat(checker.check(visit("admin", AdminsPage.class, TEACHER, "TEACHER")).decision().name()).isEqualTo("DENY");
    }

    @Test
    void thePagesLayoutsAreLookedUpOnceNotAtEveryVisit() {
        for (int i = 0; i < 5; i++) {
            assertThat(checker.check(visit("open", OpenPage.class, null)).decision().name()).isEqualTo("ALLOW");
        }
        verify(counted, times(1)).getRegisteredRoutes();
        for (int i = 0; i < 5; i++) {
            vaadins.check(visit("open", OpenPage.class, null));
        }
        verify(counted, times(6)).getRegisteredRoutes();
    }

    @Test
    void aNewRouteIsSeen() {
        assertThat(checker.check(visit("open", OpenPage.class, null)).decision().name()).isEqualTo("ALLOW");
        // The same page at a second address, inside the teachers' layout: its layouts are looked up again.
        routes.setRoute("classes/also-open", OpenPage.class, List.of(TeachersLayout.class));
        sameAnswerAsVaadin(visit("open", OpenPage.class, null));
        sameAnswerAsVaadin(visit("classes/also-open", OpenPage.class, null));
        assertThat(LayoutsKnownViewAccessChecker.parentLayoutsOf(OpenPage.class, routes))
                .containsExactlyInAnyOrder(OpenLayout.class, TeachersLayout.class);
        // Ours once before the new route and once after it; Vaadin's four times (twice on its own, twice
        // answering for ours, since the teachers' layout now stands in the visitor's way).
        verify(counted, times(2 + 4)).getRegisteredRoutes();
    }

    @Test
    void withoutAServiceVaadinsCheckAnswers() {
        VaadinService.setCurrent(null);
        assertThat(checker.check(visit("open", OpenPage.class, null)).decision().name()).isEqualTo("ALLOW");
        assertThat(checker.check(visit("open", OpenPage.class, null)).decision().name()).isEqualTo("ALLOW");
        verify(counted, times(2)).getRegisteredRoutes();
    }
}
