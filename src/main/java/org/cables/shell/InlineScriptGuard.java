package org.cables.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Keeps text that visitors or curators wrote from ending the page's inline scripts.
 *
 * <p>With {@code eagerServerLoad} Vaadin writes the first view into the page as JSON inside an
 * inline {@code <script>}. It does not escape {@code </script>} there, so a title, a student's
 * name or a class name containing {@code </script><img src=x onerror=…>} would close the script
 * and run as HTML (found by the hostile-input tests, Vaadin 25.2.2). Before the page is sent,
 * {@code </} becomes {@code <\/} and {@code <!--} becomes {@code \u003C!--} inside every inline
 * script: the same characters to JavaScript (and to JSON), which only ever sees them inside string
 * literals there, and never the end of a script to the HTML parser.
 */
@Component
class InlineScriptGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> guard(response.getDocument()));
    }

    /**
     * Neutralises every inline script of a page. The scripts are found by tag, not with a selector
     * such as {@code script:not([src])}: jsoup 1.21 keeps what a structural selector (":not", ">",
     * ":has", ...) has matched in a per-thread memo that it clears only when that selector is used
     * again, and a selector parsed for one page is never used again. Tomcat's thread then held the
     * whole page, the first view's state included, until the thread happened to drop the stale
     * entry: about 60 KB a page, and with promotion at once hundreds of pages that outlived the
     * full collections (issue 22, decision 66).
     */
    static void guard(Document page) {
        for (Element script : page.getElementsByTag("script")) {
            if (script.hasAttr("src")) {
                continue;
            }
            String data = script.data();
            String safe = neutralise(data);
            if (!safe.equals(data)) {
                script.empty();
                script.appendChild(new DataNode(safe));
            }
        }
    }

    static String neutralise(String script) {
        return script.replace("</", "<\\/").replace("<!--", "\\u003C!--");
    }
}
