package org.cables.network;

import static org.jsoup.nodes.Entities.escape;

import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

import com.vaadin.flow.component.html.Div;
import org.cables.content.Person;
import org.cables.content.PersonId;
import org.cables.navigation.PeopleNavigation;
import org.cables.ui.TrustedHtml;

/**
 * A person's correspondents year by year, for their page: the network's links from that
 * person as a small table, busiest correspondent first, each cell shaded by its count.
 */
public final class CorrespondentsOverTime extends Div {

    private final boolean empty;

    public CorrespondentsOverTime(Correspondence correspondence, Person person) {
        addClassName("correspondents-over-time");
        Map<PersonId, SortedMap<Integer, Integer>> rows = correspondence.correspondentsByYear(person.id());
        empty = rows.isEmpty();
        if (empty) {
            return;
        }
        TreeSet<Integer> years = new TreeSet<>();
        rows.values().forEach(r -> years.addAll(r.keySet()));
        int max = rows.values().stream().flatMap(r -> r.values().stream()).mapToInt(Integer::intValue).max().orElse(1);
        StringBuilder html = new StringBuilder("<table class=\"over-time\"><caption>")
                .append(escape(getTranslation("person.over-time-caption", person.name()))).append("</caption><thead><tr><th scope=\"col\">")
                .append(escape(getTranslation("person.over-time-who"))).append("</th>");
        years.forEach(y -> html.append("<th scope=\"col\">").append(y).append("</th>"));
        html.append("<th scope=\"col\">").append(escape(getTranslation("person.over-time-total"))).append("</th></tr></thead><tbody>");
        rows.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<PersonId, SortedMap<Integer, Integer>> e) -> -total(e.getValue()))
                        .thenComparing(e -> correspondence.name(e.getKey())))
                .forEach(e -> {
                    html.append("<tr><th scope=\"row\"><a href=\"").append(escape(PeopleNavigation.person(e.getKey()))).append("\">")
                            .append(escape(correspondence.name(e.getKey()))).append("</a></th>");
                    for (int year : years) {
                        int n = e.getValue().getOrDefault(year, 0);
                        html.append("<td class=\"heat-").append(n == 0 ? 0 : 1 + (int) Math.min(3, Math.floor(3.0 * n / max))).append("\">")
                                .append(n).append("</td>");
                    }
                    html.append("<td>").append(total(e.getValue())).append("</td></tr>");
                });
        html.append("</tbody></table>");
        TrustedHtml table = TrustedHtml.div(html.toString());
        table.addClassName("over-time-scroll");
        add(table);
    }

    public boolean isEmpty() {
        return empty;
    }

    private static int total(Map<Integer, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
