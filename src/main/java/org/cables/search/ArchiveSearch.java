package org.cables.search;

import java.util.concurrent.atomic.AtomicReference;

import org.cables.content.ExhibitContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Search over the exhibit's current content; the index is rebuilt when the content is reloaded. */
@Service
public class ArchiveSearch {

    private static final Logger log = LoggerFactory.getLogger(ArchiveSearch.class);

    private final AtomicReference<ArchiveIndex> index = new AtomicReference<>();

    ArchiveSearch(ExhibitContent content) {
        long started = System.nanoTime();
        index.set(ArchiveIndex.build(content.corpus()));
        log.info("Search index built: {} entries in {} ms", index.get().size(), (System.nanoTime() - started) / 1_000_000);
        content.onReload(corpus -> index.set(ArchiveIndex.build(corpus)));
    }

    public long count(SearchQuery query) {
        return index.get().count(query);
    }

    public SearchHit.Page search(SearchQuery query, ArchiveIndex.Order order, int offset, int limit) {
        return index.get().search(query, order, offset, limit);
    }
}
