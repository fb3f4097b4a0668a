package org.cables.tours;

import org.cables.navigation.ArchiveNavigation;
import static org.jsoup.nodes.Entities.escape;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.cables.content.Cable;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.ExhibitMarkdown;
import org.cables.content.FrontLines;
import org.cables.content.Tour;
import org.cables.map.FrontLineMap;
import org.cables.ui.OurTranslation;
import org.cables.ui.TrustedHtml;
import org.jsoup.nodes.Element;

/**
 * What a tour stop shows: the story in our words (title, date, narrative, the question to
 * think about and, on the tour's own pages, the checkpoint question) beside the documents that
 * tell it, with the passage that matters highlighted, and the front on that day. Used by the
 * tour stop page and by a class following its teacher through a tour.
 */
public final class StopContent extends Div {

    private final ExhibitContent content;
    private final Div sources = new Div();

    public StopContent(ExhibitContent content, Tour tour, Tour.Stop stop, boolean withCheckpoint) {
        this.content = content;
        Corpus corpus = content.corpus(getLocale());
        addClassName("stop-layout");
        Article story = new Article();
        story.addClassName("stop-story");
        Drawn drawn = corpus.drawn(new Page(tour.id(), stop.id(), getLocale()),
                page -> new Drawn(story(stop).html(), documents(stop, corpus)));
        story.add(TrustedHtml.div(drawn.story()));
        if (withCheckpoint && stop.checkpoint() != null && tour.quiz() != null) {
            corpus.quiz(tour.quiz())
                    .flatMap(quiz -> quiz.question(stop.checkpoint()))
                    .ifPresent(q -> story.add(new Checkpoint(q, corpus)));
        }

        sources.addClassName("stop-sources");
        sources.add(TrustedHtml.div(drawn.documents()), map(stop));
        add(story, sources);
    }

    /** A stop's page in a language (the corpus is the other input). */
    private record Page(org.cables.content.TourId tour, org.cables.content.StopId stop, java.util.Locale locale) {
    }

    /**
     * The stop's story and its documents as HTML, the same for every visitor in a language: drawn
     * once per corpus and kept there, so each visitor's page holds the kept strings (decision 62).
     */
    private record Drawn(String story, String documents) {
    }

    /**
     * The story in our words as one block of HTML made here (title, date, narrative and the
     * question to think about; every text escaped by jsoup, the narrative made safe where its
     * Markdown is rendered): as components it was some ten state nodes more in every visitor's
     * session (issue 22, decision 61).
     */
    private Element story(Tour.Stop stop) {
        Element story = TrustedHtml.builder("div");
        story.appendElement("h1").text(stop.title());
        story.appendElement("span").addClass("stop-date").text(stop.date().display(getLocale()));
        TrustedHtml.appendSafe(story.appendElement("div").addClass("stop-narrative"), ExhibitMarkdown.toSafeHtml(stop.narrative()));
        if (stop.question() != null && !stop.question().isBlank()) {
            Element question = story.appendElement("aside").addClass("stop-question");
            question.appendElement("h2").text(getTranslation("stop.question"));
            question.appendElement("p").text(stop.question());
        }
        return story;
    }

    /** The column of documents and map, for what a page adds beside them. */
    Div sources() {
        return sources;
    }

    /**
     * The documents that tell the stop, as one block of HTML made here (every text escaped by
     * jsoup, the marked passages and translations escaped where they are made): a stop's cards
     * would otherwise be some thirty components kept in each visitor's session (issue 22).
     */
    private String documents(Tour.Stop stop, Corpus corpus) {
        Element section = TrustedHtml.builder("section").addClass("stop-documents");
        section.appendElement("h2").text(getTranslation("stop.documents"));
        for (Tour.CitedCable cited : stop.cables()) {
            corpus.cable(cited.cable()).ifPresent(cable -> document(section.appendElement("div"), cable, cited.highlight(), corpus));
        }
        return section.outerHtml();
    }

    /** A cited document: what it is, and the passage that matters in its own words. */
    private void document(Element card, Cable cable, String highlight, Corpus corpus) {
        card.addClass("stop-document");
        String address = ArchiveNavigation.cable(cable.id());
        card.appendElement("h3").appendElement("a").attr("href", address).addClass("document-title").text(cable.title());
        card.appendElement("span").addClass("document-meta").text(cable.date().display(getLocale()) + " · "
                + corpus.names(cable.from(), ", ") + (cable.to().isEmpty() ? "" : " → " + corpus.names(cable.to(), ", ")));
        String passage = highlight == null ? null : passage(cable, highlight);
        if (passage != null) {
            TrustedHtml.appendSafe(card.appendElement("blockquote").addClass("stop-excerpt").attr("lang", "en"), passage);
            corpus.ourTranslation(cable.id(), highlight).ifPresent(translation -> OurTranslation.appendTo(card,
                    getTranslation("translation.ours.passage"), escape(translation), corpus.language().toLanguageTag()));
            card.appendElement("p").addClass("excerpt-source")
                    .text(getTranslation(cable.text() == Cable.TextKind.FULL ? "stop.from-full" : "stop.from-excerpt"));
        } else {
            if (cable.text() != Cable.TextKind.NONE || cable.account() == null) {
                card.appendElement("p").addClass("document-summary").text(cable.summary());
            }
            if (cable.text() == Cable.TextKind.NONE && cable.account() != null) {
                card.appendElement("p").addClass("excerpt-source").text(getTranslation("stop.account", cable.publishedRecord().publisher()));
                Element account = card.appendElement("div").addClass("stop-account").attr("lang", corpus.language().toLanguageTag());
                cable.account().paragraphs().forEach(paragraph -> account.appendElement("p").text(paragraph));
            } else if (cable.text() == Cable.TextKind.NONE) {
                card.appendElement("p").addClass("excerpt-source").text(getTranslation("stop.no-text"));
            }
        }
        card.appendElement("a").attr("href", address).text(getTranslation("stop.read-document"));
    }

    /**
     * The paragraph holding the highlight, as escaped text with the highlight marked (drawn once
     * with the stop's documents, so not kept apart).
     */
    private static String passage(Cable cable, String highlight) {
        String body = java.util.Objects.requireNonNullElse(cable.body(), "");
        String wanted = highlight.replaceAll("\\s+", " ").strip();
        return ExhibitMarkdown.paragraphWith(body, highlight).map(text -> {
            int at = text.indexOf(wanted);
            return escape(text.substring(0, at)) + "<mark>" + escape(wanted) + "</mark>" + escape(text.substring(at + wanted.length()));
        }).orElse(null);
    }

    private Component map(Tour.Stop stop) {
        Section section = new Section(new H2(getTranslation("stop.map")));
        section.addClassName("stop-map");
        if (stop.mapDate().start().isBefore(FrontLines.FIRST_DAY)) {
            section.add(new Paragraph(getTranslation("stop.map.before-war")));
            return section;
        }
        section.add(FrontLineMap.compact(content.corpus(getLocale()), stop.mapDate().start(), stop.mapPlaces()));
        return section;
    }

}
