package org.cables.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import org.cables.testing.ExhibitViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What a page keeps in the visitor's session, counted as Vaadin counts it: state nodes, about a
 * kilobyte of heap each (issue 22, decision 51). The menu and a tour stop's lists are drawn as
 * HTML; were they components again, these counts would more than double.
 */
@SpringBootTest
class StateNodesTest extends ExhibitViewTest {

    private static int nodes(StateNode root) {
        AtomicInteger count = new AtomicInteger();
        root.visitNodeTree(node -> count.incrementAndGet());
        return count.get();
    }

    private int page() {
        return nodes(UI.getCurrent().getElement().getNode());
    }

    private int view() {
        return nodes(((Component) getCurrentView()).getElement().getNode());
    }

    @Test
    void theFrameAroundEveryPageStaysSmall() {
        navigate("tours/decision-to-intervene/beijing-hesitates", Component.class);
        int frame = page() - view();
        // 16 on 4 December 2026 (decision 57); 35 when the language buttons, the footer and the staff's bar
        // were components (and the appearance menu, a MenuBar, about twenty more not counted here);
        // 60 when the menu was twelve items with an icon and a label each
        assertThat(frame).as("the frame's nodes").isLessThanOrEqualTo(16);
    }

    @Test
    void aTourStopStaysSmall() {
        navigate("tours/decision-to-intervene/beijing-hesitates", Component.class);
        // 106 nodes when the list of stops and the documents' cards were components
        assertThat(view()).as("the tour stop's nodes").isLessThanOrEqualTo(60);
    }
}
