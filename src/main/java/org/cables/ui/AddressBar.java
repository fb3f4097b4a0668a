package org.cables.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;

/**
 * The address a page shows for what it is showing now (the map's day, the archive's filters,
 * the quiz's question). A page puts its state in the address bar as it changes, without a new
 * history entry, so that a reload, a shared link or a change of language opens the same state.
 */
public final class AddressBar {

    private record Shown(Object view, Location location) {
    }

    private AddressBar() {
    }

    /** Puts {@code address} (relative, such as {@code map?date=1950-09-28}) in the address bar for this view. */
    public static void show(UI ui, String address) {
        Location location = new Location(address);
        ui.getPage().getHistory().replaceState(null, location);
        ComponentUtil.setData(ui, Shown.class, new Shown(ui.getCurrentView(), location));
    }

    /** The address the current view shows: the last one it put in the bar, else the one it was opened at. */
    public static Location current(UI ui) {
        Shown shown = ComponentUtil.getData(ui, Shown.class);
        if (shown != null && shown.view() == ui.getCurrentView()) {
            return shown.location();
        }
        return ui.getActiveViewLocation();
    }
}
