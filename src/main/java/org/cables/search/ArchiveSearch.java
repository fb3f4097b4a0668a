package org.cables.search;

import java.util.Locale;
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

    private final AtomicReference<Indexes> indexes = new AtomicReference<>();

    ArchiveSearch(ExhibitContent content) {
        long started = System.nanoTime();
        indexes.set(build(content.corpus(), content.corpus(Locale.KOREAN)));
        log.info("Search indexes built: {} entries in {} ms", indexes.get().english().size(), (System.nanoTime() - started) / 1_000_000);
        content.onReload(corpus -> indexes.set(build(corpus, content.corpus(Locale.KOREAN))));
    }

    private static Indexes build(Corpus english, Corpus korean) {
        ArchiveIndex englishIndex = ArchiveIndex.build(english);
        return new Indexes(englishIndex, korean == english ? englishIndex : ArchiveIndex.build(korean, english));
    }

    private ArchiveIndex index(Locale language) {
        Indexes current = indexes.get();
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
        return index(language).search(query, order, offset, limit);
    }
}
