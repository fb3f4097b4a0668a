package org.cables.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published record and our account of a document, and the cross-file rules of the historian's
 * audit: each broken fixture gives the message a curator reads.
 */
class PublishedRecordRulesTest {

    static final String REPLY = "cables/1950-05-15-mao-to-stalin.md";
    static final String CABLE = "cables/1950-05-14-stalin-to-mao.md";

    static final String ACCOUNT_TEXT = "Mao told Stalin that he had received the telegram and agreed with the plan that Kim Il Sung "
            + "had brought to Beijing. He asked that the Soviet side send the arms that had been promised, listed the "
            + "divisions that would need them first, and said that the Chinese army would keep its troops in the north-east "
            + "for the time being. He closed by asking for an answer within three days, through the ambassador.";

    static final String RECORD = """
            published_record:
              publisher: Wilson Center Digital Archive
              title: "Ciphered Telegram No. 123, Mao Zedong to Filippov [Stalin]"
              record_id: 112345
              address: https://digitalarchive.wilsoncenter.org/document/112345
              translator: A. Translator
              sent_from: Beijing
              sent_to: Moscow
              sent: "1950-05-15 21:00"
              received: null
              distribution: Two copies; no. 2 to file.
            account:
              coverage: full
              coverage_note: null
              text: >
                %s
            """;

    @TempDir
    Path folder;

    ContentFixture content;

    @BeforeEach
    void validContent() {
        content = ContentFixture.valid(folder);
    }

    private void withRecord(String record) {
        content.replace(REPLY, "provenance:", record + "provenance:");
    }

    @Test
    void aDocumentWithItsRecordAndAccountIsValid() {
        withRecord(RECORD.formatted(ACCOUNT_TEXT));
        assertThat(content.problems()).isEmpty();
        Cable reply = content.check().corpus().orElseThrow().cable(new CableId("1950-05-15-mao-to-stalin")).orElseThrow();
        assertThat(reply.hasSubstance()).isTrue();
        assertThat(reply.publishedRecord().recordId()).isEqualTo(112345);
        assertThat(reply.publishedRecord().citation()).isEqualTo("Wilson Center Digital Archive, “Ciphered Telegram No. 123, "
                + "Mao Zedong to Filippov [Stalin]”, Record ID 112345, https://digitalarchive.wilsoncenter.org/document/112345");
        assertThat(reply.account().coverage()).isEqualTo(Account.Coverage.FULL);
    }

    @Test
    void anAccountNeedsTheTranslationItWasWrittenFrom() {
        withRecord("account:\n  coverage: full\n  text: >\n    " + ACCOUNT_TEXT + "\n");
        assertThat(content.problems()).containsExactly(REPLY + ":14: An account without the published translation it was written from. "
                + "Fix: add published_record: the publisher, title, record ID and address of the translation");
    }

    @Test
    void aPartialAccountSaysWhichPart() {
        withRecord(RECORD.formatted(ACCOUNT_TEXT).replace("coverage: full", "coverage: partial"));
        assertThat(content.problems()).singleElement().asString().contains("A partial account does not say which part");
    }

    @Test
    void anAccountNeverQuotes() {
        withRecord(RECORD.formatted(ACCOUNT_TEXT.replace("agreed with the plan", "agreed with “the plan”")));
        assertThat(content.problems()).singleElement().asString().contains("The account contains a quotation mark ('“')")
                .contains("paraphrase instead of quoting");
    }

    @Test
    void anAccountIsNeitherALineNorABook() {
        withRecord(RECORD.formatted("Mao agreed."));
        assertThat(content.problems()).singleElement().asString().contains("The account has 2 words");
    }

    @Test
    void aSendingDateThatDisagreesNeedsANote() {
        withRecord(RECORD.formatted(ACCOUNT_TEXT).replace("sent: \"1950-05-15 21:00\"", "sent: \"1950-05-16 01:00\""));
        assertThat(content.problems()).singleElement().asString()
                .contains("The published record says the document was sent on 1950-05-16 but its date is 1950-05-15");
        content.replace(REPLY, "date: 1950-05-15\n", "date: 1950-05-15\ndate_note: Written on the 15th, sent after midnight.\n");
        assertThat(content.problems()).isEmpty();
    }

    @Test
    void theRecordIdAgreesWithTheCollection() {
        withRecord(RECORD.formatted(ACCOUNT_TEXT));
        content.replace(REPLY, "provenance:", "collections:\n  wilson_center: 999\nprovenance:");
        assertThat(content.problems()).singleElement().asString().contains("The record ID 112345 differs from collections.wilson_center 999");
    }

    @Test
    void theAddressIsAWebAddress() {
        withRecord(RECORD.formatted(ACCOUNT_TEXT).replace("https://digitalarchive.wilsoncenter.org/document/112345",
                "/home/curator/page.html"));
        assertThat(content.problems()).anySatisfy(p -> assertThat(p).contains("is not a web address"));
    }

    @Test
    void theSameEventDatedDifferentlyInTwoFiles() {
        content.replace("map/front-lines.yaml", "description: The front on the first day.",
                "description: North Korea invades the South on 26 June 1950.");
        assertThat(content.problems()).containsExactly("map/front-lines.yaml:15: 'North Korea invades the South on 26 June 1950.' dates "
                + "'North Korea invades the South' to 1950-06-26; the chronology (1950-06-25-invasion) gives 1950-06-25. "
                + "Fix: give the same date in both files; if the chronology is wrong, correct it with an editorial note");
    }

    @Test
    void aMapMarkerOutsideTheCountryOfItsEvent() {
        content.replace("chronology.yaml", "    The war begins.\n  provenance: Well established.",
                "    The war begins.\n  places: [beijing]\n  provenance: Well established.");
        assertThat(content.problems()).containsExactly("map/front-lines.yaml:3: The marker for 'North Korea invades the South' stands at "
                + "Pyongyang (North Korea), but the event happened in China. Fix: put the marker at one of the event's places: beijing");
    }

    @Test
    void aSourceLineThatNamesAnotherDate() {
        content.replace(CABLE, "Source: Telegram of 14 May 1950", "Source: Telegram of 24 May 1950");
        assertThat(content.problems()).singleElement().asString()
                .contains("The Source line 'Telegram of 24 May 1950, as quoted in a published article.' does not give the document's date, 1950-05-14");
    }

    @Test
    void aSourceLineThatCitesAnotherNumberOfTheBook() {
        content.replace(CABLE, "provenance: Quoted", "collections:\n  secret_documents: 48\nprovenance: Quoted");
        content.replace(CABLE, "Source: Telegram of 14 May 1950, as quoted in a published article.",
                "Source: Telegram of 14 May 1950, document #047 in The Korean War in Secret Documents.");
        assertThat(content.problems()).singleElement().asString()
                .contains("The Source line cites document #047 of The Korean War in Secret Documents, but this is #048");
    }

    @Test
    void aTelegramToMoscowNamesWhoReceivedIt() {
        content.replace(REPLY, "to: [stalin]", "to: []");
        assertThat(content.problems()).containsExactly(REPLY + ":7: A telegram with no recipient. Fix: name who received it; where the "
                + "source says only 'to Moscow' or 'to Beijing', name the receiving body (e.g. soviet-foreign-ministry, "
                + "cpsu-central-committee, ccp-central-committee) and say why in an editorial note");
    }
}
