package org.cables.archive;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cables.content.Cable;
import org.cables.content.Corpus;
import org.cables.content.Person;
import org.cables.content.PersonId;
import org.cables.content.PublishedRecord;

/**
 * How to cite a cable: a Chicago-style note for a footnote, and BibTeX and RIS records for
 * reference managers. Archival data as published; the exhibit's page as where it was read.
 * Plain text, no page: the record page shows it, and a printed packet prints the note.
 */
public record Citation(String chicago, String bibtex, String ris) {

    public static Citation of(Cable cable, Corpus corpus) {
        String from = corpus.names(cable.from(), " and ");
        String to = corpus.names(cable.to(), " and ");
        String type = cable.type().key().replace('-', ' ');
        String date = cable.date().display(Locale.UK);
        List<String> where = new ArrayList<>();
        if (cable.documentNumber() != null) {
            where.add("No. " + cable.documentNumber());
        }
        if (cable.archiveRef() != null) {
            where.add(cable.archiveRef());
        }
        List<String> published = new ArrayList<>();
        PublishedRecord record = cable.publishedRecord();
        if (record != null) {
            published.add((record.translator() == null ? "" : "translated by " + record.translator() + ", ")
                    + "in " + record.citation());
        } else if (cable.wilsonCenter() != null) {
            published.add("Wilson Center Digital Archive, document " + cable.wilsonCenter());
        }
        if (cable.secretDocuments() != null) {
            published.add(String.format("The Korean War in Secret Documents, ed. Shen Zhihua, no. %03d", cable.secretDocuments()));
        }
        String page = "Cables exhibit, /cables/" + cable.id().value();

        StringBuilder chicago = new StringBuilder();
        chicago.append(from);
        if (!to.isEmpty()) {
            chicago.append(" to ").append(to);
        }
        chicago.append(", ").append(type).append(", ").append(date);
        if (!where.isEmpty()) {
            chicago.append(", ").append(String.join(", ", where));
        }
        if (!published.isEmpty()) {
            chicago.append("; ").append(String.join("; ", published));
        }
        chicago.append("; ").append(page).append('.');

        String key = cable.id().value().replace("-", "");
        String title = (from + (to.isEmpty() ? "" : " to " + to) + ", " + type + ", " + date);
        StringBuilder bib = new StringBuilder("@misc{").append(key).append(",\n")
                .append("  title = {").append(bibEscape(cable.title())).append("},\n")
                .append("  author = {").append(bibEscape(from)).append("},\n")
                .append("  year = {").append(cable.date().year()).append("},\n");
        if (cable.date().month() != null) {
            bib.append("  month = {").append(java.time.Month.of(cable.date().month()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT)).append("},\n");
        }
        bib.append("  howpublished = {").append(bibEscape(title)).append("},\n");
        if (cable.archiveRef() != null) {
            bib.append("  archive = {").append(bibEscape(cable.archiveRef())).append("},\n");
        }
        if (record != null) {
            bib.append("  publisher = {").append(bibEscape(record.publisher())).append("},\n");
            if (record.translator() != null) {
                bib.append("  translator = {").append(bibEscape(record.translator())).append("},\n");
            }
            if (record.address() != null) {
                bib.append("  url = {").append(record.address()).append("},\n");
            }
        }
        List<String> notes = new ArrayList<>(where);
        notes.addAll(published);
        notes.add(page);
        bib.append("  note = {").append(bibEscape(String.join("; ", notes))).append("}\n}\n");

        StringBuilder ris = new StringBuilder();
        ris.append("TY  - PCOMM\r\n");
        for (PersonId id : cable.from()) {
            ris.append("AU  - ").append(corpus.person(id).map(Person::name).orElse(id.value())).append("\r\n");
        }
        ris.append("TI  - ").append(oneLine(cable.title())).append("\r\n");
        ris.append("DA  - ").append(risDate(cable)).append("\r\n");
        ris.append("PY  - ").append(cable.date().year()).append("\r\n");
        if (!to.isEmpty()) {
            ris.append("N1  - To: ").append(to).append("\r\n");
        }
        if (!where.isEmpty()) {
            ris.append("AV  - ").append(String.join(", ", where)).append("\r\n");
        }
        if (record != null) {
            ris.append("DB  - ").append(oneLine(record.publisher())).append("\r\n");
            ris.append("T2  - ").append(oneLine(record.title())).append("\r\n");
            if (record.recordId() != null) {
                ris.append("AN  - ").append(record.recordId()).append("\r\n");
            }
            if (record.address() != null) {
                ris.append("UR  - ").append(record.address()).append("\r\n");
            }
            if (record.translator() != null) {
                ris.append("A4  - ").append(oneLine(record.translator())).append("\r\n");
            }
        }
        published.forEach(p -> ris.append("N1  - ").append(p).append("\r\n"));
        ris.append("AB  - ").append(oneLine(cable.summary())).append("\r\n");
        ris.append("N1  - ").append(page).append("\r\n");
        ris.append("ER  - \r\n");
        return new Citation(chicago.toString(), bib.toString(), ris.toString());
    }

    private static String risDate(Cable cable) {
        var d = cable.date();
        return String.format("%04d/%s/%s/", d.year(), d.month() == null ? "" : String.format("%02d", d.month()),
                d.day() == null ? "" : String.format("%02d", d.day()));
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String bibEscape(String text) {
        return oneLine(text).replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")
                .replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_").replace("$", "\\$");
    }
}
