package org.cables.staff;

import java.util.Collection;
import java.util.function.Predicate;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;

/**
 * Vaadin's check of who may open a page (and see an entry of the menu), with the visitor's roles
 * read from the request, as Spring Security's request wrapper answers them. Vaadin's own Spring
 * version first asks its service lookup for the role prefix, at every change of page and for every
 * menu entry; for that class the lookup keeps no answer and lists every service file of every jar
 * on the class path each time, which a profile under load put at a tenth of the exhibit's
 * processor time (decision 55). The prefix is set once at start by Vaadin's security configurer,
 * so nothing is lost by not asking. Requests over a WebSocket (server push), whose wrapper knows
 * no roles, and checks outside a request still go Vaadin's way.
 */
final class RolesFromTheRequest extends SpringNavigationAccessControl {

    RolesFromTheRequest(Collection<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver) {
        super(checkers, resolver);
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servletRequest
                && !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)) {
            return servletRequest::isUserInRole;
        }
        return super.getRolesChecker(request);
    }
}
