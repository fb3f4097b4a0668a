package org.cables.shell;

import com.vaadin.flow.component.Component;

/** Lets tests in other packages expect the (package-private) not-found view. */
public final class NotFoundViewAccess {

    private NotFoundViewAccess() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends Component> Class<T> type() {
        return (Class<T>) (Class<?>) NotFoundView.class;
    }
}
