package org.cables.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import org.cables.content.ExhibitContent;
import org.cables.system.ExhibitProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveSearchTest {

    @TempDir
    Path data;

    @Test
    void aRepeatedSearchIsServedFromTheRecentOnesUntilTheContentIsReloaded() {
        ExhibitContent content = new ExhibitContent(new ExhibitProperties(data, Path.of("content"), null, null), Clock.systemUTC());
        ArchiveSearch search = new ArchiveSearch(content);
        SearchHit.Page first = search.search(SearchQuery.text("Filippov"), ArchiveIndex.Order.RELEVANCE, 0, 20, Locale.ENGLISH);
        assertThat(first.hits()).isNotEmpty();
        assertThat(search.search(SearchQuery.text("Filippov"), ArchiveIndex.Order.RELEVANCE, 0, 20, Locale.ENGLISH))
                .as("the same page, not made again").isSameAs(first);
        assertThat(search.search(SearchQuery.text("Filippov"), ArchiveIndex.Order.RELEVANCE, 20, 20, Locale.ENGLISH))
                .as("another page is another search").isNotSameAs(first);
        assertThat(search.search(SearchQuery.text("Filippov"), ArchiveIndex.Order.RELEVANCE, 0, 20, Locale.KOREAN))
                .as("the Korean edition has its own").isNotSameAs(first);

        content.reload();
        SearchHit.Page afterReload = search.search(SearchQuery.text("Filippov"), ArchiveIndex.Order.RELEVANCE, 0, 20, Locale.ENGLISH);
        assertThat(afterReload).as("new content, new indexes, new pages").isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void theFirstIndexesWaitForTheExhibitToBeReadyOrForTheFirstSearch() {
        ExhibitContent content = new ExhibitContent(new ExhibitProperties(data, Path.of("content"), null, null), Clock.systemUTC());
        ArchiveSearch search = new ArchiveSearch(content);
        assertThat(search.indexing()).as("not while the exhibit is starting").isFalse();

        assertThat(search.count(SearchQuery.text("Filippov"), Locale.ENGLISH)).as("a search before then starts them and waits").isPositive();
        assertThat(search.indexing()).isTrue();

        ArchiveSearch another = new ArchiveSearch(content);
        another.makeFirstIndexes();
        assertThat(another.indexing()).as("the exhibit is ready").isTrue();
        another.makeFirstIndexes();
        assertThat(another.count(SearchQuery.text("Filippov"), Locale.KOREAN)).isPositive();
    }
}
