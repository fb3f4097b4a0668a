package org.cables.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.cables.content.ContentChecker;
import org.cables.content.ContentFiles;
import org.cables.content.Corpus;
import org.cables.content.PersonId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search in the Korean edition (Nori): Hangul names, cover names and older readings find the
 * person's documents, Korean words find Korean texts with their particles, snippets are marked in
 * Korean, and English words still work.
 */
class KoreanSearchTest {

    static Corpus english;
    static Corpus korean;
    static ArchiveIndex index;

    @BeforeAll
    static void build() {
        var checked = ContentChecker.check(ContentFiles.fromDirectory(Path.of("content")));
        english = checked.corpus().orElseThrow();
        korean = checked.korean().orElseThrow();
        index = ArchiveIndex.build(korean, english);
    }

    @ParameterizedTest
    @CsvSource({"스탈린, stalin", "이오시프 스탈린, stalin", "필리포프, stalin", "펑더화이, peng-dehuai", "마오쩌둥, mao-zedong",
            "모택동, mao-zedong", "김일성, kim-il-sung", "슈티코프, shtykov", "저우언라이, zhou-enlai",
            "Filippov, stalin", "Peng Dehuai, peng-dehuai"})
    void aNameInHangulOrAsTheSourcesSpellItFindsThatPersonsDocuments(String name, String person) {
        Set<String> theirs = korean.cablesOf(new PersonId(person)).stream().map(c -> c.id().value()).collect(Collectors.toSet());
        assertThat(theirs).isNotEmpty();
        SearchHit.Page page = index.search(SearchQuery.text(name).onlyCables(), ArchiveIndex.Order.RELEVANCE, 0, 1000);
        assertThat(page.hits().stream().map(SearchHit::id).collect(Collectors.toSet()))
                .as("every document %s sent, received or relayed, found by %s", person, name).containsAll(theirs);
    }

    @Test
    void aNameWithItsParticleStillNamesThePerson() {
        Set<String> stalins = korean.cablesOf(new PersonId("stalin")).stream().map(c -> c.id().value()).collect(Collectors.toSet());
        SearchHit.Page page = index.search(SearchQuery.text("스탈린의").onlyCables(), ArchiveIndex.Order.RELEVANCE, 0, 1000);
        assertThat(page.hits().stream().map(SearchHit::id).collect(Collectors.toSet())).containsAll(stalins);
    }

    @Test
    void koreanWordsFindKoreanTextsAndAreMarkedInTheSnippet() {
        SearchHit.Page page = index.search(SearchQuery.text("정전협정"), ArchiveIndex.Order.RELEVANCE, 0, 10);
        assertThat(page.total()).isPositive();
        assertThat(page.hits().getFirst().title()).containsPattern("\\p{IsHangul}");
        assertThat(page.hits()).anySatisfy(hit -> assertThat(hit.snippetHtml()).contains("<mark>정전"));
        // Korean attaches endings to words: 철수를 (the withdrawal, as an object) finds 철수.
        assertThat(index.count(SearchQuery.text("철수를"))).isEqualTo(index.count(SearchQuery.text("철수")));
    }

    @Test
    void aWordNoriCutsInPartsIsMarkedOnlyWhole() {
        // Nori cuts 지원군 (the volunteer army) into 지원 and 군: a lone 군 (중국군) or 지원 is not the word searched for.
        SearchHit.Page page = index.search(SearchQuery.text("지원군"), ArchiveIndex.Order.RELEVANCE, 0, 25);
        assertThat(page.hits()).anySatisfy(hit -> assertThat(hit.snippetHtml()).contains("<mark>지원군</mark>"));
        assertThat(page.hits()).allSatisfy(hit -> assertThat(hit.snippetHtml()).doesNotContain("<mark>군</mark>", "<mark>지원</mark>"));
    }

    @Test
    void hitsAreShownInKoreanAndEnglishWordsStillFindThem() {
        SearchHit.Page page = index.search(SearchQuery.text("armistice").onlyCables(), ArchiveIndex.Order.RELEVANCE, 0, 10);
        assertThat(page.total()).as("an English word on the Korean side").isPositive();
        assertThat(page.hits().getFirst().title()).containsPattern("\\p{IsHangul}");
    }

    @Test
    void theEnglishIndexIsUnchangedByTheKoreanOne() {
        ArchiveIndex englishIndex = ArchiveIndex.build(english);
        assertThat(englishIndex.count(SearchQuery.text("스탈린"))).isZero();
        assertThat(englishIndex.count(SearchQuery.text("Stalin"))).isPositive();
    }
}
