package org.cables.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** Lets tests in other packages read the (package-private) menu of the current page. */
public final class SideNavigationAccess {

    private SideNavigationAccess() {
    }

    /** The addresses the current page's menu offers, in order. */
    public static List<String> paths() {
        Deque<Component> todo = new ArrayDeque<>(List.of(UI.getCurrent()));
        while (!todo.isEmpty()) {
            Component c = todo.pop();
            if (c instanceof SideNavigation nav) {
                return nav.items().stream().map(SideNavigation.Item::path).map(p -> p.startsWith("/") ? p.substring(1) : p).toList();
            }
            c.getChildren().forEach(todo::push);
        }
        throw new AssertionError("no menu on the page");
    }
}
