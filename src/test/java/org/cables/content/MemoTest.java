package org.cables.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void computesEachKeyOnceAndKeepsAtMostItsCapacity() {
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer, String> memo = new Memo<>(3, n -> {
            calls.incrementAndGet();
            return "#" + n;
        });
        assertThat(memo.get(1)).isEqualTo("#1");
        assertThat(memo.get(1)).isEqualTo("#1");
        assertThat(calls).hasValue(1);
        memo.get(2);
        memo.get(3);
        memo.get(1); // recently used: 2 is now the eldest
        memo.get(4);
        assertThat(memo.size()).isEqualTo(3);
        memo.get(1);
        assertThat(calls).as("1 was kept").hasValue(4);
        memo.get(2);
        assertThat(calls).as("2 was dropped and computed again").hasValue(5);
    }

    @Test
    void renderedMarkdownIsTheSameTextEachTime() {
        String markdown = "A *document* with <script>alert(1)</script> in it.";
        String first = ExhibitMarkdown.toSafeHtml(markdown);
        assertThat(ExhibitMarkdown.toSafeHtml(new String(markdown))).isSameAs(first).doesNotContain("<script");
    }
}
