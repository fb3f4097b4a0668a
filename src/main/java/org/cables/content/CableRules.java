package org.cables.content;

import java.util.List;
import java.util.Locale;

/**
 * The rules for cables: correspondents who exist and were alive, names as written that belong
 * to them (cover names in their time), replies after what they answer, and a body that matches
 * its kind of text and is safe Markdown.
 */
final class CableRules {

    private final ContentRead read;
    private final ContentIndex index;
    private final OwnWords words;
    private final ContentProblems problems;

    CableRules(ContentRead read, ContentIndex index, OwnWords words, ContentProblems problems) {
        this.read = read;
        this.index = index;
        this.words = words;
        this.problems = problems;
    }

    void check() {
        read.cables().forEach(this::checkCable);
    }

    private void checkCable(Located<Cable> located) {
        Cable c = located.value();
        if (!c.date().isWithinExhibit()) {
            problems.add(located.file(), located.line("date"), "The date " + c.date() + " is outside the exhibit's years 1945–1954",
                    "check the year; documents from later years are not part of the archive");
        }
        if (c.from().isEmpty()) {
            problems.add(located.file(), located.line("from"), "The cable has no sender", "name at least one person or body in 'from'");
        }
        if (c.to().isEmpty() && SENT.contains(c.type())) {
            problems.add(located.file(), located.line("to"), "A " + c.type().key().replace('-', ' ') + " with no recipient",
                    "name who received it; where the source says only 'to Moscow' or 'to Beijing', name the receiving body "
                            + "(e.g. soviet-foreign-ministry, cpsu-central-committee, ccp-central-committee) and say why in an editorial note");
        }
        for (String field : List.of("from", "to", "via")) {
            List<PersonId> ids = switch (field) {
                case "from" -> c.from();
                case "to" -> c.to();
                default -> c.via();
            };
            for (PersonId id : ids) {
                Located<Person> person = index.person(located, field, id);
                if (person != null) {
                    checkAlive(located, field, c, person.value());
                }
            }
        }
        for (Cable.NameAsWritten written : c.asWritten()) {
            Located<Person> person = index.person(located, "as_written", written.person());
            if (person != null) {
                checkNameAsWritten(located, c, written, person.value());
            }
        }
        c.places().forEach(id -> index.place(located, "places", id));
        c.topics().forEach(id -> index.topic(located, "topics", id));
        if (c.inReplyTo() != null) {
            Located<Cable> original = index.cable(located, "in_reply_to", c.inReplyTo());
            if (original != null && original.value().date().start().isAfter(c.date().end())) {
                problems.add(located.file(), located.line("in_reply_to"), "This reply (" + c.date() + ") is dated before the cable it answers ("
                                + original.value().date() + ", " + original.value().id() + ")",
                        "one of the two dates is wrong — check the years");
            }
        }
        checkUnlistedMessage(located, c);
        for (CableId related : c.related()) {
            if (related.equals(c.id())) {
                problems.add(located.file(), located.line("related"), "The cable lists itself as related", "remove its own id from 'related'");
            } else {
                index.cable(located, "related", related);
            }
        }
        checkBody(located, c);
        checkRecord(located, c);
        words.check(located, "title", c.title());
        words.check(located, "summary", c.summary());
        words.noInternalReferences(located, "provenance", List.of(c.provenance()));
        words.noInternalReferences(located, "text_source", c.textSource() == null ? List.of() : List.of(c.textSource()));
        words.noInternalReferences(located, "editorial_notes", c.editorialNotes());
        words.noInternalReferences(located, "body", List.of(c.body()));
    }

    /**
     * An answer to a message the archive lacks names its sender and date; it cannot also name a
     * cable it answers, cannot answer something sent after it, and must not claim a message is
     * missing when the archive holds it (same sender, same day, to one of this document's people).
     */
    private void checkUnlistedMessage(Located<Cable> located, Cable c) {
        Cable.UnlistedMessage unlisted = c.inReplyToUnlisted();
        if (unlisted == null) {
            return;
        }
        int line = located.line("in_reply_to_unlisted");
        if (c.inReplyTo() != null) {
            problems.add(located.file(), line, "The document names both the cable it answers (in_reply_to) and a message the archive lacks",
                    "keep in_reply_to when the archive holds the message, otherwise in_reply_to_unlisted");
        }
        index.person(located, "in_reply_to_unlisted", unlisted.from());
        if (unlisted.date().start().isAfter(c.date().end())) {
            problems.add(located.file(), line, "The message answered (" + unlisted.date() + ") is dated after this document (" + c.date() + ")",
                    "one of the two dates is wrong — check the years");
        }
        if (!unlisted.date().isExactDay()) {
            return;
        }
        read.cables().stream().map(Located::value)
                .filter(other -> other.date().equals(unlisted.date()) && other.from().contains(unlisted.from())
                        && java.util.stream.Stream.concat(other.to().stream(), other.via().stream()).anyMatch(c.from()::contains)
                        && !other.id().equals(c.id()))
                .findFirst()
                .ifPresent(held -> problems.add(located.file(), line, "The archive holds the message this document answers: "
                                + held.id() + " (" + held.date() + ")",
                        "write in_reply_to: " + held.id() + " instead of in_reply_to_unlisted"));
    }

    private void checkAlive(Located<Cable> located, String field, Cable c, Person person) {
        if (person.kind() != Person.Kind.PERSON) {
            return;
        }
        String role = switch (field) {
            case "from" -> "sends";
            case "to" -> "receives";
            default -> "passes on";
        };
        if (person.died() != null && c.date().start().isAfter(person.died().end())) {
            problems.add(located.file(), located.line(field), person.name() + " " + role + " this cable dated " + c.date()
                            + ", after dying on " + person.died(),
                    "check the cable's year (the sources sometimes misprint it) or the person");
        }
        if (person.born() != null && c.date().end().isBefore(person.born().start())) {
            problems.add(located.file(), located.line(field), person.name() + " " + role + " this cable dated " + c.date()
                            + ", before being born (" + person.born() + ")",
                    "check the cable's date or the person");
        }
    }

    private void checkNameAsWritten(Located<Cable> located, Cable c, Cable.NameAsWritten written, Person person) {
        String name = written.name();
        var codename = person.codename(name);
        if (codename.isPresent()) {
            if (!codename.get().usedAt(c.date())) {
                problems.add(located.file(), located.line("as_written"), "The cover name '" + name + "' was not in use by "
                                + person.name() + " on " + c.date() + " (used " + period(codename.get()) + ")",
                        "check the cable's date, or who the cover name belongs to");
            }
            return;
        }
        boolean misspelt = person.misspellings().stream().anyMatch(m -> m.equalsIgnoreCase(name));
        boolean known = misspelt || person.name().equalsIgnoreCase(name)
                || person.variants().stream().anyMatch(v -> v.equalsIgnoreCase(name));
        if (!known) {
            problems.add(located.file(), located.line("as_written"), "'" + name + "' is not a known name of " + person.name(),
                    "add it to " + person.id() + " in people.yaml: to 'variants', 'misspellings' or 'codenames'");
        } else if (misspelt && c.editorialNotes().stream().noneMatch(n -> n.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))) {
            problems.add(located.file(), located.line("as_written"), "The document's misspelling '" + name + "' (for "
                            + person.name() + ") has no editorial note",
                    "add an editorial_notes entry saying the source writes '" + name + "' and why it means " + person.name());
        }
    }

    private static String period(Person.Codename c) {
        return (c.from() == null ? "…" : c.from().toString()) + " to " + (c.to() == null ? "…" : c.to().toString());
    }

    /** Kinds of document whose date is the day they were sent (a record of conversation is dated by the talk). */
    private static final java.util.Set<Cable.DocumentType> SENT = java.util.EnumSet.of(Cable.DocumentType.CIPHERED_TELEGRAM,
            Cable.DocumentType.TELEGRAM, Cable.DocumentType.LETTER);

    /** Shortest and longest account we accept, in words (the brief asks for 100–300 by the document's length). */
    static final int ACCOUNT_MIN_WORDS = 60;
    static final int ACCOUNT_MAX_WORDS = 340;

    /**
     * The published record and our account: an account names the translation it was written from,
     * is our words (no quotation marks, no known misspelling), says which part a partial reading
     * covers, and the record agrees with the cable's own fields.
     */
    private void checkRecord(Located<Cable> located, Cable c) {
        PublishedRecord record = c.publishedRecord();
        Account account = c.account();
        if (record != null) {
            if (record.address() != null && !record.address().matches("https?://[^\\s\"<>]+")) {
                problems.add(located.file(), located.line("published_record"), "The publication's address '" + record.address()
                                + "' is not a web address", "give the public https:// address of the document's page, or null");
            }
            if (record.recordId() != null && c.wilsonCenter() != null && !record.recordId().equals(c.wilsonCenter())
                    && record.publisher().contains("Wilson Center")) {
                problems.add(located.file(), located.line("published_record"), "The record ID " + record.recordId()
                                + " differs from collections.wilson_center " + c.wilsonCenter(),
                        "the two name the same Digital Archive record: correct the wrong one");
            }
            if (SENT.contains(c.type()) && record.sent() != null && record.sent().length() >= 10 && c.date().day() != null
                    && !record.sent().startsWith(c.date().toString()) && c.dateNote() == null
                    && record.sent().substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
                problems.add(located.file(), located.line("date"), "The published record says the document was sent on "
                                + record.sent().substring(0, 10) + " but its date is " + c.date(),
                        "give the date it was written or sent and explain the difference in date_note and an editorial note");
            }
            words.noInternalReferences(located, "published_record", java.util.stream.Stream.of(record.distribution(),
                    record.sentFrom(), record.sentTo()).filter(java.util.Objects::nonNull).toList());
        }
        if (account == null) {
            return;
        }
        int line = located.line("account");
        if (record == null) {
            problems.add(located.file(), line, "An account without the published translation it was written from",
                    "add published_record: the publisher, title, record ID and address of the translation");
        }
        if (account.coverage() == Account.Coverage.PARTIAL && account.coverageNote() == null) {
            problems.add(located.file(), line, "A partial account does not say which part of the translation it covers",
                    "add coverage_note, e.g. 'The first four paragraphs; the rest could not be read.'");
        }
        int count = account.words();
        if (count < ACCOUNT_MIN_WORDS || count > ACCOUNT_MAX_WORDS) {
            problems.add(located.file(), line, "The account has " + count + " words",
                    "write " + ACCOUNT_MIN_WORDS + " to " + ACCOUNT_MAX_WORDS + " words: about 100 for a short telegram, up to 300 for a long report");
        }
        int quote = firstQuotationMark(account.text());
        if (quote >= 0) {
            problems.add(located.file(), line, "The account contains a quotation mark ('" + account.text().charAt(quote) + "')",
                    "an account is in our own words: paraphrase instead of quoting; quotations belong in the body with a Source line");
        }
        words.check(located, "account", account.text());
    }

    private static int firstQuotationMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\u201c' || ch == '\u201d' || ch == '\u00ab' || ch == '\u00bb') {
                return i;
            }
        }
        return -1;
    }

    private void checkBody(Located<Cable> located, Cable c) {
        int bodyLine = located.line("body");
        switch (c.text()) {
            case FULL -> {
                if (c.textSource() == null) {
                    problems.add(located.file(), located.line("text"), "A full text needs its source",
                            "add text_source: the citation of the published translation");
                }
                if (c.body().isBlank()) {
                    problems.add(located.file(), bodyLine, "'text: full' but the body is empty",
                            "paste the translation below the front matter, or set 'text: none'");
                }
            }
            case EXCERPTS -> ExhibitMarkdown.excerptFindings(c.body())
                    .forEach(f -> problems.add(located.file(), bodyLine + f.line() - 1, f.message(), f.hint()));
            case NONE -> {
                if (!c.body().isBlank()) {
                    problems.add(located.file(), bodyLine, "'text: none' but the file has a body",
                            "set 'text: excerpts' (quotations with 'Source:' lines) or 'text: full', or remove the body");
                }
            }
        }
        ExhibitMarkdown.safetyFindings(c.body())
                .forEach(f -> problems.add(located.file(), bodyLine + f.line() - 1, f.message(), f.hint()));
    }
}
