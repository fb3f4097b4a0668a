package org.cables.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the cables, one Markdown file each in cables/: front matter, then the text. */
final class CableReader {

    private static final Set<String> CABLE_FIELDS = Set.of("id", "date", "date_note", "type", "title", "from", "to",
            "via", "as_written", "original_language", "archive_ref", "document_number", "collections", "summary",
            "places", "topics", "in_reply_to", "in_reply_to_unlisted", "related", "text", "text_source", "provenance", "editorial_notes",
            "published_record", "account");
    private static final Set<String> RECORD_FIELDS = Set.of("publisher", "title", "record_id", "address", "translator",
            "sent_from", "sent_to", "sent", "received", "distribution");
    private static final Set<String> ACCOUNT_FIELDS = Set.of("coverage", "coverage_note", "text");
    private static final Set<String> AS_WRITTEN_FIELDS = Set.of("name", "person");
    private static final Set<String> UNLISTED_FIELDS = Set.of("from", "date");
    private static final Set<String> COLLECTION_FIELDS = Set.of("wilson_center", "secret_documents");

    private final ContentYaml yaml;
    private final ContentProblems problems;
    private final KnownIds known;

    CableReader(ContentYaml yaml, ContentProblems problems, KnownIds known) {
        this.yaml = yaml;
        this.problems = problems;
        this.known = known;
    }

    List<Located<Cable>> read(ContentFiles files) {
        List<Located<Cable>> cables = new ArrayList<>();
        for (ContentFiles.File file : files.under("cables")) {
            if (file.text() == null) {
                continue;
            }
            if (!file.path().endsWith(".md") || file.path().indexOf('/', "cables/".length()) >= 0) {
                problems.add(file.path(), 0, "Unexpected file in cables/", "cables are cables/<id>.md; move or remove this file");
                continue;
            }
            Located<Cable> cable = cable(file);
            if (cable != null) {
                cables.add(cable);
            }
        }
        return cables;
    }

    private Located<Cable> cable(ContentFiles.File file) {
        // Until proven otherwise, the file name is the id that other entries refer to.
        String expected = file.path().substring("cables/".length(), file.path().length() - ".md".length());
        if (ContentId.isValid(expected)) {
            known.remember("cable", expected);
        }
        ContentYaml.FrontMatter fm = yaml.split(file);
        if (fm == null) {
            return null;
        }
        YamlFields f = yaml.frontMatterFields(file, fm);
        if (f == null) {
            return null;
        }
        f.allowOnly(CABLE_FIELDS, "a cable");
        String id = f.string("id", true);
        if (id != null && !id.equals(expected)) {
            f.problem("id", "The id '" + id + "' does not match the file name '" + expected + ".md'",
                    "rename the file to " + id + ".md or change the id to " + expected);
        }
        ExhibitDate date = f.date("date", true);
        var type = f.enumeration("type", Cable.DocumentType.class, true);
        String title = f.string("title", true);
        if (!f.has("from")) {
            f.problem("from", "Missing required field 'from'", "name the sender's person id, e.g. from: [stalin]");
        }
        var from = f.ids("from", PersonId::new, "person");
        if (!f.has("to") && !f.keyLines().containsKey("to")) {
            f.problem("to", "Missing required field 'to'", "name the recipients, or write 'to: []' for a speech or record");
        }
        var to = f.ids("to", PersonId::new, "person");
        var via = f.ids("via", PersonId::new, "person");
        List<Cable.NameAsWritten> asWritten = new ArrayList<>();
        for (YamlFields a : f.objects("as_written")) {
            a.allowOnly(AS_WRITTEN_FIELDS, "an as_written entry");
            String name = a.string("name", true);
            PersonId person = a.id("person", a.string("person", true), PersonId::new, "person");
            if (name != null && person != null) {
                asWritten.add(new Cable.NameAsWritten(name, person));
            }
        }
        var language = f.enumeration("original_language", Cable.Language.class, true);
        Integer wilson = null;
        Integer book = null;
        YamlFields collections = f.object("collections");
        if (collections != null) {
            collections.allowOnly(COLLECTION_FIELDS, "collections");
            wilson = collections.integer("wilson_center");
            book = collections.integer("secret_documents");
            if (book != null && (book < 1 || book > 504)) {
                collections.problem("secret_documents", "secret_documents " + book + " is outside the book's numbering",
                        "The Korean War in Secret Documents numbers its documents #001 to #504");
            }
        }
        String summary = f.string("summary", true);
        var places = f.ids("places", PlaceId::new, "place");
        if (!f.has("topics")) {
            f.problem("topics", "Missing required field 'topics'", "tag the cable with at least one topic from topics.yaml");
        }
        var topics = f.ids("topics", TopicId::new, "topic");
        CableId inReplyTo = f.id("in_reply_to", f.string("in_reply_to", false), CableId::new, "cable");
        Cable.UnlistedMessage unlisted = unlistedMessage(f.object("in_reply_to_unlisted"));
        var related = f.ids("related", CableId::new, "cable");
        var textKind = f.enumeration("text", Cable.TextKind.class, true);
        String textSource = f.string("text_source", false);
        String provenance = f.string("provenance", true);
        var notes = f.strings("editorial_notes");
        PublishedRecord record = publishedRecord(f.object("published_record"));
        Account account = account(f.object("account"));
        CableId cableId = f.id("id", id, CableId::new, "cable");
        known.remember("cable", cableId);
        if (cableId == null || date == null || type == null || title == null || language == null || summary == null
                || textKind == null || provenance == null) {
            return null;
        }
        return ContentYaml.located(new Cable(cableId, date, f.string("date_note", false), type, title, from, to, via,
                asWritten, language, f.string("archive_ref", false), f.string("document_number", false), wilson, book,
                summary, places, topics, inReplyTo, unlisted, related, textKind, textSource, provenance, notes, record, account, fm.body()), f, fm);
    }

    /** {@code in_reply_to_unlisted: {from: mao-zedong, date: 1951-06-04}}: the earlier message the archive lacks. */
    private static Cable.UnlistedMessage unlistedMessage(YamlFields m) {
        if (m == null) {
            return null;
        }
        m.allowOnly(UNLISTED_FIELDS, "in_reply_to_unlisted");
        PersonId from = m.id("from", m.string("from", true), PersonId::new, "person");
        ExhibitDate date = m.date("date", true);
        return from == null || date == null ? null : new Cable.UnlistedMessage(from, date);
    }

    private static PublishedRecord publishedRecord(YamlFields r) {
        if (r == null) {
            return null;
        }
        r.allowOnly(RECORD_FIELDS, "published_record");
        String publisher = r.string("publisher", true);
        String title = r.string("title", true);
        if (publisher == null || title == null) {
            return null;
        }
        return new PublishedRecord(publisher, title, r.integer("record_id"), r.string("address", false),
                r.string("translator", false), r.string("sent_from", false), r.string("sent_to", false),
                r.string("sent", false), r.string("received", false), r.string("distribution", false));
    }

    private static Account account(YamlFields a) {
        if (a == null) {
            return null;
        }
        a.allowOnly(ACCOUNT_FIELDS, "account");
        var coverage = a.enumeration("coverage", Account.Coverage.class, true);
        String text = a.string("text", true);
        if (coverage == null || text == null) {
            return null;
        }
        return new Account(coverage, a.string("coverage_note", false), text);
    }
}
