package org.cables.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jsoup.nodes.Element;

/**
 * The exhibit's own translation of quoted words, shown beside the English translation it is made
 * from and labelled as ours, never as the document's words (decision 38). The label says that it
 * is translated from the published English, not from the original.
 */
public final class OurTranslation extends Div {

    /**
     * @param label    what this is, in the visitor's language
     * @param safeHtml the translation, as HTML the exhibit made safe (rendered Markdown or escaped text)
     * @param language the translation's language tag
     */
    public OurTranslation(String label, String safeHtml, String language) {
        addClassName("our-translation");
        Paragraph caption = new Paragraph(label);
        caption.addClassName("our-translation-label");
        TrustedHtml text = TrustedHtml.div(safeHtml).lang(language);
        text.addClassName("our-translation-text");
        add(caption, text);
    }

    /**
     * The same, as HTML appended to a block the exhibit draws itself (a tour stop's documents).
     *
     * @param safeHtml the translation, as HTML the exhibit made safe (rendered Markdown or escaped text)
     */
    public static void appendTo(Element parent, String label, String safeHtml, String language) {
        Element block = parent.appendElement("div").addClass("our-translation");
        block.appendElement("p").addClass("our-translation-label").text(label);
        TrustedHtml.appendSafe(block.appendElement("div").addClass("our-translation-text").attr("lang", language), safeHtml);
    }
}
