package org.cables.network;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import org.cables.content.Person;

/**
 * The Java side of {@code <cables-network>}: the correspondence drawn as a network. The server
 * gives the whole graph once (the browser lays it out with d3-force, once per version of the
 * graph, and keeps the layout), then the counts of the chosen window; the browser reports the
 * person or link the visitor opens.
 */
@Tag("cables-network")
@JsModule("./components/cables-network.ts")
@NpmPackage(value = "d3-force", version = "3.0.1")
public class NetworkGraph extends Component implements HasSize, HasStyle {

    /** Texts of the drawing ({@code network.graph.*} in the translations). */
    public static final List<String> LABEL_KEYS = List.of("instructions", "node", "link", "legend.soviet", "legend.china",
            "legend.korea", "legend.west", "legend.other", "legend.body", "legend.relay", "legend.inactive");

    private String graphVersion;

    /** Gives the drawing the whole correspondence; a graph of the same version is not sent again. */
    public void setGraph(Correspondence.Graph graph) {
        if (graph.version().equals(graphVersion)) {
            return;
        }
        graphVersion = graph.version();
        List<Map<String, Object>> nodes = graph.nodes().stream().map(n -> Map.<String, Object>of(
                "id", n.id().value(), "label", n.name(), "side", side(n.side()), "body", n.kind() == Person.Kind.BODY)).toList();
        List<Map<String, Object>> links = graph.links().stream().map(l -> Map.<String, Object>of(
                "id", l.pair().id(), "source", l.pair().a().value(), "target", l.pair().b().value(),
                "relay", l.relayed(), "total", l.total())).toList();
        getElement().setPropertyBean("graph", Map.of("version", graph.version(), "nodes", nodes, "links", links));
    }

    /** The drawing's name for each side (the browser's colours and anchors). */
    static String side(Person.Side side) {
        return switch (side) {
            case SOVIET_UNION -> "soviet";
            case CHINA -> "china";
            case NORTH_KOREA -> "korea";
            case UN_SIDE -> "west";
            case OTHER -> "other";
        };
    }

    /** The counts of the window shown: each person's documents, each link's documents both ways. */
    public void setCounts(Correspondence.Counts counts) {
        Map<String, Integer> nodes = new HashMap<>();
        counts.nodes().forEach((id, n) -> nodes.put(id.value(), n));
        Map<String, Map<String, Integer>> links = new HashMap<>();
        counts.links().forEach((pair, flow) -> links.put(pair.id(), Map.of("ab", flow.ab(), "ba", flow.ba())));
        getElement().setPropertyBean("active", Map.of("nodes", nodes, "links", links));
    }

    /** The person ({@code stalin}) or link ({@code mao-zedong~stalin}) picked out; empty for none. */
    public void setSelected(String id) {
        getElement().setProperty("selected", id == null ? "" : id);
    }

    /** The drawing's name and texts, in the page's language. */
    public void setLabels(String name, Map<String, String> texts) {
        Map<String, String> labels = new LinkedHashMap<>(texts);
        labels.put("graph", name);
        getElement().setPropertyBean("labels", labels);
    }

    /** A museum touch screen: larger names and targets. */
    public void setKiosk(boolean kiosk) {
        getElement().setProperty("kiosk", kiosk);
    }

    /** Moves the keyboard focus to a person or link of the drawing. */
    public void focusItem(String id) {
        getElement().callJsFunction("focusItem", id);
    }

    public Registration addOpenListener(ComponentEventListener<OpenEvent> listener) {
        return addListener(OpenEvent.class, listener);
    }

    /** The visitor opened a person or a link (click, tap, Enter or Space). */
    @DomEvent("item-open")
    public static class OpenEvent extends ComponentEvent<NetworkGraph> {
        private final String kind;
        private final String id;

        public OpenEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.kind") String kind,
                         @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.kind = kind;
            this.id = id;
        }

        public boolean isLink() {
            return "link".equals(kind);
        }

        public String getId() {
            return id;
        }
    }
}
