package org.cables.network;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The phases of the war the network's timeline marks, by the events that open them: the
 * North's attack, the landing at Inchon, China's first offensive, the opening of the armistice
 * talks at Kaesong and the armistice. Their names are {@code network.phase.<key>} in the translations.
 */
public enum WarPhase {
    BEFORE_THE_WAR(LocalDate.of(1945, 1, 1), LocalDate.of(1950, 6, 24)),
    NORTH_ATTACKS(LocalDate.of(1950, 6, 25), LocalDate.of(1950, 9, 14)),
    UN_COUNTER_OFFENSIVE(LocalDate.of(1950, 9, 15), LocalDate.of(1950, 10, 24)),
    CHINA_ENTERS(LocalDate.of(1950, 10, 25), LocalDate.of(1951, 7, 9)),
    TALKS_AND_STALEMATE(LocalDate.of(1951, 7, 10), LocalDate.of(1953, 7, 27)),
    AFTER_THE_ARMISTICE(LocalDate.of(1953, 7, 28), LocalDate.of(1954, 12, 31));

    private final LocalDate first;
    private final LocalDate last;

    WarPhase(LocalDate first, LocalDate last) {
        this.first = first;
        this.last = last;
    }

    public LocalDate first() {
        return first;
    }

    public LocalDate last() {
        return last;
    }

    public String key() {
        return name().toLowerCase().replace('_', '-');
    }

    /** Whether any day of the months from {@code from} to {@code to} falls in this phase. */
    public boolean overlaps(YearMonth from, YearMonth to) {
        return !first.isAfter(to.atEndOfMonth()) && !last.isBefore(from.atDay(1));
    }

    /** The phase a day falls in. */
    public static WarPhase of(LocalDate day) {
        for (WarPhase phase : values()) {
            if (!day.isAfter(phase.last)) {
                return phase;
            }
        }
        return AFTER_THE_ARMISTICE;
    }
}
