package org.cables.content;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The map's data: dated states of the front (line and UN-held area), the places always
 * labelled, the events placed on the map, and the base geography as GeoJSON text.
 */
public record FrontLines(List<PlaceId> keyPlaces, List<MapEvent> events, List<State> states,
                         String basemapGeoJson, String riversGeoJson) {

    /** The first and last day the map shows. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1950, 6, 25);
    public static final LocalDate LAST_DAY = LocalDate.of(1953, 7, 27);

    /** The day itself, or the nearest day of the war the lines cover. */
    public static LocalDate clamp(LocalDate day) {
        return day.isBefore(FIRST_DAY) ? FIRST_DAY : day.isAfter(LAST_DAY) ? LAST_DAY : day;
    }

    public FrontLines {
        keyPlaces = List.copyOf(keyPlaces);
        events = List.copyOf(events);
        states = states.stream().sorted(Comparator.comparing(State::date)).toList();
    }

    public static FrontLines none() {
        return new FrontLines(List.of(), List.of(), List.of(), null, null);
    }

    /** A point of a front line. {@code approx}: an estimate; {@code gap}: no line to the next point. */
    public record Point(double lat, double lon, boolean approx, boolean gap) {
    }

    /** A separate UN-held area, such as a beachhead, drawn as a circle. */
    public record Pocket(String label, double lat, double lon, double radiusKm) {
    }

    /** One dated state of the front. */
    public record State(String id, LocalDate date, String label, List<Point> line, List<Point> unClosure,
                        List<Pocket> pockets, List<PlaceId> places, String description, List<String> sources,
                        String accuracy) {

        public State {
            line = List.copyOf(line);
            unClosure = List.copyOf(unClosure);
            pockets = List.copyOf(pockets);
            places = List.copyOf(places);
            sources = List.copyOf(sources);
        }
    }

    /** A chronology event shown on the map at a place. */
    public record MapEvent(EventId event, PlaceId place) {
    }

    /** The dated state on or before the day (the first state before the first date). */
    public Optional<State> stateOn(LocalDate day) {
        State found = null;
        for (State state : states) {
            if (!state.date().isAfter(day)) {
                found = state;
            }
        }
        return Optional.ofNullable(found != null ? found : states.isEmpty() ? null : states.getFirst());
    }

    /** The dated state closest in time to the day. */
    public Optional<State> nearest(LocalDate day) {
        return states.stream().min(Comparator.comparingLong(s -> Math.abs(s.date().toEpochDay() - day.toEpochDay())));
    }
}
