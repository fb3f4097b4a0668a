package org.cables.network;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.cables.content.Cable;
import org.cables.content.ContentId;
import org.cables.content.ExhibitDate;
import org.cables.content.TopicId;
import org.cables.content.TourId;

/**
 * Which documents the network counts: those dated within a window of whole months (a document
 * counts when any of its days falls in it, as in the archive's date filter), and the archive's
 * own filters: topic, kind of document, tour, and whether its words (or our account) survive.
 */
public record NetworkFilter(YearMonth from, YearMonth to, TopicId topic, Cable.DocumentType type, TourId tour,
                            boolean withWords) {

    /** The archive's first and last months: the widest window. */
    public static final YearMonth FIRST = YearMonth.from(ExhibitDate.FIRST);
    public static final YearMonth LAST = YearMonth.from(ExhibitDate.LAST);

    public NetworkFilter {
        from = clamp(from == null ? FIRST : from);
        to = clamp(to == null ? LAST : to);
        if (to.isBefore(from)) {
            YearMonth earlier = to;
            to = from;
            from = earlier;
        }
    }

    /** Every document of the archive. */
    public static NetworkFilter everything() {
        return new NetworkFilter(FIRST, LAST, null, null, null, false);
    }

    /** Every month of the archive, in order: the choices of a window's ends. */
    public static List<YearMonth> allMonths() {
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public static YearMonth clamp(YearMonth month) {
        return month.isBefore(FIRST) ? FIRST : month.isAfter(LAST) ? LAST : month;
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    /** The number of months in the window. */
    public int months() {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1;
    }

    public NetworkFilter window(YearMonth newFrom, YearMonth newTo) {
        return new NetworkFilter(newFrom, newTo, topic, type, tour, withWords);
    }

    /** The same filters over the whole archive (the timeline shows every month). */
    public NetworkFilter allTime() {
        return window(FIRST, LAST);
    }

    public boolean inWindow(Cable cable) {
        return !cable.date().end().isBefore(firstDay()) && !cable.date().start().isAfter(lastDay());
    }

    /** Whether the filters other than the window let the document through ({@code tours}: the tours citing it). */
    boolean passes(Cable cable, java.util.Set<TourId> tours) {
        return (topic == null || cable.topics().contains(topic))
                && (type == null || cable.type() == type)
                && (tour == null || tours.contains(tour))
                && (!withWords || cable.hasSubstance());
    }

    /** The address parameters of the filter (only what differs from the whole archive). */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (!from.equals(FIRST)) {
            p.put("from", from.toString());
        }
        if (!to.equals(LAST)) {
            p.put("to", to.toString());
        }
        put(p, "topic", topic, TopicId::value);
        put(p, "type", type, Cable.DocumentType::key);
        put(p, "tour", tour, TourId::value);
        if (withWords) {
            p.put("text", "yes");
        }
        return p;
    }

    private static <T> void put(Map<String, String> p, String key, T value, Function<T, String> text) {
        if (value != null) {
            p.put(key, text.apply(value));
        }
    }

    /** The filter an address describes; unreadable values are left out (the page says which). */
    public static NetworkFilter of(Map<String, List<String>> parameters, List<String> unreadable) {
        YearMonth from = month(parameters, "from", unreadable).orElse(FIRST);
        YearMonth to = month(parameters, "to", unreadable).orElse(LAST);
        TopicId topic = first(parameters, "topic").filter(ContentId::isValidId).map(TopicId::new).orElse(null);
        Cable.DocumentType type = first(parameters, "type").flatMap(t -> java.util.Arrays.stream(Cable.DocumentType.values())
                .filter(d -> d.key().equals(t)).findFirst()).orElse(null);
        TourId tour = first(parameters, "tour").filter(ContentId::isValidId).map(TourId::new).orElse(null);
        boolean words = first(parameters, "text").map("yes"::equals).orElse(false);
        return new NetworkFilter(from, to, topic, type, tour, words);
    }

    private static Optional<YearMonth> month(Map<String, List<String>> parameters, String key, List<String> unreadable) {
        return first(parameters, key).flatMap(text -> {
            try {
                return Optional.of(YearMonth.parse(text.length() > 7 ? text.substring(0, 7) : text));
            } catch (java.time.format.DateTimeParseException e) {
                unreadable.add(key);
                return Optional.empty();
            }
        });
    }

    static Optional<String> first(Map<String, List<String>> parameters, String key) {
        return parameters.getOrDefault(key, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }
}
