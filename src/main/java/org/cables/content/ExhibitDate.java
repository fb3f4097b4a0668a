package org.cables.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the sources allow: a day ({@code 1950-10-01}), a month ({@code 1950-10})
 * or only a year ({@code 1950}). Never more precise than what is known.
 */
public record ExhibitDate(int year, Integer month, Integer day) implements Comparable<ExhibitDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The exhibit covers 1945 to 1954. */
    public static final LocalDate FIRST = LocalDate.of(1945, 1, 1);
    public static final LocalDate LAST = LocalDate.of(1954, 12, 31);

    private static final Comparator<ExhibitDate> ORDER = Comparator
            .comparing(ExhibitDate::start)
            .thenComparing(ExhibitDate::end);

    public ExhibitDate {
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " does not exist");
        }
        if (day != null) {
            LocalDate.of(year, month, day); // throws for 1950-02-30
        }
    }

    public static ExhibitDate of(LocalDate date) {
        return new ExhibitDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** A whole month ("October 1950"). */
    public static ExhibitDate of(java.time.YearMonth month) {
        return new ExhibitDate(month.getYear(), month.getMonthValue(), null);
    }

    /**
     * Parses {@code 1950}, {@code 1950-10} or {@code 1950-10-01}.
     *
     * @return the date, or empty when the text is not such a date (or no such day exists)
     */
    public static Optional<ExhibitDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ExhibitDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? null : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? null : Integer.parseInt(m.group(3))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public boolean isExactDay() {
        return day != null;
    }

    /** The first day this date may mean. */
    public LocalDate start() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this date may mean. */
    public LocalDate end() {
        if (day != null) {
            return start();
        }
        if (month != null) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /** True when this date certainly falls before {@code day} (all of it is earlier). */
    public boolean isBefore(LocalDate other) {
        return end().isBefore(other);
    }

    /** True when this date certainly falls after {@code day}. */
    public boolean isAfter(LocalDate other) {
        return start().isAfter(other);
    }

    public boolean isWithinExhibit() {
        return !start().isBefore(FIRST) && !end().isAfter(LAST);
    }

    /** For people: "1950", "October 1950", "1 October 1950" (and the Korean forms). */
    public String display(Locale locale) {
        boolean korean = "ko".equals(locale.getLanguage());
        if (day != null) {
            return korean
                    ? year + "년 " + month + "월 " + day + "일"
                    : start().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK));
        }
        if (month != null) {
            return korean ? year + "년 " + month + "월"
                    : YearMonth.of(year, month).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
        }
        return korean ? year + "년" : Integer.toString(year);
    }

    @Override
    public int compareTo(ExhibitDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return month == null ? String.format("%04d", year)
                : day == null ? String.format("%04d-%02d", year, month)
                : String.format("%04d-%02d-%02d", year, month, day);
    }
}
