package org.cables.search;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Search over the exhibit's current content, in each of its languages: the English index, and
 * the Korean edition's index (Korean texts through Nori, with the English texts beside them).
 * Both are rebuilt when the content is reloaded.
 */
@Service
public class ArchiveSearch {

    private static final Logger log = LoggerFactory.getLogger(ArchiveSearch.class);

    /** The indexes of the current content. */
    private record Indexes(ArchiveIndex english, ArchiveIndex korean) {
    }

    /** The indexes of the current content; the first ones are still being made for a moment after the start. */
    private final AtomicReference<CompletableFuture<Indexes>> indexes = new AtomicReference<>();

    /** The first indexes, made once the exhibit is ready or at the first search. */
    private final Runnable firstIndexes;
    private final java.util.concurrent.atomic.AtomicBoolean firstStarted = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The first indexes are made on a thread of their own once the exhibit is ready (or at the
     * first search, if one comes sooner), not in the start's path nor beside it: on two cores the
     * start already keeps both busy (issue 22; making them takes about a second and a half, most of
     * it the Korean edition's analysis). A search in that moment waits for them.
     */
    ArchiveSearch(ExhibitContent content) {
        CompletableFuture<Indexes> first = new CompletableFuture<>();
        indexes.set(first);
        firstIndexes = () -> Thread.ofPlatform().name("search-indexes").daemon().start(() -> {
            long started = System.nanoTime();
            try {
                first.complete(build(content.corpus(), content.corpus(Locale.KOREAN)));
                log.info("Search indexes built: {} entries in {} ms", first.join().english().size(), (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException | Error e) {
                log.error("The search indexes could not be built", e);
                first.completeExceptionally(e);
            }
        });
        content.onReload(corpus -> {
            indexes.set(CompletableFuture.completedFuture(build(corpus, content.corpus(Locale.KOREAN))));
            // The old indexes' pages would keep those indexes in memory until 500 new searches pushed them out.
            synchronized (recent) {
                recent.clear();
            }
        });
    }

    private static Indexes build(Corpus english, Corpus korean) {
        ArchiveIndex englishIndex = ArchiveIndex.build(english);
        return new Indexes(englishIndex, korean == english ? englishIndex : ArchiveIndex.build(korean, english));
    }

    /** Starts making the first indexes (once): when the exhibit is ready, or at the first search. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void makeFirstIndexes() {
        if (firstStarted.compareAndSet(false, true)) {
            firstIndexes.run();
        }
    }

    /** Whether the first indexes have been started. */
    boolean indexing() {
        return firstStarted.get();
    }

    private ArchiveIndex index(Locale language) {
        makeFirstIndexes();
        Indexes current = indexes.get().join();
        return language != null && "ko".equals(language.getLanguage()) ? current.korean() : current.english();
    }

    public long count(SearchQuery query) {
        return count(query, Locale.ENGLISH);
    }

    public SearchHit.Page search(SearchQuery query, ArchiveIndex.Order order, int offset, int limit) {
        return search(query, order, offset, limit, Locale.ENGLISH);
    }

    /** How many entries match, searched in the visitor's language. */
    public long count(SearchQuery query, Locale language) {
        return index(language).count(query);
    }

    /** A page of hits in the visitor's language: titles, snippets and highlights in it. */
    public SearchHit.Page search(SearchQuery query, ArchiveIndex.Order order, int offset, int limit, Locale language) {
        ArchiveIndex index = index(language);
        Recent key = new Recent(index, query, order, offset, limit);
        SearchHit.Page page;
        synchronized (recent) {
            page = recent.get(key);
        }
        if (page == null) {
            page = index.search(query, order, offset, limit);
            synchronized (recent) {
                recent.put(key, page);
            }
        }
        return page;
    }

    /**
     * A page of the last few hundred searches, by index: a class often searches the words its
     * teacher gave, and the snippets of a page of hits were the largest part of the exhibit's work
     * under load (issue 22). A content reload makes new indexes, so their pages are new too.
     */
    private record Recent(ArchiveIndex index, SearchQuery query, ArchiveIndex.Order order, int offset, int limit) {
    }

    static final int RECENT_SEARCHES = 500;

    private final java.util.Map<Recent, SearchHit.Page> recent = new java.util.LinkedHashMap<>(RECENT_SEARCHES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Recent, SearchHit.Page> eldest) {
            return size() > RECENT_SEARCHES;
        }
    };
}
