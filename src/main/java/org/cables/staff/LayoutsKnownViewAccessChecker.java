package org.cables.staff;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * Vaadin's check of a page's {@code @AnonymousAllowed} / {@code @RolesAllowed} and its layouts',
 * without listing every route of the exhibit at every change of page. Vaadin's own check asks its
 * route registry for all the routes to find the page's parent layouts, and the registry builds
 * each route's description anew on every call: under load a profile put that among the larger
 * shares of all that was allocated (issue 22, decision 64).
 *
 * <p>This check knows each page's parent layouts once (forgotten whenever a route of the
 * application is added or removed) and tests the page, every parent layout of every route of the
 * page, and the automatic layout of the address: at least everything Vaadin's check tests. When
 * all of them let the visitor in, the answer is Vaadin's answer, to allow; when any of them does
 * not, or there is no Vaadin service to tell of changes of routes, Vaadin's own check answers,
 * with its own reasons. So the answer is always Vaadin's, only found sooner when it is yes.
 * Routes are registered for the application only ({@code ArchitectureTest}); a route of a single
 * session would not be seen here.
 */
final class LayoutsKnownViewAccessChecker implements NavigationAccessChecker {

    private final AnnotatedViewAccessChecker vaadins;
    private final AccessAnnotationChecker annotations;
    private final Map<Class<?>, List<Class<?>>> parentLayouts = new ConcurrentHashMap<>();
    private volatile ApplicationRouteRegistry listenedTo;

    LayoutsKnownViewAccessChecker(AnnotatedViewAccessChecker vaadins, AccessAnnotationChecker annotations) {
        this.vaadins = vaadins;
        this.annotations = annotations;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (listeningToRouteChanges() && everythingLetsIn(context)) {
            return context.allow();
        }
        return vaadins.check(context);
    }

    private boolean everythingLetsIn(NavigationContext context) {
        Principal principal = context.getPrincipal();
        Function<String, Boolean> roles = context::hasRole;
        Class<?> page = context.getNavigationTarget();
        if (!annotations.hasAccess(page, principal, roles)) {
            return false;
        }
        RouteRegistry registry = context.getRouter().getRegistry();
        String path = context.getLocation().getPath();
        if (registry.hasLayout(path) && !annotations.hasAccess(registry.getLayout(path), principal, roles)) {
            return false;
        }
        for (Class<?> layout : parentLayouts.computeIfAbsent(page, target -> parentLayoutsOf(target, registry))) {
            if (!annotations.hasAccess(layout, principal, roles)) {
                return false;
            }
        }
        return true;
    }

    /** The parent layouts of every route of the page, its other addresses (aliases) included. */
    static List<Class<?>> parentLayoutsOf(Class<?> page, RouteRegistry registry) {
        return registry.getRegisteredRoutes().stream()
                .filter(route -> route.getNavigationTarget().equals(page))
                .<Class<?>>flatMap(route -> Stream.concat(route.getParentLayouts().stream(),
                        route.getRouteAliases().stream().flatMap(alias -> alias.getParentLayouts().stream())))
                .distinct()
                .toList();
    }

    /**
     * Whether the layouts kept are forgotten when the application's routes change: listens to the
     * current service's registry of routes, once (again if the service is another, as in tests).
     */
    private boolean listeningToRouteChanges() {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            return false;
        }
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(service.getContext());
        if (registry != listenedTo) {
            synchronized (this) {
                if (registry != listenedTo) {
                    parentLayouts.clear();
                    registry.addRoutesChangeListener(change -> parentLayouts.clear());
                    listenedTo = registry;
                }
            }
        }
        return true;
    }
}
