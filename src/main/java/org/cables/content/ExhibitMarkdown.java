package org.cables.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;

/**
 * Markdown as the exhibit uses it: CommonMark, rendered to HTML and then cleaned with an
 * allow-list, so that nothing in a content file can run a script in a visitor's browser —
 * whatever the checker let through.
 */
public final class ExhibitMarkdown {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    /** Text formatting, quotations, lists and links; nothing else. */
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "em", "strong", "blockquote", "ul", "ol", "li", "h2", "h3", "h4", "code", "hr", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "https")
            .preserveRelativeLinks(true);
    /** Relative links resolve against this, so that the allow-list accepts them. */
    private static final String BASE = "https://exhibit.invalid";

    private ExhibitMarkdown() {
    }

    /**
     * Safe HTML for a page. Raw HTML is escaped, scripts, event handlers, images and frames are
     * removed, and links survive only when they stay inside the exhibit ({@code /cables/…}).
     */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return SAFE_HTML.get(markdown);
    }

    /** Rendered texts: the same narrative or document is shown to many visitors. */
    private static final Memo<String, String> SAFE_HTML = new Memo<>(2_000, ExhibitMarkdown::render);

    private static String render(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        org.jsoup.nodes.Document clean = Jsoup.parseBodyFragment(
                Jsoup.clean(html, BASE, SAFELIST, new OutputSettings().prettyPrint(false)), BASE);
        for (org.jsoup.nodes.Element link : clean.select("a")) {
            String href = link.attr("href");
            if (!href.startsWith("/") || href.startsWith("//")) {
                link.unwrap();
            }
        }
        clean.outputSettings(new OutputSettings().prettyPrint(false));
        return clean.body().html();
    }

    /** A problem in a Markdown text, with its line inside the text (1-based). */
    record Finding(int line, String message, String hint) {
    }

    /** What the checker refuses in Markdown: raw HTML, images, and links that leave the exhibit. */
    static List<Finding> safetyFindings(String markdown) {
        List<Finding> findings = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return findings;
        }
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                findings.add(new Finding(line(html), "Raw HTML is not allowed in content",
                        "write Markdown only; HTML such as <script> or onclick= is removed anyway"));
            }

            @Override
            public void visit(HtmlInline html) {
                findings.add(new Finding(line(html), "Raw HTML is not allowed in content: " + abbreviate(html.getLiteral()),
                        "write Markdown only"));
            }

            @Override
            public void visit(Image image) {
                findings.add(new Finding(line(image), "Images are not allowed in content files",
                        "the exhibit shows no pictures from content text; remove the image"));
            }

            @Override
            public void visit(Link link) {
                String destination = link.getDestination().strip().toLowerCase(Locale.ROOT);
                if (!destination.startsWith("/") || destination.startsWith("//")) {
                    findings.add(new Finding(line(link), "Link to '" + abbreviate(link.getDestination())
                            + "' leaves the exhibit or is unsafe",
                            "link only to pages of the exhibit, such as /cables/<id> or /people/<id>; the exhibit works offline"));
                }
                visitChildren(link);
            }
        });
        return findings;
    }

    /** For cables with excerpts: every block quote must be followed by its "Source:" line. */
    static List<Finding> excerptFindings(String markdown) {
        List<Finding> findings = new ArrayList<>();
        Document document = (Document) PARSER.parse(markdown == null ? "" : markdown);
        int quotes = 0;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof BlockQuote quote) {
                quotes++;
                Node next = quote.getNext();
                if (!(next instanceof Paragraph paragraph) || !startsWith(paragraph, "Source:")) {
                    findings.add(new Finding(line(quote), "This quotation has no 'Source:' line after it",
                            "add a paragraph starting 'Source:' right after the quotation, naming where it is quoted from"));
                }
            } else if (block instanceof Paragraph paragraph && !startsWith(paragraph, "Source:")) {
                findings.add(new Finding(line(block), "Text outside a quotation in a cable with excerpts",
                        "put quoted words in a block quote ('> …') followed by a 'Source:' line; our own words belong in 'summary'"));
            }
        }
        if (quotes == 0) {
            findings.add(new Finding(1, "A cable with 'text: excerpts' has no quotation",
                    "add the quoted passage as a block quote ('> …') with a 'Source:' line, or set 'text: none'"));
        }
        return findings;
    }

    /**
     * The text after "Source:" of each Source paragraph of a body with excerpts, its lines joined
     * with spaces, in order.
     */
    static List<String> sourceLines(String markdown) {
        List<String> sources = new ArrayList<>();
        Document document = (Document) PARSER.parse(markdown == null ? "" : markdown);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph paragraph && startsWith(paragraph, "Source:")) {
                StringBuilder text = new StringBuilder();
                paragraph.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text literal) {
                        text.append(literal.getLiteral());
                    }

                    @Override
                    public void visit(org.commonmark.node.SoftLineBreak lineBreak) {
                        text.append(' ');
                    }
                });
                sources.add(text.substring("Source:".length()).strip());
            }
        }
        return sources;
    }

    /**
     * The body as safe HTML with its paragraphs numbered: each paragraph (inside quotations
     * too) and each list gets {@code id="pN"} and a visible "¶N" anchor made by {@code anchor}.
     */
    public static String numberedHtml(String markdown, java.util.function.IntFunction<String> anchor) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(toSafeHtml(markdown));
        int n = 0;
        for (org.jsoup.nodes.Element block : numbered(doc)) {
            n++;
            block.attr("id", "p" + n);
            // In a list the anchor goes into the first item: a list holds only items.
            org.jsoup.nodes.Element target = block.tagName().equals("ul") || block.tagName().equals("ol")
                    ? block.selectFirst("> li") : block;
            if (target != null) {
                target.prepend(anchor.apply(n));
            }
        }
        doc.outputSettings(new OutputSettings().prettyPrint(false));
        return doc.body().html();
    }

    /** How many numbered paragraphs {@link #numberedHtml} gives the body. */
    public static int paragraphCount(String markdown) {
        return numbered(Jsoup.parseBodyFragment(toSafeHtml(markdown))).size();
    }

    private static List<org.jsoup.nodes.Element> numbered(org.jsoup.nodes.Document doc) {
        return doc.body().select("> p, > ul, > ol, blockquote > p").stream().toList();
    }

    /**
     * The paragraph or list item of a body that holds a passage word for word (spacing aside), as
     * plain text with its spacing made single: where a highlight can be marked. Empty if none does.
     */
    public static java.util.Optional<String> paragraphWith(String markdown, String passage) {
        if (markdown == null || passage == null || passage.isBlank()) {
            return java.util.Optional.empty();
        }
        String wanted = passage.replaceAll("\\s+", " ").strip();
        return Jsoup.parseBodyFragment(toSafeHtml(markdown)).body().select("p, li").stream()
                .map(block -> block.text().replaceAll("\\s+", " ").strip())
                .filter(text -> text.contains(wanted)).findFirst();
    }

    /** The plain text of a Markdown body (for search and for matching highlights). */
    public static String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                sb.append('\n');
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak lineBreak) {
                sb.append(' ');
            }
        });
        return sb.toString().strip();
    }

    private static boolean startsWith(Paragraph paragraph, String prefix) {
        return paragraph.getFirstChild() instanceof Text text && text.getLiteral().startsWith(prefix);
    }

    private static int line(Node node) {
        Node n = node;
        while (n != null) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans != null && !spans.isEmpty()) {
                return spans.getFirst().getLineIndex() + 1;
            }
            n = n.getParent();
        }
        return 1;
    }

    private static String abbreviate(String s) {
        String oneLine = s.replace('\n', ' ').strip();
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "…" : oneLine;
    }
}
