package org.cables.classroom;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.select.Select;

/**
 * A moment chosen as a day and a time of day on the half hour: the day in the browser's own date
 * field ({@code <input type="date">}, written and read out in the reader's language by the
 * browser), the time in a list. No date or time picker component: theirs would be loaded with
 * the archive's pages too, which share the bundle's chunks.
 */
public final class DateAndTime extends Div {

    private static int ids;
    private final Input day = new Input();
    private final Select<LocalTime> time = new Select<>();

    /** A day alone (no time of day): {@link #getValue()} gives its midnight. */
    public static DateAndTime dayOnly(String label, LocalDate value) {
        DateAndTime field = new DateAndTime(label, label, value.atStartOfDay());
        field.time.setVisible(false);
        return field;
    }

    /** The chosen day, or null while it is missing or not a date. */
    public LocalDate getDay() {
        LocalDateTime value = getValue();
        return value == null ? null : value.toLocalDate();
    }

    public DateAndTime(String label, String timeLabel, LocalDateTime value) {
        addClassName("date-and-time");
        String id = "date-" + nextId();
        day.setType("date");
        day.setId(id);
        day.setValue(value.toLocalDate().toString());
        day.addClassName("date-and-time-day");
        NativeLabel dayLabel = new NativeLabel(label);
        dayLabel.setFor(id);
        Div dayField = new Div(dayLabel, day);
        dayField.addClassName("date-and-time-field");
        List<LocalTime> times = new ArrayList<>();
        for (int minutes = 0; minutes < 24 * 60; minutes += 30) {
            times.add(LocalTime.of(minutes / 60, minutes % 60));
        }
        time.setLabel(timeLabel);
        time.setItems(times);
        time.setValue(LocalTime.of(value.getHour(), value.getMinute() < 30 ? 0 : 30));
        time.addClassName("date-and-time-time");
        add(dayField, time);
    }

    private static synchronized int nextId() {
        return ++ids;
    }

    /** The chosen moment, or null while the day is missing or not a date, or the time is missing. */
    public LocalDateTime getValue() {
        try {
            String typed = day.getValue();
            return typed == null || typed.isBlank() || time.getValue() == null ? null : LocalDate.parse(typed).atTime(time.getValue());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    public void setHelperText(String text) {
        time.setHelperText(text);
    }
}
