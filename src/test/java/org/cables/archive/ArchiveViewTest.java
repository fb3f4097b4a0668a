package org.cables.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.cables.content.Cable;
import org.cables.search.SearchHit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ArchiveViewTest extends ExhibitViewTest {


    private ArchiveView open(QueryParameters parameters) {
        UI.getCurrent().navigate(ArchiveView.class, parameters);
        return (ArchiveView) getCurrentView();
    }

    private List<SearchHit> rows(ArchiveView view) {
        GridTester<com.vaadin.flow.component.grid.Grid<SearchHit>, SearchHit> grid = new GridTester<>(view.grid());
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    @Test
    void everythingIsListedOldestFirstWithoutASearch() {
        ArchiveView view = open(QueryParameters.empty());
        String count = $(Paragraph.class).withClassName("result-count").single().getText();
        assertThat(count).matches("\\d{3} documents");
        assertThat(rows(view).getFirst().date().year()).isLessThanOrEqualTo(1949);
    }

    /** What the words find elsewhere, as the browser receives it. */
    private org.jsoup.nodes.Element alsoFound() {
        return org.jsoup.Jsoup.parseBodyFragment($(com.vaadin.flow.component.html.Section.class).withClassName("also-found").single()
                .getElement().getOuterHTML()).body();
    }

    @Test
    void theWordsAlsoFindPeoplePlacesAndEventsElsewhereInTheExhibit() {
        open(QueryParameters.simple(java.util.Map.of("q", "Peng Dehuai")));
        var found = $(com.vaadin.flow.component.html.Section.class).withClassName("also-found").single();
        assertThat(textOf(found.getElement())).startsWith("Also found in the exhibit");
        List<String> links = alsoFound().select("a[href]").eachAttr("href");
        assertThat(links).contains("people/peng-dehuai").anySatisfy(h -> assertThat(h).startsWith("chronology#event-"));

        open(QueryParameters.simple(java.util.Map.of("q", "Filippov")));
        List<String> kinds = alsoFound().select(".also-found-kind").eachText();
        assertThat(kinds).as("people first, at most three of a kind").startsWith("Person")
                .filteredOn("Chronology"::equals).hasSizeBetween(1, 3);

        open(QueryParameters.simple(java.util.Map.of("q", "Kaesong")));
        assertThat(textOf($(com.vaadin.flow.component.html.Section.class).withClassName("also-found").single()
                .getElement())).contains("Place").contains("Kaesong");

        open(QueryParameters.empty());
        assertThat($(com.vaadin.flow.component.html.Section.class).withClassName("also-found").exists())
                .as("nothing to show without words").isFalse();
    }

    @Test
    void theSearchAndFiltersComeFromTheAddress() {
        ArchiveView view = open(QueryParameters.simple(java.util.Map.of("q", "Filippov", "from", "1951-01-01", "to", "1951-12-31")));
        assertThat($(TextField.class).withClassName("archive-search").single().getValue()).isEqualTo("Filippov");
        assertThat(rows(view)).isNotEmpty().allSatisfy(hit -> assertThat(hit.date().year()).isEqualTo(1951));
        assertThat(view.currentQuery().from()).isEqualTo(java.time.LocalDate.of(1951, 1, 1));
    }

    @Test
    void senderRecipientTypeTourAndTextFilters() {
        ArchiveView view = open(QueryParameters.simple(java.util.Map.of("sender", "mao-zedong", "recipient", "stalin",
                "type", "ciphered-telegram")));
        assertThat(rows(view)).isNotEmpty();
        var corpus = view.content().corpus();
        rows(view).forEach(hit -> {
            Cable c = corpus.cable(new org.cables.content.CableId(hit.id())).orElseThrow();
            assertThat(c.from()).contains(new org.cables.content.PersonId("mao-zedong"));
            assertThat(c.to()).contains(new org.cables.content.PersonId("stalin"));
            assertThat(c.type()).isEqualTo(Cable.DocumentType.CIPHERED_TELEGRAM);
        });

        view = open(QueryParameters.simple(java.util.Map.of("tour", "armistice-talks", "text", "yes")));
        assertThat($(Checkbox.class).single().getValue()).isTrue();
        assertThat(rows(view)).isNotEmpty().allSatisfy(hit -> {
            Cable c = corpus.cable(new org.cables.content.CableId(hit.id())).orElseThrow();
            assertThat(c.hasSubstance()).isTrue();
            assertThat(corpus.stopsCiting(c.id())).anySatisfy(ts -> assertThat(ts.tour().id().value()).isEqualTo("armistice-talks"));
        });
    }

    /** The probe's long searches, from the address and through the field: explained, nothing listed, never an error. */
    @Test
    void aSearchTooLongIsExplainedAndNotRun() {
        String fiveHundredWords = java.util.stream.IntStream.range(0, 500).mapToObj(i -> "w" + i)
                .collect(java.util.stream.Collectors.joining(" "));
        ArchiveView view = open(QueryParameters.simple(java.util.Map.of("q", fiveHundredWords)));
        TextField field = $(TextField.class).withClassName("archive-search").single();
        Paragraph count = $(Paragraph.class).withClassName("result-count").single();
        assertThat(count.getText()).isEqualTo("That search is too long: use at most 200 characters.");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(count.getText());
        assertThat(field.getMaxLength()).isEqualTo(200);
        assertThat(rows(view)).isEmpty();

        test(field).setValue("Filippov");
        assertThat(field.isInvalid()).isFalse();
        assertThat(rows(view)).isNotEmpty();

        // What a client can send past the browser's limit, over Vaadin's own channel.
        field.setValue("x".repeat(5_000_000));
        assertThat(count.getText()).isEqualTo("That search is too long: use at most 200 characters.");
        assertThat(rows(view)).isEmpty();
        field.setValue(java.util.stream.IntStream.range(0, 40).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(" ")));
        assertThat(count.getText()).isEqualTo("That search has too many words: use at most 32.");
    }

    @Test
    void typingASearchNarrowsTheResults() {
        ArchiveView view = open(QueryParameters.empty());
        int all = rows(view).size();
        test($(TextField.class).withClassName("archive-search").single()).setValue("Vishinsky");
        assertThat(rows(view)).hasSizeLessThan(all).isNotEmpty();
        assertThat($(Paragraph.class).withClassName("result-count").single().getText()).endsWith("documents");
    }

    @Test
    void junkInTheAddressIsIgnoredNotFatal() {
        ArchiveView view = open(QueryParameters.simple(java.util.Map.of("from", "yesterday", "sender", "<b>", "type", "x", "sort", "?")));
        assertThat(rows(view)).isNotEmpty();
    }
}
