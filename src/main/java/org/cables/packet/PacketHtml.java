package org.cables.packet;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A packet as an XHTML page for print (A4, page numbers, a page for each stop). The page is
 * built as a tree (jsoup): every text of the packet goes in as a text node and every attribute
 * value as an attribute, so that nothing in the content can become markup; the only markup and
 * style are the ones written here.
 */
final class PacketHtml {

    /** Ruled lines under a question to think about. */
    static final int THINK_LINES = 3;
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final PacketTexts texts;

    PacketHtml(PacketTexts texts) {
        this.texts = texts;
    }

    /** The page as a document tree. */
    Document document(Packet packet) {
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element html = doc.selectFirst("html");
        html.attr("xmlns", "http://www.w3.org/1999/xhtml");
        html.attr("lang", packet.language().toLanguageTag());
        Element head = doc.head();
        head.appendElement("meta").attr("http-equiv", "Content-Type").attr("content", "text/html; charset=UTF-8");
        String title = packet.isKey() ? packet.title() + " · " + texts.getTranslation("packet.key") : packet.title();
        head.appendElement("title").text(title);
        head.appendElement("meta").attr("name", "subject").attr("content", texts.getTranslation("packet.kicker"));
        head.appendElement("meta").attr("name", "author").attr("content", texts.getTranslation("shell.title"));
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(PacketStyle.CSS));

        Element body = doc.body();
        footer(body, title);
        cover(body, packet);
        if (packet.isKey()) {
            key(body, packet);
        } else {
            packet.sections().forEach(section -> section(body, section, packet.sections().size()));
            questions(body, packet);
        }
        return doc;
    }

    /** The page as XHTML text. */
    String xhtml(Packet packet) {
        return "<!DOCTYPE html>\n" + document(packet).html();
    }

    // ---- Frame --------------------------------------------------------------------------------

    /** What every page shows at its foot: the packet's title, and the page number out of the pages. */
    private void footer(Element body, String title) {
        body.appendElement("div").addClass("running-title").text(title);
        Element page = body.appendElement("div").addClass("running-page");
        for (Object part : texts.pattern("packet.page")) {
            if (part instanceof Integer place) {
                page.appendElement("span").addClass(place == 0 ? "page-number" : "page-count");
            } else {
                page.appendText((String) part);
            }
        }
    }

    private void cover(Element body, Packet packet) {
        Element cover = body.appendElement("div").addClass("cover");
        cover.appendElement("p").addClass("kicker").text(texts.getTranslation(packet.kind() == Packet.Kind.SET ? "packet.kicker-set" : "packet.kicker"));
        if (packet.isKey()) {
            cover.appendElement("p").addClass("edition").text(texts.getTranslation("packet.key"));
        }
        cover.appendElement("h1").text(packet.title());
        if (!packet.period().isBlank()) {
            cover.appendElement("p").addClass("period").text(packet.period());
        }
        if (!packet.summary().isBlank()) {
            cover.appendElement("p").addClass("summary").text(packet.summary());
        }
        cover.appendElement("p").addClass("language").text(texts.getTranslation("packet.language",
                org.cables.i18n.ExhibitLanguage.forLocale(packet.language()).nativeName()));
        if (packet.isKey()) {
            cover.appendElement("p").addClass("key-note").text(texts.getTranslation("packet.key.note"));
        } else {
            Element who = cover.appendElement("table").addClass("who");
            for (String key : List.of("packet.name", "packet.class", "packet.date")) {
                Element row = who.appendElement("tr");
                row.appendElement("td").addClass("who-label").text(texts.getTranslation(key));
                row.appendElement("td").addClass("who-line");
            }
            cover.appendElement("p").addClass("contents").text(texts.getTranslation("packet.contents",
                    packet.sections().size(), packet.questions().size()));
        }
        Element sources = cover.appendElement("div").addClass("sources");
        sources.appendElement("h2").text(texts.getTranslation("home.sources.heading"));
        sources.appendElement("p").text(texts.getTranslation("home.sources.text"));
        sources.appendElement("p").text(texts.getTranslation("home.sources.accuracy"));
    }

    // ---- Stops --------------------------------------------------------------------------------

    private void section(Element body, Packet.Section section, int count) {
        Element stop = body.appendElement("div").addClass("stop");
        stop.appendElement("p").addClass("stop-number").text(texts.getTranslation("stop.step", section.number(), count));
        stop.appendElement("h2").addClass("stop-title").text(section.title());
        if (!section.date().isBlank()) {
            stop.appendElement("p").addClass("stop-date").text(section.date());
        }
        if (section.map() != null) {
            Element figure = stop.appendElement("div").addClass("map");
            image(figure, section.map().image(), "map-image");
            if (!section.map().note().isBlank()) {
                figure.appendElement("p").addClass("map-note").text(section.map().note());
            }
        }
        Element story = stop.appendElement("div").addClass("story");
        section.story().forEach(paragraph -> story.appendElement("p").text(paragraph));
        if (!section.thinkAbout().isBlank()) {
            Element think = stop.appendElement("div").addClass("think");
            think.appendElement("h3").text(texts.getTranslation("stop.question"));
            think.appendElement("p").text(section.thinkAbout());
            lines(think, THINK_LINES);
        }
        if (section.checkpoint() != null) {
            stop.appendElement("p").addClass("checkpoint").text(texts.getTranslation("packet.checkpoint", section.checkpoint()));
        }
        if (!section.documents().isEmpty()) {
            stop.appendElement("h3").addClass("documents-heading").text(texts.getTranslation("stop.documents"));
            section.documents().forEach(document -> document(stop, document));
        }
    }

    private void document(Element parent, Packet.Document document) {
        Element card = parent.appendElement("div").addClass("document");
        card.appendElement("h4").text(document.title());
        StringBuilder meta = new StringBuilder(document.date());
        if (!document.from().isBlank()) {
            meta.append(meta.isEmpty() ? "" : " · ").append(document.from());
            if (!document.to().isBlank()) {
                meta.append(" → ").append(document.to());
            }
        }
        card.appendElement("p").addClass("document-meta").text(meta.toString());
        for (Packet.Quotation quotation : document.quotations()) {
            quotation(card, quotation);
        }
        if (document.account() != null) {
            card.appendElement("p").addClass("label").text(texts.getTranslation("stop.account", document.account().publisher()));
            Element account = card.appendElement("div").addClass("account");
            document.account().paragraphs().forEach(p -> account.appendElement("p").text(p));
        } else if (document.summary() != null && !document.summary().isBlank()) {
            card.appendElement("p").addClass("label").text(texts.getTranslation("packet.summary"));
            card.appendElement("p").addClass("document-summary").text(document.summary());
        }
        if (!document.citation().isBlank()) {
            Element cite = card.appendElement("p").addClass("citation");
            cite.appendElement("span").addClass("label-inline").text(texts.getTranslation("packet.cite"));
            cite.appendText(" ");
            cite.appendElement("span").attr("lang", "en").text(document.citation());
        }
    }

    /** Quoted words, marked as a quotation, with our translation beside them when there is one. */
    private void quotation(Element parent, Packet.Quotation quotation) {
        Element block = parent.appendElement("div").addClass("quotation");
        Element quote;
        if (quotation.ourTranslation() != null) {
            Element row = block.appendElement("table").addClass("side-by-side").appendElement("tr");
            quote = row.appendElement("td").addClass("quote-cell");
            Element ours = row.appendElement("td").addClass("ours-cell");
            ours.appendElement("p").addClass("ours-label").text(texts.getTranslation("translation.ours.passage"));
            ours.appendElement("p").addClass("ours").text(quotation.ourTranslation());
        } else {
            quote = block;
        }
        Element words = quote.appendElement("blockquote").attr("lang", "en");
        Element p = words.appendElement("p");
        p.appendText("\u201c" + quotation.before());
        p.appendElement("strong").addClass("highlight").text(quotation.passage());
        p.appendText(quotation.after() + "\u201d");
        Element source = block.appendElement("p").addClass("source");
        source.text(texts.getTranslation("packet.source", quotation.sourceTitle(), quotation.sourceDate()) + " "
                + texts.getTranslation(quotation.fullText() ? "stop.from-full" : "stop.from-excerpt"));
    }

    // ---- Questions ----------------------------------------------------------------------------

    private void questions(Element body, Packet packet) {
        if (packet.questions().isEmpty()) {
            return;
        }
        Element section = body.appendElement("div").addClass("questions");
        section.appendElement("h2").text(texts.getTranslation("packet.questions"));
        section.appendElement("p").addClass("lead").text(texts.getTranslation("packet.questions.lead"));
        for (PacketQuestion question : packet.questions()) {
            Element q = section.appendElement("div").addClass("question");
            Element answer = questionHead(q, question);
            switch (question.body()) {
                case PacketQuestion.Choices choices -> choices(answer, choices, false);
                case PacketQuestion.TrueFalse trueFalse -> trueFalse(answer, trueFalse, false);
                case PacketQuestion.Order order -> order(answer, order, false);
                case PacketQuestion.Match match -> match(answer, match, false);
                case PacketQuestion.Writing writing -> { }
            }
            if (question.lines() > 0) {
                Element room = q.appendElement("div").addClass("room");
                room.appendElement("p").addClass("room-label").text(texts.getTranslation(
                        question.kind() == PacketQuestion.Kind.WRITING ? "packet.answer-here" : "packet.why"));
                lines(room, question.lines());
            }
        }
    }

    /**
     * Number, kind, prompt and what the question is about (excerpt, map); gives the element the
     * answer's form goes in (beside the map, for a map question).
     */
    private Element questionHead(Element q, PacketQuestion question) {
        Element head = q.appendElement("p").addClass("question-head");
        head.appendElement("span").addClass("question-number").text(Integer.toString(question.number()));
        head.appendText(" ");
        head.appendElement("span").addClass("question-kind").text(kind(question.kind()));
        if (question.checkpointOf() != null) {
            head.appendText(" · " + texts.getTranslation("packet.question.checkpoint", question.checkpointOf()));
        }
        q.appendElement("p").addClass("prompt").text(question.prompt());
        if (question.skill() != null) {
            q.appendElement("p").addClass("skill").text(question.skill() == PacketQuestion.Skill.CLOSE_READING
                    ? skill(question.skill()) : texts.getTranslation("quiz.skill." + question.skill().key()));
        }
        if (question.excerpt() != null) {
            PacketQuestion.Excerpt excerpt = question.excerpt();
            Element block = q.appendElement("div").addClass("quotation");
            Element quoteCell = block;
            if (excerpt.ourTranslation() != null) {
                Element row = block.appendElement("table").addClass("side-by-side").appendElement("tr");
                quoteCell = row.appendElement("td").addClass("quote-cell");
                Element ours = row.appendElement("td").addClass("ours-cell");
                ours.appendElement("p").addClass("ours-label").text(texts.getTranslation("translation.ours.passage"));
                ours.appendElement("p").addClass("ours").text(excerpt.ourTranslation());
            }
            quoteCell.appendElement("blockquote").attr("lang", "en").appendElement("p").text("\u201c" + excerpt.english() + "\u201d");
            if (!excerpt.sourceTitle().isBlank()) {
                block.appendElement("p").addClass("source").text(texts.getTranslation("quiz.excerpt-from", excerpt.sourceTitle(),
                        excerpt.sourceDate()));
            }
        }
        if (question.map() == null) {
            return q;
        }
        // The map on the left; its date and the answer's form beside it.
        Element row = q.appendElement("table").addClass("question-map").appendElement("tr");
        Element left = row.appendElement("td").addClass("question-map-cell");
        if (question.map().image() != null) {
            image(left, question.map().image(), "question-map-image");
        }
        Element right = row.appendElement("td").addClass("question-answer-cell");
        if (!question.map().date().isBlank()) {
            right.appendElement("p").addClass("map-date").text(texts.getTranslation("packet.map.date", question.map().date()));
        }
        return right;
    }

    private String kind(PacketQuestion.Kind kind) {
        return kind == PacketQuestion.Kind.WRITING ? texts.getTranslation("packet.type.writing")
                : texts.getTranslation("quiz.type." + kind.key());
    }

    private String skill(PacketQuestion.Skill skill) {
        return texts.getTranslation("packet.skill." + skill.key());
    }

    private void choices(Element q, PacketQuestion.Choices choices, boolean key) {
        Element table = q.appendElement("table").addClass("choices");
        for (int i = 0; i < choices.choices().size(); i++) {
            PacketQuestion.Choice choice = choices.choices().get(i);
            Element row = table.appendElement("tr").addClass(key && choice.correct() ? "correct" : "choice");
            row.appendElement("td").addClass("box-cell").appendElement("span")
                    .addClass(key && choice.correct() ? "box ticked" : "box");
            row.appendElement("td").addClass("letter").text(letter(i));
            row.appendElement("td").addClass("choice-text").text(choice.text());
        }
    }

    private void trueFalse(Element q, PacketQuestion.TrueFalse trueFalse, boolean key) {
        if (!trueFalse.statement().isBlank()) {
            q.appendElement("p").addClass("statement").text(trueFalse.statement());
        }
        Element table = q.appendElement("table").addClass("choices true-false");
        Element row = table.appendElement("tr");
        for (boolean value : new boolean[] {true, false}) {
            boolean ticked = key && value == trueFalse.answer();
            row.appendElement("td").addClass("box-cell").appendElement("span").addClass(ticked ? "box ticked" : "box");
            row.appendElement("td").addClass(ticked ? "tf-text correct" : "tf-text").text(texts.getTranslation(value ? "quiz.true" : "quiz.false"));
        }
    }

    private void order(Element q, PacketQuestion.Order order, boolean key) {
        if (!key) {
            q.appendElement("p").addClass("help").text(texts.getTranslation("packet.order-help"));
        }
        Element table = q.appendElement("table").addClass("order");
        for (PacketQuestion.Item item : order.shown()) {
            Element row = table.appendElement("tr");
            row.appendElement("td").addClass("blank-cell").appendElement("span").addClass("blank")
                    .text(key ? Integer.toString(item.place()) : "");
            row.appendElement("td").addClass("item-text").text(item.text());
        }
    }

    private void match(Element q, PacketQuestion.Match match, boolean key) {
        if (!key) {
            q.appendElement("p").addClass("help").text(texts.getTranslation("packet.match-help"));
        }
        Element table = q.appendElement("table").addClass("match");
        int rows = Math.max(match.left().size(), match.right().size());
        for (int i = 0; i < rows; i++) {
            Element row = table.appendElement("tr");
            if (i < match.left().size()) {
                PacketQuestion.Left left = match.left().get(i);
                row.appendElement("td").addClass("match-number").text((i + 1) + ".");
                row.appendElement("td").addClass("match-left").text(left.text());
                row.appendElement("td").addClass("blank-cell").appendElement("span").addClass("blank")
                        .text(key ? letter(left.right()) : "");
            } else {
                row.appendElement("td");
                row.appendElement("td");
                row.appendElement("td");
            }
            if (i < match.right().size()) {
                row.appendElement("td").addClass("letter match-letter").text(letter(i));
                row.appendElement("td").addClass("match-right").text(match.right().get(i));
            } else {
                row.appendElement("td");
                row.appendElement("td");
            }
        }
    }

    private static String letter(int index) {
        return index < LETTERS.length() ? String.valueOf(LETTERS.charAt(index)) : Integer.toString(index + 1);
    }

    /** Ruled lines to write on. */
    private static void lines(Element parent, int count) {
        Element lines = parent.appendElement("div").addClass("lines");
        for (int i = 0; i < count; i++) {
            lines.appendElement("div").addClass("line");
        }
    }

    private static void image(Element parent, PacketImage image, String className) {
        parent.appendElement("img").addClass(className).attr("src", image.dataUri()).attr("alt", image.alt());
    }

    // ---- Teacher's key ------------------------------------------------------------------------

    private void key(Element body, Packet packet) {
        Element section = body.appendElement("div").addClass("questions key");
        section.appendElement("h2").text(texts.getTranslation("packet.key.heading"));
        for (PacketQuestion question : packet.questions()) {
            Element q = section.appendElement("div").addClass("question");
            Element head = q.appendElement("p").addClass("question-head");
            head.appendElement("span").addClass("question-number").text(Integer.toString(question.number()));
            head.appendText(" ");
            head.appendElement("span").addClass("question-kind").text(kind(question.kind()));
            if (question.checkpointOf() != null) {
                head.appendText(" · " + texts.getTranslation("packet.question.checkpoint", question.checkpointOf()));
            }
            q.appendElement("p").addClass("prompt").text(question.prompt());
            if (question.map() != null && !question.map().date().isBlank()) {
                q.appendElement("p").addClass("map-date").text(texts.getTranslation("packet.map.date", question.map().date()));
            }
            switch (question.body()) {
                case PacketQuestion.Choices choices -> choices(q, choices, true);
                case PacketQuestion.TrueFalse trueFalse -> trueFalse(q, trueFalse, true);
                case PacketQuestion.Order order -> order(q, order, true);
                case PacketQuestion.Match match -> match(q, match, true);
                case PacketQuestion.Writing writing -> writing(q, writing);
            }
            String answer = answer(question.body());
            if (!answer.isBlank()) {
                Element line = q.appendElement("p").addClass("answer");
                line.text(texts.getTranslation("packet.key.answer", answer));
            }
            if (!question.explanation().isBlank()) {
                Element explanation = q.appendElement("p").addClass("explanation");
                explanation.appendElement("span").addClass("label-inline").text(texts.getTranslation("packet.key.explanation"));
                explanation.appendText(" " + question.explanation());
            }
            if (question.reading() != null) {
                PacketQuestion.Reading reading = question.reading();
                q.appendElement("p").addClass("reading").text(reading.paragraph() == null
                        ? texts.getTranslation("quiz.read-source", reading.documentTitle())
                        : texts.getTranslation("quiz.read-paragraph", reading.documentTitle(), reading.paragraph()));
            }
        }
    }

    /** The right answer in a line. */
    private String answer(PacketQuestion.Body body) {
        return switch (body) {
            case PacketQuestion.Choices choices -> {
                List<String> right = new java.util.ArrayList<>();
                for (int i = 0; i < choices.choices().size(); i++) {
                    if (choices.choices().get(i).correct()) {
                        right.add(letter(i) + " (" + choices.choices().get(i).text() + ")");
                    }
                }
                yield String.join("; ", right);
            }
            case PacketQuestion.TrueFalse trueFalse -> texts.getTranslation(trueFalse.answer() ? "quiz.true" : "quiz.false");
            case PacketQuestion.Order order -> String.join(" → ", order.shown().stream()
                    .sorted(java.util.Comparator.comparingInt(PacketQuestion.Item::place)).map(PacketQuestion.Item::text).toList());
            case PacketQuestion.Match match -> {
                List<String> pairs = new java.util.ArrayList<>();
                for (int i = 0; i < match.left().size(); i++) {
                    pairs.add((i + 1) + " – " + letter(match.left().get(i).right()));
                }
                yield String.join(", ", pairs);
            }
            case PacketQuestion.Writing writing -> "";
        };
    }

    /** A writing question's model answer and its marking guide: each criterion, scored 0 to 3. */
    private void writing(Element q, PacketQuestion.Writing writing) {
        if (!writing.modelAnswer().isBlank()) {
            q.appendElement("p").addClass("label").text(texts.getTranslation("packet.key.model-answer"));
            Element model = q.appendElement("div").addClass("model-answer");
            for (String paragraph : writing.modelAnswer().strip().split("\\n\\s*\\n")) {
                model.appendElement("p").text(paragraph.strip().replaceAll("\\s+", " "));
            }
        }
        if (writing.rubric().isEmpty()) {
            return;
        }
        q.appendElement("p").addClass("label").text(texts.getTranslation("packet.key.rubric", writing.maxScore()));
        Element table = q.appendElement("table").addClass("rubric");
        Element head = table.appendElement("tr");
        head.appendElement("th").addClass("criterion").text(texts.getTranslation("packet.key.criterion"));
        for (int score = 0; score <= PacketQuestion.Criterion.MAX; score++) {
            head.appendElement("th").addClass("score").text(Integer.toString(score));
        }
        for (PacketQuestion.Criterion criterion : writing.rubric()) {
            Element row = table.appendElement("tr");
            Element name = row.appendElement("td").addClass("criterion");
            name.appendElement("strong").text(criterion.skill() == null ? criterion.focus() : skill(criterion.skill()));
            if (criterion.skill() != null && !criterion.focus().isBlank()) {
                name.appendElement("br");
                name.appendText(criterion.focus());
            }
            criterion.levels().forEach(level -> row.appendElement("td").text(level));
        }
    }
}
