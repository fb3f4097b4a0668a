package org.cables.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cables.content.Cable;
import org.cables.content.Corpus;
import org.cables.content.Person;
import org.cables.content.PersonId;
import org.cables.content.PublishedRecord;

import tools.jackson.databind.ObjectMapper;

/**
 * The citation metadata a document page carries in its head, for Zotero and other reference
 * managers: Highwire Press {@code citation_*} and Dublin Core {@code DC.*} tags, and a schema.org
 * description in JSON-LD (the document as an archive item and a message, its published English
 * translation as a translation of it).
 *
 * @param tags   name and content of each {@code <meta>} tag, in order
 * @param jsonLd the JSON-LD object, as text
 */
record CitationMetadata(List<Tag> tags, String jsonLd) {

    /** One {@code <meta name=… content=…>}. */
    record Tag(String name, String content) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static CitationMetadata of(Cable cable, Corpus corpus) {
        List<Tag> tags = new ArrayList<>();
        tags.add(new Tag("citation_title", cable.title()));
        for (PersonId id : cable.from()) {
            tags.add(new Tag("citation_author", name(id, corpus)));
        }
        tags.add(new Tag("citation_date", highwireDate(cable)));
        tags.add(new Tag("citation_language", languageCode(cable.originalLanguage())));
        tags.add(new Tag("citation_abstract", Citation.oneLine(cable.summary())));
        PublishedRecord record = cable.publishedRecord();
        if (record != null) {
            tags.add(new Tag("citation_publisher", record.publisher()));
        }
        if (cable.archiveRef() != null) {
            tags.add(new Tag("citation_archive_location", cable.archiveRef()));
        }
        if (cable.documentNumber() != null) {
            tags.add(new Tag("citation_technical_report_number", cable.documentNumber()));
        }
        tags.add(new Tag("DC.title", cable.title()));
        for (PersonId id : cable.from()) {
            tags.add(new Tag("DC.creator", name(id, corpus)));
        }
        tags.add(new Tag("DC.date", cable.date().toString()));
        tags.add(new Tag("DC.type", "Text"));
        tags.add(new Tag("DC.language", languageCode(cable.originalLanguage())));
        tags.add(new Tag("DC.description", Citation.oneLine(cable.summary())));
        if (cable.archiveRef() != null) {
            tags.add(new Tag("DC.identifier", cable.archiveRef()));
        }
        if (record != null) {
            tags.add(new Tag("DC.source", record.citation()));
        }
        // "<" only occurs inside JSON strings, where \u003c means the same: no text can end the script element.
        return new CitationMetadata(List.copyOf(tags), JSON.writeValueAsString(schemaOrg(cable, corpus)).replace("<", "\\u003c"));
    }

    private static Map<String, Object> schemaOrg(Cable cable, Corpus corpus) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", List.of("ArchiveComponent", "Message"));
        doc.put("name", cable.title());
        doc.put("description", Citation.oneLine(cable.summary()));
        doc.put("dateCreated", cable.date().toString());
        doc.put("inLanguage", languageCode(cable.originalLanguage()));
        doc.put("genre", cable.type().key().replace('-', ' '));
        doc.put("sender", cable.from().stream().map(id -> agent(id, corpus)).toList());
        if (!cable.to().isEmpty()) {
            doc.put("recipient", cable.to().stream().map(id -> agent(id, corpus)).toList());
        }
        List<String> identifiers = new ArrayList<>();
        if (cable.documentNumber() != null) {
            identifiers.add("No. " + cable.documentNumber());
        }
        if (cable.archiveRef() != null) {
            identifiers.add(cable.archiveRef());
            doc.put("itemLocation", cable.archiveRef());
        }
        if (!identifiers.isEmpty()) {
            doc.put("identifier", identifiers);
        }
        PublishedRecord record = cable.publishedRecord();
        if (record != null) {
            Map<String, Object> translation = new LinkedHashMap<>();
            translation.put("@type", "CreativeWork");
            translation.put("name", record.title());
            translation.put("inLanguage", "en");
            translation.put("publisher", Map.of("@type", "Organization", "name", record.publisher()));
            if (record.recordId() != null) {
                translation.put("identifier", "Record ID " + record.recordId());
            }
            if (record.address() != null) {
                translation.put("url", record.address());
            }
            if (record.translator() != null) {
                translation.put("translator", Map.of("@type", "Person", "name", record.translator()));
            }
            doc.put("workTranslation", translation);
        }
        return doc;
    }

    private static Map<String, Object> agent(PersonId id, Corpus corpus) {
        var person = corpus.person(id);
        boolean body = person.map(p -> p.kind() != Person.Kind.PERSON).orElse(false);
        return Map.of("@type", body ? "Organization" : "Person", "name", name(id, corpus));
    }

    private static String name(PersonId id, Corpus corpus) {
        return corpus.person(id).map(Person::name).orElse(id.value());
    }

    /** Highwire dates are written year/month/day, with as much as is known. */
    private static String highwireDate(Cable cable) {
        var d = cable.date();
        StringBuilder date = new StringBuilder(String.format("%04d", d.year()));
        if (d.month() != null) {
            date.append(String.format("/%02d", d.month()));
            if (d.day() != null) {
                date.append(String.format("/%02d", d.day()));
            }
        }
        return date.toString();
    }

    private static String languageCode(Cable.Language language) {
        return switch (language) {
            case RUSSIAN -> "ru";
            case CHINESE -> "zh";
            case KOREAN -> "ko";
            case ENGLISH -> "en";
        };
    }

    /** The tags as JSON for the page script that puts them in the head: [[name, content], …]. */
    String tagsJson() {
        return JSON.writeValueAsString(tags.stream().map(t -> List.of(t.name(), t.content())).toList());
    }
}
