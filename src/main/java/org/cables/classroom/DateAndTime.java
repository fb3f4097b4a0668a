package org.cables.classroom;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

/**
 * A moment chosen as a day and a time of day on the half hour: the day in the exhibit's date
 * picker, the time in a list (no time picker, whose combo box would weigh on every page's first
 * load), both labelled for screen readers.
 */
public final class DateAndTime extends Div {

    private final DatePicker day = new DatePicker();
    private final Select<LocalTime> time = new Select<>();

    public DateAndTime(String label, String timeLabel, LocalDateTime value) {
        addClassName("date-and-time");
        day.setLabel(label);
        day.setLocale(getLocale());
        day.setValue(value.toLocalDate());
        List<LocalTime> times = new ArrayList<>();
        for (int minutes = 0; minutes < 24 * 60; minutes += 30) {
            times.add(LocalTime.of(minutes / 60, minutes % 60));
        }
        time.setLabel(timeLabel);
        time.setItems(times);
        time.setValue(LocalTime.of(value.getHour(), value.getMinute() < 30 ? 0 : 30));
        time.addClassName("date-and-time-time");
        add(day, time);
    }

    /** The chosen moment, or null while the day or the time is missing. */
    public LocalDateTime getValue() {
        LocalDate date = day.getValue();
        return date == null || time.getValue() == null ? null : date.atTime(time.getValue());
    }

    public void setHelperText(String text) {
        time.setHelperText(text);
    }
}
