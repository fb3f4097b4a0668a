package org.cables.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.cables.content.CableId;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What a reference manager receives for a document: the files to download and the tags in the page. */
@SpringBootTest(classes = {org.cables.Application.class})
class CitationTest {

    @Autowired
    ExhibitContent content;

    static final String KOVALEV = "1949-05-18-kovalev-to-stalin";

    private Corpus corpus() {
        return content.corpus();
    }

    @Test
    void theDownloadsCarryTheArchiveReferenceAndThePublication() {
        var cable = corpus().cable(new CableId(KOVALEV)).orElseThrow();
        Citation citation = Citation.of(cable, corpus());
        assertThat(citation.bibtex()).contains("archive = {AP RF. F. 4. Op. 1. D. 331. pp. 59-61}")
                .contains("publisher = {Wilson Center Digital Archive}")
                .contains("translator = {Gary Goldberg}")
                .contains("url = {https://digitalarchive.wilsoncenter.org/document/114898}")
                .contains("Cable No. 54611 from Kovalev to Stalin");
        assertThat(citation.ris()).contains("AV  - AP RF. F. 4. Op. 1. D. 331. pp. 59-61\r\n")
                .contains("DB  - Wilson Center Digital Archive\r\n")
                .contains("T2  - Cable No. 54611 from Kovalev to Stalin\r\n")
                .contains("AN  - 114898\r\n")
                .contains("UR  - https://digitalarchive.wilsoncenter.org/document/114898\r\n")
                .contains("A4  - Gary Goldberg\r\n");
        assertThat(citation.chicago()).contains("translated by Gary Goldberg, in Wilson Center Digital Archive, “Cable No. 54611 from "
                + "Kovalev to Stalin”, Record ID 114898");
    }

    @Test
    void thePageCarriesHighwireDublinCoreAndJsonLd() {
        var cable = corpus().cable(new CableId(KOVALEV)).orElseThrow();
        CitationMetadata metadata = CitationMetadata.of(cable, corpus());
        assertThat(metadata.tags()).contains(new CitationMetadata.Tag("citation_title", cable.title()),
                new CitationMetadata.Tag("citation_author", "Ivan Kovalev"),
                new CitationMetadata.Tag("citation_date", "1949/05/18"),
                new CitationMetadata.Tag("citation_language", "ru"),
                new CitationMetadata.Tag("citation_publisher", "Wilson Center Digital Archive"),
                new CitationMetadata.Tag("citation_archive_location", "AP RF. F. 4. Op. 1. D. 331. pp. 59-61"),
                new CitationMetadata.Tag("DC.date", "1949-05-18"));
        JsonNode ld = new ObjectMapper().readTree(metadata.jsonLd());
        assertThat(ld.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.path("@type").toString()).contains("ArchiveComponent").contains("Message");
        assertThat(ld.path("sender").get(0).path("name").asString()).isEqualTo("Ivan Kovalev");
        assertThat(ld.path("recipient").get(0).path("name").asString()).isEqualTo("Joseph Stalin");
        assertThat(ld.path("itemLocation").asString()).isEqualTo("AP RF. F. 4. Op. 1. D. 331. pp. 59-61");
        assertThat(ld.path("workTranslation").path("url").asString()).isEqualTo("https://digitalarchive.wilsoncenter.org/document/114898");
        assertThat(ld.path("workTranslation").path("translator").path("name").asString()).isEqualTo("Gary Goldberg");
    }

    @Test
    void noTitleCanEndTheJsonLdScript() {
        var cable = corpus().cable(new CableId(KOVALEV)).orElseThrow();
        var hostile = new org.cables.content.Cable(cable.id(), cable.date(), cable.dateNote(), cable.type(),
                "</script><img src=x onerror=alert(1)>", cable.from(), cable.to(), cable.via(), cable.asWritten(),
                cable.originalLanguage(), cable.archiveRef(), cable.documentNumber(), cable.wilsonCenter(), cable.secretDocuments(),
                cable.summary(), cable.places(), cable.topics(), cable.inReplyTo(), cable.inReplyToUnlisted(), cable.related(), cable.text(), cable.textSource(),
                cable.provenance(), cable.editorialNotes(), cable.publishedRecord(), cable.account(), cable.body());
        String json = CitationMetadata.of(hostile, corpus()).jsonLd();
        assertThat(json).doesNotContain("<").contains("\\u003c/script>");
        assertThat(new ObjectMapper().readTree(json).path("name").asString()).isEqualTo("</script><img src=x onerror=alert(1)>");
    }
}
