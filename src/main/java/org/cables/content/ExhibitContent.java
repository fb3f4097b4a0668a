package org.cables.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.cables.system.ExhibitProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The content the exhibit is showing. Loaded and checked at start — the exhibit refuses to
 * start on invalid content — and reloadable from a configured content folder: a reload with
 * problems keeps serving the last good content and keeps the problems for the admin to see.
 */
@Service
public class ExhibitContent {

    private static final Logger log = LoggerFactory.getLogger(ExhibitContent.class);

    /** What the last reload did. */
    public record Reload(Instant at, boolean applied, List<ContentProblem> problems, String origin) {
    }

    private final ExhibitProperties properties;
    private final Clock clock;
    /** The content in its languages, replaced as one so that no page sees a new English with an old Korean. */
    private final AtomicReference<Editions> current = new AtomicReference<>();

    /** The corpus in English and its Korean edition (null when the content has none, decision 38). */
    private record Editions(Corpus english, Corpus korean) {

        static Editions of(ContentChecker.Result result) {
            return new Editions(result.corpus().orElseThrow(), result.korean().orElse(null));
        }
    }
    private final AtomicReference<Reload> lastReload = new AtomicReference<>();
    private final List<Consumer<Corpus>> listeners = new CopyOnWriteArrayList<>();

    public ExhibitContent(ExhibitProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        // The bundled content was checked when the jar was built (ContentSeal): read, not checked
        // again, when it is unchanged. A curators' folder is always checked in full.
        ContentChecker.Result result = properties.contentDir() == null
                ? ContentChecker.checkSealed(read(), ContentSeal.sealed())
                : ContentChecker.check(read());
        if (!result.ok()) {
            throw new ContentCheckFailed(result);
        }
        current.set(Editions.of(result));
        log.info("Content loaded from {}: {} cables, {} people, {} places, {} chronology events, {} tours",
                result.origin(), corpus().cables().size(), corpus().people().size(), corpus().places().size(),
                corpus().events().size(), corpus().tours().size());
    }

    private ContentFiles read() {
        return properties.contentDir() == null
                ? ContentFiles.bundled()
                : ContentFiles.fromDirectory(properties.contentDir());
    }

    /** The corpus in English. */
    public Corpus corpus() {
        return current.get().english();
    }

    /**
     * The corpus in the visitor's language: its Korean edition for Korean, English otherwise (and
     * when the content has no Korean edition).
     */
    public Corpus corpus(java.util.Locale locale) {
        Editions editions = current.get();
        return editions.korean() != null && locale != null && "ko".equals(locale.getLanguage()) ? editions.korean() : editions.english();
    }

    /** Whether the content comes from a folder that curators can change (and so reload). */
    public boolean isReloadable() {
        return properties.contentDir() != null;
    }

    /** Reads and checks the content again; applies it only when it is valid. */
    public synchronized Reload reload() {
        ContentChecker.Result result;
        try {
            result = ContentChecker.check(read());
        } catch (RuntimeException e) {
            Reload failed = new Reload(clock.instant(), false,
                    List.of(new ContentProblem(String.valueOf(properties.contentDir()), 0,
                            "The content folder could not be read: " + e.getMessage(), "check that the folder exists and is readable")),
                    String.valueOf(properties.contentDir()));
            lastReload.set(failed);
            return failed;
        }
        Reload reload = new Reload(clock.instant(), result.ok(), result.problems(), result.origin());
        if (result.ok()) {
            Editions editions = Editions.of(result);
            current.set(editions);
            Corpus corpus = editions.english();
            listeners.forEach(l -> l.accept(corpus));
            log.info("Content reloaded from {}", result.origin());
        } else {
            log.warn("Content reload refused, still serving the previous content:\n{}", result.report());
        }
        lastReload.set(reload);
        return reload;
    }

    public java.util.Optional<Reload> lastReload() {
        return java.util.Optional.ofNullable(lastReload.get());
    }

    /** Called with the new corpus after every successful reload (for example to rebuild search). */
    public void onReload(Consumer<Corpus> listener) {
        listeners.add(listener);
    }
}
