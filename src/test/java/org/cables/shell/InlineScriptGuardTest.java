package org.cables.shell;

import static org.assertj.core.api.Assertions.assertThat;

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
}
