package org.cables.ui;

import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import org.cables.content.ContentId;

/** Looks up the entry an address names ({@code /cables/<id>}); an unknown or malformed id is a friendly 404. */
public final class RouteParameter {

    private RouteParameter() {
    }

    public static <T> Optional<T> find(BeforeEnterEvent event, String name, Function<String, Optional<T>> lookup) {
        Optional<T> found = event.getRouteParameters().get(name).filter(ContentId::isValidId).flatMap(lookup);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return found;
    }
}
