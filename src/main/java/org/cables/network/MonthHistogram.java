package org.cables.network;

import static org.jsoup.nodes.Entities.escape;

import java.time.YearMonth;
import java.util.Locale;
import java.util.SortedMap;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import org.cables.ui.TrustedHtml;

/**
 * The shape of the archive: documents per month as bars, the phases of the war as bands
 * behind them, the chosen window outlined. A bar clicked asks for that month; the same counts
 * are a table of years and months for screen readers (the bars themselves are a picture).
 */
final class MonthHistogram extends Div {

    private static final int BAR = 10;
    private static final int HEIGHT = 150;
    private static final int TOP = 8;

    private final Div picture = new Div();
    private final NativeDetails table = new NativeDetails();

    /** {@code onMonth} hears the month of a bar clicked. */
    MonthHistogram(Consumer<YearMonth> onMonth) {
        addClassName("month-histogram");
        picture.addClassName("histogram-picture");
        picture.getElement().addEventListener("click", e -> {
            tools.jackson.databind.JsonNode data = e.getEventData().get("event.target.dataset.month");
            String month = data == null || !data.isString() ? "" : data.asString();
            if (month.matches("\\d{4}-\\d{2}")) {
                onMonth.accept(YearMonth.parse(month));
            }
        }).addEventData("event.target.dataset.month");
        table.addClassName("histogram-table");
        add(picture, table);
    }

    /** Draws the months (every month of the archive, in order) with the window {@code from}–{@code to} outlined. */
    void show(SortedMap<YearMonth, Integer> months, YearMonth from, YearMonth to, String description) {
        int max = Math.max(1, months.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        YearMonth first = months.firstKey();
        int width = months.size() * BAR;
        StringBuilder svg = new StringBuilder("<svg viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(description)).append("\" preserveAspectRatio=\"none\">");
        for (WarPhase phase : WarPhase.values()) {
            int x0 = index(first, YearMonth.from(phase.first())) * BAR;
            int x1 = (index(first, YearMonth.from(phase.last())) + 1) * BAR;
            svg.append("<rect class=\"phase phase-").append(phase.ordinal() % 2).append("\" x=\"").append(x0).append("\" y=\"0\" width=\"")
                    .append(x1 - x0).append("\" height=\"").append(HEIGHT).append("\"><title>")
                    .append(escape(getTranslation("network.phase." + phase.key()))).append("</title></rect>");
        }
        int wx = index(first, from) * BAR;
        int ww = (index(first, to) - index(first, from) + 1) * BAR;
        svg.append("<rect class=\"window\" x=\"").append(wx).append("\" y=\"0\" width=\"").append(ww).append("\" height=\"").append(HEIGHT).append("\"/>");
        months.forEach((month, count) -> {
            int x = index(first, month) * BAR;
            int h = count == 0 ? 0 : Math.max(2, Math.round((float) count / max * (HEIGHT - TOP)));
            boolean inside = !month.isBefore(from) && !month.isAfter(to);
            String title = escape(getTranslation("network.histogram-bar", monthName(month), count));
            // A tall transparent target above each bar makes every month clickable, even an empty one.
            svg.append("<rect class=\"target\" data-month=\"").append(month).append("\" x=\"").append(x).append("\" y=\"0\" width=\"")
                    .append(BAR).append("\" height=\"").append(HEIGHT).append("\"><title>").append(title).append("</title></rect>");
            if (count > 0) {
                svg.append("<rect class=\"bar").append(inside ? " inside" : "").append("\" data-month=\"").append(month).append("\" x=\"")
                        .append(x + 1).append("\" y=\"").append(HEIGHT - h).append("\" width=\"").append(BAR - 2).append("\" height=\"")
                        .append(h).append("\"><title>").append(title).append("</title></rect>");
            }
        });
        svg.append("</svg>");
        // The years under the bars, as text (a stretched drawing would stretch its letters).
        StringBuilder years = new StringBuilder("<div class=\"histogram-years\" aria-hidden=\"true\">");
        for (int year = first.getYear(); year <= months.lastKey().getYear(); year++) {
            years.append("<span>").append(year).append("</span>");
        }
        years.append("</div>");
        picture.removeAll();
        picture.add(TrustedHtml.div(svg + years.toString()));
        buildTable(months);
    }

    private static int index(YearMonth first, YearMonth month) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(first, month);
    }

    private String monthName(YearMonth month) {
        return org.cables.content.ExhibitDate.of(month).display(getLocale());
    }

    /** Years as rows, months as columns. */
    private void buildTable(SortedMap<YearMonth, Integer> months) {
        table.setSummaryText(getTranslation("network.histogram-table"));
        Locale locale = getLocale();
        StringBuilder html = new StringBuilder("<table class=\"per-month\"><caption>")
                .append(escape(getTranslation("network.histogram-caption"))).append("</caption><thead><tr><th scope=\"col\">")
                .append(escape(getTranslation("network.histogram-year"))).append("</th>");
        for (java.time.Month m : java.time.Month.values()) {
            html.append("<th scope=\"col\">").append(escape(m.getDisplayName(java.time.format.TextStyle.SHORT,
                    "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.UK))).append("</th>");
        }
        html.append("<th scope=\"col\">").append(escape(getTranslation("network.table-total"))).append("</th></tr></thead><tbody>");
        for (int year = months.firstKey().getYear(); year <= months.lastKey().getYear(); year++) {
            html.append("<tr><th scope=\"row\">").append(year).append("</th>");
            int total = 0;
            for (int m = 1; m <= 12; m++) {
                int n = months.getOrDefault(YearMonth.of(year, m), 0);
                total += n;
                html.append("<td>").append(n).append("</td>");
            }
            html.append("<td>").append(total).append("</td></tr>");
        }
        html.append("</tbody></table>");
        TrustedHtml content = TrustedHtml.div(html.toString());
        content.addClassName("histogram-table-scroll");
        table.setContent(content);
    }
}
