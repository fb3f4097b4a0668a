package org.cables.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class InlineScriptGuardTest {

    @Test
    void textCannotCloseTheInlineScript() {
        String script = "window.Vaadin.TypeScript= {\"value\":\"</script><img src=x onerror=alert(1)> <!-- x\"}";
        String safe = InlineScriptGuard.neutralise(script);
        assertThat(safe).doesNotContain("</").doesNotContain("<!--")
                .isEqualTo("window.Vaadin.TypeScript= {\"value\":\"<\\/script><img src=x onerror=alert(1)> \\u003C!-- x\"}");
    }

    @Test
    void ordinaryScriptsAreLeftAlone() {
        String script = "window.Vaadin = window.Vaadin || {}; if (a < b) { c(); }";
        assertThat(InlineScriptGuard.neutralise(script)).isEqualTo(script);
    }

    @Test
    void everyInlineScriptOfAPageIsGuardedAndNoOtherScriptIsTouched() {
        Document page = Jsoup.parse("<html><head><script>var a = '</b>';</script><script src=\"/x.js\"></script></head>"
                + "<body><script>var b = '<!-- c';</script></body></html>");
        InlineScriptGuard.guard(page);
        assertThat(page.getElementsByTag("script")).extracting(s -> s.data())
                .containsExactly("var a = '<\\/b>';", "", "var b = '\\u003C!-- c';");
        assertThat(page.getElementsByTag("script").get(1).attr("src")).isEqualTo("/x.js");
    }

    /**
     * Issue 22: guarding a page must not leave it reachable from the thread that served it (a
     * structural selector's per-thread memo kept every page in jsoup 1.21, about 60 KB each).
     */
    @Test
    void aPageOnceGuardedIsNotKeptByTheThreadThatGuardedIt() throws InterruptedException {
        WeakReference<Document> page = guardedAndDropped();
        for (int i = 0; i < 20 && page.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(page.get()).as("the guarded page, after the last reference to it was dropped").isNull();
    }

    private static WeakReference<Document> guardedAndDropped() {
        Document page = Jsoup.parse("<html><head><script>var a = 1;</script><script src=\"/x.js\"></script></head><body></body></html>");
        InlineScriptGuard.guard(page);
        return new WeakReference<>(page);
    }
}
