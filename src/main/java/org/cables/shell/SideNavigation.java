package org.cables.shell;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.internal.UrlUtil;
import org.cables.content.Memo;
import org.cables.ui.ExhibitIcon;
import org.cables.ui.TrustedHtml;
import org.jsoup.nodes.Element;

/**
 * The exhibit's menu in the drawer: Vaadin's side navigation ({@code vaadin-side-nav}, its items,
 * an icon each), drawn as one block of HTML instead of one server-side component per item, icon
 * and label (about 30 nodes kept in every visitor's session for a menu that never changes while
 * they read; decision 51). In the browser it is the same web component: it marks the current page
 * ({@code aria-current="page"}) and its links navigate inside the exhibit as before.
 */
@Tag("div")
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(SvgIcon.class)
final class SideNavigation extends Component implements HasStyle {

    /** One entry of the menu: its label in the visitor's language, its address, its icon ({@code vaadin:name}). */
    record Item(String label, String path, String icon) {
    }

    /** The menus drawn, by what they show: every visitor of a kind sees the same one. */
    private static final Memo<List<Object>, String> DRAWN = new Memo<>(64);

    private List<Item> items = List.of();
    private String label = "";

    SideNavigation() {
        addClassName("exhibit-nav-block");
    }

    /** Shows these items under this accessible name. */
    void show(String label, List<Item> items) {
        this.label = label;
        this.items = List.copyOf(items);
        getElement().setProperty("innerHTML", DRAWN.get(List.of(label, this.items), key -> html(label, this.items)));
    }

    /** The items shown, in order. */
    List<Item> items() {
        return items;
    }

    /** The menu's accessible name. */
    String label() {
        return label;
    }

    /** The menu's HTML, every text and address escaped by jsoup. */
    static String html(String label, List<Item> items) {
        Element nav = TrustedHtml.builder("vaadin-side-nav").addClass("exhibit-nav");
        nav.appendElement("span").attr("slot", "label").text(label);
        for (Item item : items) {
            Element entry = nav.appendElement("vaadin-side-nav-item").attr("path", path(item.path()));
            if (item.icon() != null && !item.icon().isBlank()) {
                entry.appendElement("vaadin-icon")
                        .attr("src", ExhibitIcon.SPRITE)
                        .attr("symbol", ExhibitIcon.symbol(item.icon()))
                        .attr("slot", "prefix")
                        .attr("aria-hidden", "true");
            }
            entry.appendText(item.label());
        }
        return nav.outerHtml();
    }

    /** As {@code SideNavItem#setPath} writes it: without a leading slash, encoded. */
    private static String path(String path) {
        String bare = path.startsWith("/") ? path.substring(1) : path;
        return UrlUtil.encodeURI(bare);
    }
}
