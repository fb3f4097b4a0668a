package org.cables.network;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.springframework.stereotype.Component;

/** The correspondence of each language's edition of the content, built on first use and rebuilt when the content changes. */
@Component
public class CorrespondenceNetwork {

    private final ExhibitContent content;
    private final Map<Locale, Correspondence> built = new HashMap<>();

    public CorrespondenceNetwork(ExhibitContent content) {
        this.content = content;
    }

    /** The correspondence in a language's edition. */
    public Correspondence of(Locale language) {
        return of(content.corpus(language));
    }

    public synchronized Correspondence of(Corpus corpus) {
        Correspondence known = built.get(corpus.language());
        if (known == null || known.corpus() != corpus) {
            known = new Correspondence(corpus);
            built.put(corpus.language(), known);
        }
        return known;
    }
}
