package org.cables.archive;

import static org.assertj.core.api.Assertions.assertThat;


import org.cables.testing.ExhibitViewTest;
import java.util.List;

import com.vaadin.flow.component.html.H1;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.cables.map.FrontLineMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CableViewTest extends ExhibitViewTest {


    private String page() {
        return viewText();
    }

    /** The page as the browser receives it, the blocks drawn as HTML included. */
    private Document html() {
        return Jsoup.parseBodyFragment(getCurrentView().getElement().toString());
    }

    private List<String> hrefs() {
        return html().select("a[href]").eachAttr("href");
    }

    private Element link(String text) {
        List<Element> links = html().select("a").stream().filter(a -> a.text().equals(text)).toList();
        assertThat(links).as("links reading " + text).hasSize(1);
        return links.get(0);
    }

    @Test
    void aCableIsShownAsAnArchivalRecordWithCoverNamesResolved() {
        navigate("cables/1952-01-31-mao-to-stalin", CableView.class);
        assertThat(html().select("h1").text()).isNotBlank();
        assertThat(link("Filippov [Joseph Stalin]").attr("href")).isEqualTo("people/stalin");
        assertThat(html().select("dl.cable-facts").first().text())
                .contains("APRF, f. 45, op. 1, d. 342, ll. 73-77").contains("16008").contains("Russian");
        assertThat(page()).contains("Curators’ notes and corrections").contains("1951");
        // the full translation with numbered paragraph anchors
        assertThat(getCurrentView().getElement().toString()).contains("id=\"p1\"").contains("href=\"#p1\"");
        assertThat($(FrontLineMap.class).single().getDay()).isEqualTo(java.time.LocalDate.of(1952, 1, 31));
    }

    @Test
    void aDocumentWithoutItsWordsGivesOurAccountOfItsPublishedTranslation() {
        navigate("cables/1949-05-18-kovalev-to-stalin", CableView.class);
        assertThat(page()).contains("What the document says (our account)")
                .contains("The exhibit does not reproduce this document’s words. This is our account, in our own words, of its "
                        + "published English translation (Wilson Center Digital Archive); it is not a quotation.")
                .doesNotContain("In the document’s own words")
                .contains("This account covers only part of the translation:")
                .contains("Account written from: Wilson Center Digital Archive, “Cable No. 54611 from Kovalev to Stalin”, Record ID 114898, "
                        + "https://digitalarchive.wilsoncenter.org/document/114898");
        assertThat(html().select("div.account-text").attr("lang")).isEqualTo("en");
        String record = html().select("dl.cable-facts").get(1).text();
        assertThat(record).contains("Published by").contains("Record ID").contains("114898").contains("Translated by").contains("Gary Goldberg");
        assertThat(page()).doesNotContain("No published text of this document is available");
    }

    @Test
    void aCableWithoutTextSaysSoHonestly() {
        navigate("cables/1949-06-05-shtykov-to-vyshinsky", CableView.class);
        assertThat(page()).contains("No published text of this document is available in the exhibit’s sources");
        assertThat(page()).doesNotContain("our account");
        assertThat(page()).contains("This document dates from before the war began");
        assertThat($(FrontLineMap.class).exists()).isFalse();
    }

    @Test
    void thePeopleComeInOneOrderAndTheChronologysEventsAreListed() {
        navigate("cables/1950-10-01-stalin-to-mao", CableView.class);
        List<String> people = hrefs().stream().filter(h -> h.startsWith("people/")).distinct().toList();
        // sender, relay, recipients (each once), then the people named in it
        assertThat(people).startsWith("people/stalin", "people/roshchin", "people/mao-zedong", "people/zhou-enlai");
        assertThat(page()).contains("In the chronology");
        assertThat(hrefs()).contains("chronology#event-1950-10-01-stalin-asks-china-for-troops");
        assertThat(link("1 October 1950 — Stalin asks Mao to send troops").attr("href"))
                .isEqualTo("chronology#event-1950-10-01-stalin-asks-china-for-troops");
    }

    @Test
    void theThreadLinksRepliesBothWays() {
        navigate("cables/1951-06-30-stalin-to-mao", CableView.class);
        assertThat(page()).contains("Thread");
        assertThat(hrefs()).anySatisfy(h -> assertThat(h).startsWith("cables/1951-06-30-mao-to-stalin"));
    }

    @Test
    void theCitationIsReadyToCopyAndDownload() {
        navigate("cables/1952-01-31-mao-to-stalin", CableView.class);
        assertThat(html().select("p.chicago-note").text())
                .startsWith("Mao Zedong to Joseph Stalin, ciphered telegram, 31 January 1952, No. 16008, APRF, f. 45")
                .endsWith("Cables exhibit, /cables/1952-01-31-mao-to-stalin.");
        Element bib = link("Download BibTeX");
        assertThat(bib.attr("href")).isEqualTo("citation/1952-01-31-mao-to-stalin.bib");
        assertThat(bib.hasAttr("router-ignore")).as("the file is fetched, not routed").isTrue();
        assertThat(bib.attr("download")).isEqualTo("1952-01-31-mao-to-stalin.bib");
        assertThat(link("Download RIS").attr("href")).isEqualTo("citation/1952-01-31-mao-to-stalin.ris");
    }

    @Test
    void anUnknownCableIsAFriendly404() {
        navigate("cables/1950-13-45-nobody", org.cables.shell.NotFoundViewAccess.type());
        assertThat($(H1.class).single().getText()).isEqualTo("We could not find this page");
        navigate("cables/<script>", org.cables.shell.NotFoundViewAccess.type());
        assertThat($(H1.class).single().getText()).isEqualTo("We could not find this page");
    }
}
