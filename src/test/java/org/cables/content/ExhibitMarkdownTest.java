package org.cables.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ExhibitMarkdownTest {

    @Test
    void quotationsAndEmphasisSurvive() {
        assertThat(ExhibitMarkdown.toSafeHtml("> The question *should* be decided.\n\nSource: a telegram."))
                .isEqualTo("<blockquote>\n<p>The question <em>should</em> be decided.</p>\n</blockquote>\n<p>Source: a telegram.</p>\n");
    }

    @Test
    void linksWithinTheExhibitSurviveAndOthersAreDropped() {
        assertThat(ExhibitMarkdown.toSafeHtml("See [the reply](/cables/1950-05-15-mao-to-stalin)."))
                .contains("<a href=\"/cables/1950-05-15-mao-to-stalin\">the reply</a>");
        assertThat(ExhibitMarkdown.toSafeHtml("See [elsewhere](https://example.com/x)."))
                .doesNotContain("<a").contains("elsewhere");
    }

    @Test
    void hostileMarkupNeverSurvives() {
        List<String> hostile = List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<iframe src=\"https://example.com\"></iframe>",
                "![x](https://example.com/a.png)",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<svg onload=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "[x](vbscript:msgbox(1))",
                "<details open ontoggle=alert(1)>");
        for (String markdown : hostile) {
            // Whatever the input, only harmless elements remain, and the only attribute is an
            // href inside the exhibit. (Escaped text such as "&lt;img …&gt;" is just text.)
            Element body = Jsoup.parseBodyFragment(ExhibitMarkdown.toSafeHtml(markdown)).body();
            for (Element element : body.select("*")) {
                if (element == body) {
                    continue;
                }
                assertThat(element.tagName()).as(markdown).isIn("p", "em", "strong", "blockquote", "a", "br");
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as(markdown).isEqualTo("href");
                    assertThat(attribute.getValue()).as(markdown).startsWith("/");
                }
            }
        }
    }

    @Test
    void plainTextJoinsParagraphs() {
        assertThat(ExhibitMarkdown.plainText("> First line\n> second line.\n\nSource: x."))
                .isEqualTo("First line second line.\nSource: x.");
    }

    @Test
    void sourceLinesAreTheSourceParagraphsJoinedIntoOneLineEach() {
        assertThat(ExhibitMarkdown.sourceLines("> A passage.\n\nSource: Mao to Stalin, 2 October 1950,\nas quoted in *a book*.\n\n"
                + "> Another.\n\nSource: the same telegram."))
                .containsExactly("Mao to Stalin, 2 October 1950, as quoted in a book.", "the same telegram.");
    }
}
