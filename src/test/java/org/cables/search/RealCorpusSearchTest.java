package org.cables.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cables.content.Cable;
import org.cables.content.ContentChecker;
import org.cables.content.ContentFiles;
import org.cables.content.Corpus;
import org.cables.content.PersonId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cover names and the sources' spellings find the right person's cables in the real archive. */
class RealCorpusSearchTest {

    static Corpus corpus;
    static ArchiveIndex index;

    @BeforeAll
    static void build() {
        corpus = ContentChecker.check(ContentFiles.fromDirectory(Path.of("content"))).corpus().orElseThrow();
        index = ArchiveIndex.build(corpus);
    }

    @Test
    void theCountOfHitsIsExactBeyondAThousand() {
        // The page and the count come from one pass over the index; Lucene counts exactly only up to
        // a threshold (1,000 by default) unless told otherwise, and the archive has more entries.
        assertThat(index.size()).isGreaterThan(1000);
        assertThat(index.search(SearchQuery.text(""), ArchiveIndex.Order.RELEVANCE, 0, 20).total()).isEqualTo(index.size());
        assertThat(index.search(SearchQuery.text(""), ArchiveIndex.Order.DATE_DESCENDING, 0, 20).total()).isEqualTo(index.size());
        // Ranked by relevance, Lucene skips what cannot reach the page once the threshold is passed.
        assertThat(index.count(SearchQuery.text("the"))).isGreaterThan(1000);
        assertThat(index.search(SearchQuery.text("the"), ArchiveIndex.Order.RELEVANCE, 0, 20).total())
                .isEqualTo(index.count(SearchQuery.text("the")));
    }

    @ParameterizedTest
    @CsvSource({"Filippov, stalin", "Feng Xi, stalin", "Shtikov, shtykov", "Vishinsky, vyshinsky",
            "Kim Il-sung, kim-il-sung", "Chou En-lai, zhou-enlai"})
    void aNameAsTheSourcesSpellItFindsThatPersonsCables(String name, String person) {
        PersonId id = new PersonId(person);
        Set<String> theirs = corpus.cablesOf(id).stream().map(c -> c.id().value()).collect(Collectors.toSet());
        assertThat(theirs).as("cables of " + person).isNotEmpty();

        SearchHit.Page page = index.search(SearchQuery.text(name).onlyCables(), ArchiveIndex.Order.RELEVANCE, 0, 1000);
        Set<String> found = page.hits().stream().map(SearchHit::id).collect(Collectors.toSet());

        assertThat(found).as("every cable %s sent, received or relayed", person).containsAll(theirs);
        // Anything else found must at least mention the person.
        List<String> strays = found.stream().filter(c -> !theirs.contains(c))
                .filter(c -> {
                    Cable cable = corpus.cable(new org.cables.content.CableId(c)).orElseThrow();
                    String text = (cable.title() + " " + cable.summary() + " " + cable.body() + " "
                            + (cable.account() == null ? "" : cable.account().text())).toLowerCase();
                    return corpus.person(id).orElseThrow().allNames().noneMatch(n -> text.contains(n.toLowerCase()));
                })
                .toList();
        assertThat(strays).as("results that neither involve nor mention " + person).isEmpty();
    }
}
