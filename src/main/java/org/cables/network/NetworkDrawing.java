package org.cables.network;

import static org.jsoup.nodes.Entities.escape;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.cables.content.Cable;
import org.cables.content.ExhibitDate;
import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.PeopleNavigation;
import org.cables.ui.TrustedHtml;

/**
 * The network of one window: the drawing, a sentence saying what it shows, the documents of
 * the person or link opened (each opening its record, the gaps in the record said), and the
 * same correspondence as a table by phase of the war, for screen readers and for checking.
 * The network page puts its controls around it; a class shows it at the window the teacher chose.
 */
public final class NetworkDrawing extends Div {

    /** The most documents listed for a person or a link before the list says how many more there are. */
    static final int LIST_MAX = 60;

    private final NetworkGraph graph = new NetworkGraph();
    private final Paragraph summary = new Paragraph();
    private final Aside opened = new Aside();
    private final NativeDetails table = new NativeDetails();
    private final Consumer<String> onOpen;
    private Correspondence correspondence;
    private NetworkFilter filter;
    private Correspondence.Counts counts;
    private String open = "";

    /** {@code onOpen} hears the id of each person or link the visitor opens (empty when closed). */
    public NetworkDrawing(Consumer<String> onOpen) {
        this.onOpen = onOpen;
        addClassName("network-drawing");
        summary.addClassName("network-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        graph.addClassName("network-graph");
        opened.addClassName("network-opened");
        opened.setVisible(false);
        table.addClassName("network-table");
        graph.addOpenListener(e -> {
            openItem(e.getId());
            onOpen.accept(open);
        });
        Div layout = new Div(graph, opened);
        layout.addClassName("network-layout");
        add(summary, layout, table);
    }

    public NetworkGraph graph() {
        return graph;
    }

    /** Shows the correspondence the filter selects, with a person or link open ({@code open}; empty for none). */
    public void show(Correspondence correspondence, NetworkFilter filter, String open) {
        this.correspondence = correspondence;
        this.filter = filter;
        this.counts = correspondence.counts(filter);
        graph.setGraph(correspondence.graph());
        graph.setCounts(counts);
        Map<String, String> labels = new LinkedHashMap<>();
        NetworkGraph.LABEL_KEYS.forEach(key -> labels.put(key, getTranslation("network.graph." + key)));
        graph.setLabels(getTranslation("network.graph.name", period(filter)), labels);
        summary.setText(describe(counts));
        buildTable();
        openItem(open);
    }

    public String opened() {
        return open;
    }

    /** The window as words: "June 1950 – October 1950", or one month. */
    String period(NetworkFilter f) {
        String from = month(f.from());
        return f.from().equals(f.to()) ? from : getTranslation("network.period", from, month(f.to()));
    }

    String month(YearMonth month) {
        return ExhibitDate.of(month).display(getLocale());
    }

    /** One or two sentences: how many documents between how many people, and the busiest links. */
    private String describe(Correspondence.Counts counts) {
        // People in the drawing only: a speech's speaker with no addressee is counted by the archive, not linked here.
        long people = correspondence.graph().nodes().stream().filter(n -> counts.of(n.id()) > 0).count();
        if (counts.documents() == 0) {
            return getTranslation("network.summary-none", period(filter));
        }
        String busiest = counts.links().entrySet().stream()
                .sorted(Map.Entry.<Pair, Correspondence.Flow>comparingByValue(Comparator.comparingInt(Correspondence.Flow::total)).reversed()
                        .thenComparing(e -> e.getKey().id()))
                .limit(3)
                .map(e -> getTranslation("network.summary-link", correspondence.name(e.getKey().a()),
                        correspondence.name(e.getKey().b()), e.getValue().total()))
                .reduce((a, b) -> a + getTranslation("network.list-separator") + b).orElse("");
        String text = getTranslation("network.summary", period(filter), counts.documents(), people);
        return busiest.isEmpty() ? text : text + " " + getTranslation("network.summary-busiest", busiest);
    }

    /** Opens a person or a link: the list of their documents beside the drawing. */
    void openItem(String id) {
        opened.removeAll();
        open = "";
        Optional<Pair> pair = Pair.parse(id);
        Optional<Correspondence.Node> node = correspondence.graph().nodes().stream()
                .filter(n -> n.id().value().equals(id)).findFirst();
        if (pair.isPresent() && correspondence.graph().links().stream().anyMatch(l -> l.pair().equals(pair.get()))) {
            open = pair.get().id();
            showLink(pair.get());
        } else if (node.isPresent()) {
            open = node.get().id().value();
            showPerson(node.get());
        }
        opened.setVisible(!open.isEmpty());
        graph.setSelected(open);
    }

    private void showPerson(Correspondence.Node node) {
        List<Cable> documents = correspondence.documentsOf(node.id(), filter);
        H2 heading = new H2(getTranslation("network.person-heading", node.name(), documents.size(), period(filter)));
        heading.setId("network-opened-heading");
        opened.add(heading, closeButton());
        opened.add(documentList(documents));
        Paragraph more = new Paragraph(new Anchor(PeopleNavigation.person(node.id()), getTranslation("network.person-page", node.name())));
        more.addClassName("network-more");
        opened.add(more);
    }

    private void showLink(Pair pair) {
        List<Cable> documents = correspondence.between(pair, filter);
        Correspondence.Flow flow = counts.of(pair);
        String a = correspondence.name(pair.a());
        String b = correspondence.name(pair.b());
        H2 heading = new H2(getTranslation("network.link-heading", a, b, period(filter)));
        heading.setId("network-opened-heading");
        Paragraph flows = new Paragraph(getTranslation("network.link-flows", a, b, flow.ab(), flow.ba()));
        flows.addClassName("network-flows");
        opened.add(heading, closeButton(), flows, documentList(documents));
        if (documents.isEmpty()) {
            opened.add(new Paragraph(getTranslation("network.link-none")));
        }
    }

    private Component closeButton() {
        com.vaadin.flow.component.html.NativeButton close = new com.vaadin.flow.component.html.NativeButton(
                getTranslation("network.close"), e -> {
            String was = open;
            openItem("");
            onOpen.accept("");
            graph.focusItem(was);
        });
        close.addClassName("network-close");
        return close;
    }

    /** Documents in date order: date, who to whom, the title opening the record, and what the record lacks. */
    private Component documentList(List<Cable> documents) {
        OrderedList list = new OrderedList();
        list.addClassName("network-documents");
        documents.stream().limit(LIST_MAX).forEach(c -> list.add(documentLine(c)));
        if (documents.size() > LIST_MAX) {
            list.add(new ListItem(getTranslation("network.list-more", documents.size() - LIST_MAX)));
        }
        return list;
    }

    private ListItem documentLine(Cable c) {
        Locale locale = getLocale();
        Span when = new Span(c.date().display(locale));
        when.addClassName("when");
        String route = correspondence.corpus().names(c.from(), ", ") + " → "
                + (c.via().isEmpty() ? "" : correspondence.corpus().names(c.via(), " → ") + " → ")
                + correspondence.corpus().names(c.to(), ", ");
        Span who = new Span(route);
        who.addClassName("who");
        ListItem item = new ListItem(when, who, new Anchor(ArchiveNavigation.cable(c.id()), c.title()));
        gapNote(c).ifPresent(item::add);
        return item;
    }

    /** What the record says about the document's answer: the answer, none in the archive, or a question the archive lacks. */
    private Optional<Component> gapNote(Cable c) {
        Span note = new Span();
        note.addClassName("gap-note");
        if (c.inReplyToUnlisted() != null) {
            Cable.UnlistedMessage m = c.inReplyToUnlisted();
            note.setText(getTranslation("network.gap.question-missing", correspondence.name(m.from()), m.date().display(getLocale())));
            note.addClassName("question-missing");
        } else if (correspondence.unanswered(c)) {
            note.setText(getTranslation("network.gap.no-answer", Correspondence.ANSWER_DAYS));
            note.addClassName("no-answer");
        } else {
            Optional<Cable> answer = correspondence.answer(c);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            note.add(new Span(getTranslation("network.gap.answered") + " "),
                    new Anchor(ArchiveNavigation.cable(answer.get().id()), answer.get().date().display(getLocale())));
            note.addClassName("answered");
        }
        return Optional.of(note);
    }

    /** The text alternative: every link with documents in the window, its documents in each phase of the war, and in all. */
    private void buildTable() {
        table.setSummaryText(getTranslation("network.table"));
        List<WarPhase> phases = java.util.Arrays.stream(WarPhase.values()).filter(p -> p.overlaps(filter.from(), filter.to())).toList();
        Map<Pair, Map<WarPhase, Integer>> rows = correspondence.byPhase(filter);
        StringBuilder html = new StringBuilder("<table class=\"network-by-phase\"><caption>")
                .append(escape(getTranslation("network.table-caption", period(filter)))).append("</caption><thead><tr><th scope=\"col\">")
                .append(escape(getTranslation("network.table-correspondents"))).append("</th>");
        phases.forEach(p -> html.append("<th scope=\"col\">").append(escape(getTranslation("network.phase." + p.key()))).append("</th>"));
        html.append("<th scope=\"col\">").append(escape(getTranslation("network.table-total"))).append("</th></tr></thead><tbody>");
        rows.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Pair, Map<WarPhase, Integer>> e) -> -total(e.getValue()))
                        .thenComparing(e -> correspondence.name(e.getKey().a()) + correspondence.name(e.getKey().b())))
                .forEach(e -> {
                    html.append("<tr><th scope=\"row\">").append(escape(correspondence.name(e.getKey().a()) + " ↔ " + correspondence.name(e.getKey().b())))
                            .append("</th>");
                    phases.forEach(p -> html.append("<td>").append(e.getValue().getOrDefault(p, 0)).append("</td>"));
                    html.append("<td>").append(total(e.getValue())).append("</td></tr>");
                });
        if (rows.isEmpty()) {
            html.append("<tr><td colspan=\"").append(phases.size() + 2).append("\">")
                    .append(escape(getTranslation("network.summary-none", period(filter)))).append("</td></tr>");
        }
        html.append("</tbody></table>");
        TrustedHtml content = TrustedHtml.div(html.toString());
        content.addClassName("network-table-scroll");
        table.setContent(content);
    }

    private static int total(Map<WarPhase, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
