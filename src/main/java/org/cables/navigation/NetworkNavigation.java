package org.cables.navigation;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cables.content.PersonId;

/** The correspondence network: who wrote to whom, and when. */
public final class NetworkNavigation {

    public static final String NETWORK = "network";
    /** The address parameter naming the person ({@code stalin}) or link ({@code mao-zedong~stalin}) opened. */
    public static final String OPEN = "open";

    private NetworkNavigation() {
    }

    /** The network with its filters ({@code from}, {@code to}, {@code topic}...) and what is open. */
    public static String network(Map<String, String> filters, String open) {
        Map<String, String> query = new LinkedHashMap<>(filters);
        if (open != null && !open.isEmpty()) {
            query.put(OPEN, open);
        }
        return Addresses.withQuery(NETWORK, query);
    }

    /** A person's correspondence over the whole archive. */
    public static String person(PersonId person) {
        return network(Map.of(), person.value());
    }

    /** The network during some months (around a day of the map, for example). */
    public static String between(YearMonth from, YearMonth to) {
        Map<String, String> window = new LinkedHashMap<>();
        window.put("from", from.toString());
        window.put("to", to.toString());
        return network(window, null);
    }
}
