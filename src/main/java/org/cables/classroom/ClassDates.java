package org.cables.classroom;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates of classes and assignments as a reader of the page's language writes them, in the exhibit's time zone (its clock's). */
final class ClassDates {

    private ClassDates() {
    }

    static String dateTime(Instant instant, Locale language, Clock clock) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(language)
                .format(instant.atZone(clock.getZone()));
    }

    static String time(Instant instant, Locale language, Clock clock) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(language).format(instant.atZone(clock.getZone()));
    }

    static String shortDateTime(Instant instant, Locale language, Clock clock) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                .format(instant.atZone(clock.getZone()));
    }

    /** Refusal arguments that are moments, written out for the reader. */
    static Object[] readable(Object[] arguments, Locale language, Clock clock) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Instant instant) {
                out[i] = dateTime(instant, language, clock);
            }
        }
        return out;
    }
}
