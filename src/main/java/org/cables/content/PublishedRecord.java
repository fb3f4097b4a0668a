package org.cables.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a document's translation is published and what that publication prints about the
 * document beyond its text: the facts carry over; our account of what it says is separate.
 *
 * @param publisher    who publishes it, e.g. "Wilson Center Digital Archive"
 * @param title        the publication's title of the document, exactly as printed
 * @param recordId     the publisher's record number, when it gives one
 * @param address      the public web address of the publication, kept as text
 * @param translator   who translated it, as credited
 * @param sentFrom     where the document was sent from, as printed
 * @param sentTo       where it was sent to, as printed
 * @param sent         when it was sent, as precise as printed ("1950-10-12 22:12")
 * @param received     when it was received, as printed
 * @param distribution the copies made and who received them, in our words
 */
public record PublishedRecord(String publisher, String title, Integer recordId, String address, String translator,
                              String sentFrom, String sentTo, String sent, String received, String distribution) {

    /** A citation of the publication as one line of text: publisher, "title", record ID, address. */
    public String citation() {
        List<String> parts = new ArrayList<>();
        parts.add(publisher);
        parts.add("\u201c" + title + "\u201d");
        if (recordId != null) {
            parts.add("Record ID " + recordId);
        }
        if (address != null) {
            parts.add(address);
        }
        return String.join(", ", parts);
    }
}
