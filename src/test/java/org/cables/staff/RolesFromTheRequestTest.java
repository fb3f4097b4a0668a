package org.cables.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.cables.testing.ServedPages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;

/** Who may open a page is checked with the roles the request carries, without Vaadin's search of the class path; staff pages stay closed to visitors. */
@Tag("served")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RolesFromTheRequestTest {

    @LocalServerPort
    int port;

    @Autowired
    NavigationAccessControl accessControl;

    /** A request of a signed-in teacher whose Vaadin service must not be asked for anything. */
    static VaadinServletRequest teachersRequest() {
        MockHttpServletRequest http = new MockHttpServletRequest("POST", "/");
        http.setQueryString("v-r=uidl&v-uiId=0");
        http.addParameter("v-r", "uidl");
        http.addUserRole("ROLE_TEACHER");
        return new VaadinServletRequest(http, null) {
            @Override
            public VaadinServletService getService() {
                throw new AssertionError("the roles were looked up through Vaadin's service");
            }
        };
    }

    @Test
    void theRolesComeFromTheRequest() {
        var control = new RolesFromTheRequest(List.of(), new DefaultAccessCheckDecisionResolver());
        var roles = control.getRolesChecker(teachersRequest());
        assertThat(roles.test("ROLE_TEACHER")).isTrue();
        assertThat(roles.test("ROLE_ADMIN")).isFalse();
        assertThat(control.getRolesChecker(null).test("ROLE_TEACHER")).isFalse();
    }

    @Test
    void theExhibitUsesItAndAStaffPageStaysClosedToAVisitor() throws Exception {
        assertThat(accessControl).isInstanceOf(RolesFromTheRequest.class);
        assertThat(accessControl.isEnabled()).isTrue();
        assertThat(accessControl.hasAccessChecker(LayoutsKnownViewAccessChecker.class))
                .as("the pages' annotations checked with their layouts known (decision 64)").isTrue();
        assertThat(accessControl.hasAccessChecker(com.vaadin.flow.server.auth.AnnotatedViewAccessChecker.class))
                .as("Vaadin's own check only answers for it").isFalse();
        HttpResponse<String> teach = new ServedPages(port).get("/teach", "Accept-Language", "en");
        assertThat(teach.body()).doesNotContain("exhibit-teach");
        assertThat(teach.statusCode() == 302 || teach.body().contains("login")).as("sent to sign in").isTrue();
    }
}
