package org.cables.content;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One primary-source document — a telegram, letter, record of conversation, resolution —
 * as an archival record.
 *
 * @param publishedRecord where the document's translation is published and the facts it prints; null when none was found
 * @param account         our account of what the document says, from that translation; null when there is none
 * @param inReplyToUnlisted the earlier message this document answers when the archive does not hold it; null otherwise
 * @param body            the Markdown body: the full translation, the quoted excerpts, or empty
 */
public record Cable(
        CableId id,
        ExhibitDate date,
        String dateNote,
        DocumentType type,
        String title,
        List<PersonId> from,
        List<PersonId> to,
        List<PersonId> via,
        List<NameAsWritten> asWritten,
        Language originalLanguage,
        String archiveRef,
        String documentNumber,
        Integer wilsonCenter,
        Integer secretDocuments,
        String summary,
        List<PlaceId> places,
        List<TopicId> topics,
        CableId inReplyTo,
        UnlistedMessage inReplyToUnlisted,
        List<CableId> related,
        TextKind text,
        String textSource,
        String provenance,
        List<String> editorialNotes,
        PublishedRecord publishedRecord,
        Account account,
        String body) {

    /** What kind of document it is. */
    public enum DocumentType {
        CIPHERED_TELEGRAM, TELEGRAM, LETTER, CONVERSATION_RECORD, MINUTES, RESOLUTION, DIRECTIVE,
        SPEECH, MEMORANDUM, REPORT, AGREEMENT, STATEMENT, ARTICLE, LIST;

        public String key() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    public enum Language {
        RUSSIAN, CHINESE, KOREAN, ENGLISH;

        public String key() {
            return name().toLowerCase();
        }
    }

    /** What the body holds. */
    public enum TextKind {
        FULL, EXCERPTS, NONE;

        public String key() {
            return name().toLowerCase();
        }
    }

    /** A name as printed in the document (a cover name, a misspelling) and whom it means. */
    public record NameAsWritten(String name, PersonId person) {
    }

    /** A message a document answers that the archive does not hold: who sent it and when. */
    public record UnlistedMessage(PersonId from, ExhibitDate date) {
    }

    public Cable {
        from = List.copyOf(from);
        to = List.copyOf(to);
        via = List.copyOf(via);
        asWritten = List.copyOf(asWritten);
        places = List.copyOf(places);
        topics = List.copyOf(topics);
        related = List.copyOf(related);
        editorialNotes = List.copyOf(editorialNotes);
    }

    /** Whether a visitor can learn what the document says: its own words, or our account of its translation. */
    public boolean hasSubstance() {
        return text != TextKind.NONE || account != null;
    }

    /** Everyone on the document, each once, in a fixed order: senders, relays, then recipients. */
    public List<PersonId> correspondents() {
        return Stream.of(from, via, to).flatMap(List::stream).distinct().toList();
    }

    /** The correspondents, then the people the document names in other ways (as written in it), each once. */
    public List<PersonId> people() {
        return Stream.concat(correspondents().stream(), asWritten.stream().map(NameAsWritten::person))
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** Whether a passage occurs word for word in the text (spacing aside), as a highlight or an excerpt must. */
    public boolean quotes(String passage) {
        return normalise(ExhibitMarkdown.plainText(body)).contains(normalise(passage));
    }

    /** A passage with its spacing made single, as passages are compared (a highlight, an excerpt, their translations). */
    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
