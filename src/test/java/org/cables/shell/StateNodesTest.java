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
        // 106 nodes when the list of stops and the documents' cards were components; 55 when the
        // story (title, date, narrative, the question to think about) was components too (decision 61)
        assertThat(view()).as("the tour stop's nodes").isLessThanOrEqualTo(48);
    }

    @Test
    void aDocumentsPageStaysSmall() {
        navigate("cables/1952-01-31-mao-to-stalin", Component.class);
        // 164 nodes when the record, its links and its citation were components (4 December 2026, decision 61)
        assertThat(view()).as("the document page's nodes").isLessThanOrEqualTo(20);
    }

    @Test
    void aSearchOfTheArchiveStaysSmall() {
        visit("archive?q=Panmunjom+armistice");
        // 74 nodes when what the words find elsewhere (people, places, events) was components (decision 61);
        // what is left is the search, the filters and the list of documents
        assertThat(view()).as("the archive search's nodes").isLessThanOrEqualTo(35);
    }
}
