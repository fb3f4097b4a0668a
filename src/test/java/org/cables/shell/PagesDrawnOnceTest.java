package org.cables.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.cables.i18n.ExhibitLanguage;
import org.cables.testing.ExhibitViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A document's page and a tour stop are the same HTML for every visitor in a language: it is drawn
 * once and every visitor's page holds that one string, not a copy made for them (issue 22,
 * decision 62). A second visit makes a new view, so it stands for a second visitor here.
 */
@SpringBootTest
class PagesDrawnOnceTest extends ExhibitViewTest {

    private static final String DOCUMENT = "cables/1952-01-31-mao-to-stalin";
    private static final String STOP = "tours/decision-to-intervene/beijing-hesitates";

    /** The blocks of HTML the page shows, as the page holds them. */
    private List<String> drawnBlocks() {
        List<String> blocks = new java.util.ArrayList<>();
        collect(((Component) getCurrentView()).getElement(), blocks);
        return blocks;
    }

    private static void collect(com.vaadin.flow.dom.Element element, List<String> blocks) {
        if (element.hasProperty("innerHTML")) {
            blocks.add(element.getProperty("innerHTML", ""));
        }
        element.getChildren().forEach(child -> collect(child, blocks));
    }

    private List<String> blocksOnTwoVisits(String address) {
        visit(address);
        Object first = getCurrentView();
        List<String> blocks = drawnBlocks();
        visit("archive");
        visit(address);
        assertThat(getCurrentView()).as("a new view for the second visit").isNotSameAs(first);
        List<String> again = drawnBlocks();
        assertThat(again).hasSameSizeAs(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            assertThat(again.get(i)).as("block %d of %s", i, address).isSameAs(blocks.get(i));
        }
        return blocks;
    }

    @Test
    void aDocumentsPageIsDrawnOnceForEveryVisitor() {
        List<String> blocks = blocksOnTwoVisits(DOCUMENT);
        // the heading, the record's body, the links and the citation
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(4);
        assertThat(String.join("", blocks)).contains("Mao Zedong").contains("¶1");
    }

    @Test
    void aTourStopIsDrawnOnceForEveryVisitor() {
        List<String> blocks = blocksOnTwoVisits(STOP);
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        assertThat(String.join("", blocks)).contains("<mark>");
    }

    @Test
    void eachLanguageHasItsOwnDrawing() {
        visit(DOCUMENT);
        List<String> english = drawnBlocks();
        chooseLanguage(ExhibitLanguage.KOREAN);
        visit(DOCUMENT);
        List<String> korean = drawnBlocks();
        assertThat(hangul(String.join("", korean))).isGreaterThan(hangul(String.join("", english)) + 100);
        visit(STOP);
        assertThat(hangul(String.join("", drawnBlocks()))).isGreaterThan(100);
    }
}
