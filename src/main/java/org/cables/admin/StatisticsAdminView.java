package org.cables.admin;

import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.cables.statistics.VisitStatistics;
import org.cables.statistics.VisitStatistics.Channel;

/**
 * For curators: how the exhibit is used, per day, from anonymous counts (no visitor is named
 * or followed): kiosk visits begun, tours started and finished, time at tour stops, quizzes
 * completed, kiosk resets; with a CSV download for a spreadsheet.
 */
@Route("admin/statistics")
@RolesAllowed("ADMIN")
final class StatisticsAdminView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    static final List<Integer> PERIODS = List.of(7, 30, 90, 365);

    private final VisitStatistics statistics;
    private final Clock clock;
    private final H1 heading = new H1();
    private final Paragraph about = new Paragraph();
    private final Select<Integer> period = new Select<>();
    private final RadioButtonGroup<Channel> channel = new RadioButtonGroup<>();
    private final Anchor csv = new Anchor();
    private final Grid<VisitStatistics.Day> days = new Grid<>();
    private final Paragraph noDays = new Paragraph();
    private final H2 stopsHeading = new H2();
    private final Grid<VisitStatistics.StopTime> stops = new Grid<>();

    StatisticsAdminView(VisitStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
        addClassNames("admin-view", "statistics-view");
        period.setItems(PERIODS);
        period.setValue(30);
        channel.setItems(Channel.values());
        channel.setValue(Channel.ALL);
        period.addValueChangeListener(e -> show());
        channel.addValueChangeListener(e -> show());
        csv.addClassName("statistics-csv");
        csv.getElement().setAttribute("download", true);
        Div choices = new Div(period, channel, csv);
        choices.addClassName("statistics-choices");
        days.addClassName("statistics-days");
        days.setAllRowsVisible(true);
        stops.addClassName("statistics-stops");
        stops.setAllRowsVisible(true);
        noDays.addClassName("statistics-empty");
        add(heading, about, choices, days, noDays, stopsHeading, stops);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.statistics.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("admin.statistics.heading"));
        about.setText(getTranslation("admin.statistics.about"));
        period.setLabel(getTranslation("admin.statistics.period"));
        period.setItemLabelGenerator(n -> getTranslation("admin.statistics.period.days", n));
        channel.setLabel(getTranslation("admin.statistics.channel"));
        channel.setItemLabelGenerator(c -> getTranslation("admin.statistics.channel." + c.name().toLowerCase(Locale.ROOT)));
        csv.setText(getTranslation("admin.statistics.csv"));
        noDays.setText(getTranslation("admin.statistics.empty"));
        stopsHeading.setText(getTranslation("admin.statistics.stops"));

        days.removeAllColumns();
        days.addColumn(d -> d.day().toString()).setHeader(getTranslation("admin.statistics.col.day")).setFlexGrow(1);
        days.addColumn(VisitStatistics.Day::kioskVisits).setHeader(getTranslation("admin.statistics.col.kiosk-visits"));
        days.addColumn(VisitStatistics.Day::toursStarted).setHeader(getTranslation("admin.statistics.col.tours-started"));
        days.addColumn(VisitStatistics.Day::toursFinished).setHeader(getTranslation("admin.statistics.col.tours-finished"));
        days.addColumn(d -> d.stopsTimed() == 0 ? "–" : seconds(d.averageSecondsPerStop()))
                .setHeader(getTranslation("admin.statistics.col.time-per-stop"));
        days.addColumn(VisitStatistics.Day::quizzesCompleted).setHeader(getTranslation("admin.statistics.col.quizzes"));
        days.addColumn(VisitStatistics.Day::kioskResets).setHeader(getTranslation("admin.statistics.col.resets"));

        days.getColumns().forEach(c -> c.setAutoWidth(true));

        stops.removeAllColumns();
        stops.addColumn(VisitStatistics.StopTime::stop).setHeader(getTranslation("admin.statistics.col.stop")).setFlexGrow(3);
        stops.addColumn(VisitStatistics.StopTime::visits).setHeader(getTranslation("admin.statistics.col.visits"));
        stops.addColumn(s -> seconds(s.averageSeconds())).setHeader(getTranslation("admin.statistics.col.average"));
        show();
    }

    private String seconds(double value) {
        return getTranslation("admin.statistics.seconds", Math.round(value));
    }

    private void show() {
        LocalDate last = LocalDate.now(clock);
        LocalDate first = last.minusDays(period.getValue() - 1L);
        Channel which = channel.getValue() == null ? Channel.ALL : channel.getValue();
        List<VisitStatistics.Day> figures = statistics.days(first, last, which).reversed();
        days.setItems(figures);
        days.setVisible(!figures.isEmpty());
        noDays.setVisible(figures.isEmpty());
        List<VisitStatistics.StopTime> times = statistics.stopTimes(first, last, which);
        stops.setItems(times);
        stops.setVisible(!times.isEmpty());
        stopsHeading.setVisible(!times.isEmpty());
        csv.setHref(StatisticsCsvController.PATH.substring(1) + "?days=" + period.getValue() + "&channel="
                + which.name().toLowerCase(Locale.ROOT));
    }
}
