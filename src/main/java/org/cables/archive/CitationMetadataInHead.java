package org.cables.archive;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.cables.content.ExhibitContent;
import org.cables.navigation.ArchiveNavigation;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Writes a document page's citation metadata into the page as it is first sent, so that a
 * reference manager (or any reader of the HTML) finds it without running the application's
 * scripts. Pages reached by navigating inside the exhibit get the same tags from {@link CableView}.
 */
@Component
class CitationMetadataInHead implements VaadinServiceInitListener {

    static final String MARK = "data-cables-citation";

    private final ExhibitContent content;

    CitationMetadataInHead(ExhibitContent content) {
        this.content = content;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            ArchiveNavigation.cableAt(response.getVaadinRequest().getPathInfo()).ifPresent(id -> {
                var corpus = content.corpus();
                corpus.cable(id).ifPresent(cable -> write(response.getDocument(), CitationMetadata.of(cable, corpus)));
            });
        });
    }

    static void write(Document page, CitationMetadata metadata) {
        Element head = page.head();
        for (CitationMetadata.Tag tag : metadata.tags()) {
            head.appendElement("meta").attr("name", tag.name()).attr("content", tag.content()).attr(MARK, "");
        }
        head.appendElement("script").attr("type", "application/ld+json").attr(MARK, "")
                .appendChild(new DataNode(metadata.jsonLd()));
    }
}
