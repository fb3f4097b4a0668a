package org.cables.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The blocks the exhibit draws as HTML: text escaped where it is set, safe HTML kept as it is. */
class TrustedHtmlTest {

    @Test
    void textAndAttributesSetOnABlockAreEscaped() {
        Element block = TrustedHtml.builder("div");
        block.appendElement("a").attr("href", "x\" onclick=\"alert(1)").text("<script>alert(1)</script> & more");
        assertThat(block.outerHtml())
                .isEqualTo("<div><a href=\"x&quot; onclick=&quot;alert(1)\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</a></div>");
    }

    @Test
    void safeHtmlIsAppendedAsItIsWithoutBeingParsedAgain() {
        Element block = TrustedHtml.builder("div");
        Element text = block.appendElement("div").addClass("document-text");
        TrustedHtml.appendSafe(text, "<p id=\"p1\"><a class=\"para-anchor\" href=\"#p1\">¶1</a> Words &amp; more</p>");
        block.appendElement("p").text("after <it>");
        assertThat(block.html()).isEqualTo("<div class=\"document-text\"><p id=\"p1\"><a class=\"para-anchor\" href=\"#p1\">¶1</a> "
                + "Words &amp; more</p></div><p>after &lt;it&gt;</p>");
        assertThat(text.childrenSize()).as("kept as one piece of data, not parsed into elements").isZero();
    }
}
