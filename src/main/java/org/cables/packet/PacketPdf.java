package org.cables.packet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.vaadin.flow.i18n.I18NProvider;
import org.cables.i18n.ExhibitTranslations;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * Prints a packet to PDF: its XHTML page ({@link PacketHtml}) laid out by openhtmltopdf and
 * written by PDFBox, in the packet's own fonts, each embedded as a subset of the letters used
 * (decision 41). The page may load nothing from outside: its pictures travel inside it.
 */
@Component
public class PacketPdf {

    /** Resolves nothing: the page has no links to follow, only {@code data:} pictures. */
    private static final String BASE = "about:packet";

    private final I18NProvider translations;

    @org.springframework.beans.factory.annotation.Autowired
    public PacketPdf(ExhibitTranslations translations) {
        this((I18NProvider) translations);
    }

    PacketPdf(I18NProvider translations) {
        this.translations = translations;
    }

    /** The page a packet is printed from, as XHTML (to read or to test; {@link #render} prints the same tree). */
    public String xhtml(Packet packet) {
        return new PacketHtml(new PacketTexts(translations, packet.language())).xhtml(packet);
    }

    /** The packet as a PDF file. */
    public byte[] render(Packet packet) {
        org.jsoup.nodes.Document page = new PacketHtml(new PacketTexts(translations, packet.language())).document(packet);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(512 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeLineBreaker(new PacketLineBreaks());
        for (PacketFonts.FontFile font : PacketFonts.ALL) {
            builder.useFont(font::open, font.family(), font.weight(),
                    font.italic() ? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Cables");
        builder.withW3cDocument(new W3CDom().fromJsoup(page), BASE);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
