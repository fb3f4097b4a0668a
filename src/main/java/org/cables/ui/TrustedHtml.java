package org.cables.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.dom.Element;

/**
 * A block whose inner HTML the exhibit has made safe itself (Markdown rendered and cleaned by
 * {@code ExhibitMarkdown}, or text it escaped). Unlike Vaadin's {@code Html}, the HTML is not
 * parsed again on the server for every page: it goes to the browser as it is.
 */
public final class TrustedHtml extends Component implements HasStyle {

    private TrustedHtml(String tag, String safeHtml) {
        super(new Element(tag));
        getElement().setProperty("innerHTML", safeHtml);
    }

    /** A {@code div} holding safe HTML. */
    public static TrustedHtml div(String safeHtml) {
        return new TrustedHtml("div", safeHtml);
    }

    /** A {@code p} holding safe HTML (text with marked parts, such as a line of labels). */
    public static TrustedHtml paragraph(String safeHtml) {
        return new TrustedHtml("p", safeHtml);
    }

    /** The safe HTML the block holds. */
    public String html() {
        return getElement().getProperty("innerHTML");
    }

    /** Draws the block again with other safe HTML (a frame's block in the visitor's new language). */
    public TrustedHtml show(String safeHtml) {
        getElement().setProperty("innerHTML", safeHtml);
        return this;
    }

    /** A {@code blockquote} holding safe HTML. */
    public static TrustedHtml blockquote(String safeHtml) {
        return new TrustedHtml("blockquote", safeHtml);
    }

    /**
     * A new element to build a block's HTML in with jsoup, which escapes every text and attribute
     * set on it; its {@code html()} and {@code outerHtml()} have no white space between elements
     * (fewer bytes and DOM nodes than pretty-printed HTML).
     */
    public static org.jsoup.nodes.Element builder(String tag) {
        org.jsoup.nodes.Document page = new org.jsoup.nodes.Document("");
        page.outputSettings().prettyPrint(false);
        return page.appendElement(tag);
    }

    /**
     * Appends HTML the exhibit has already made safe to a block built with {@link #builder}, as it
     * is: jsoup writes a data node's text out unescaped, so long texts (a document's numbered
     * paragraphs) are not parsed again into jsoup's tree only to be written out once more.
     */
    public static org.jsoup.nodes.Element appendSafe(org.jsoup.nodes.Element parent, String safeHtml) {
        return parent.appendChild(new org.jsoup.nodes.DataNode(safeHtml));
    }

    /** Marks the block's language (the documents' own words are English translations). */
    public TrustedHtml lang(String language) {
        getElement().setAttribute("lang", language);
        return this;
    }
}
