package org.cables.tours;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.cables.content.Tour;

/** Texts and links shared by the tour pages. */
final class TourText {

    private TourText() {
    }

    static String period(Tour tour, Locale locale) {
        return (tour.periodFrom() == null ? "" : tour.periodFrom().display(locale)) + " – "
                + (tour.periodTo() == null ? "" : tour.periodTo().display(locale));
    }

    static String stopPath(Tour tour, Tour.Stop stop) {
        return "tours/" + tour.id().value() + "/" + stop.id().value();
    }

    /** "Start the tour", "Continue at stop 4: …" or "You finished this tour — start again". */
    static Component resume(Component ui, Tour tour, Optional<TourProgressService.Progress> progress) {
        Paragraph p = new Paragraph();
        p.addClassName("tour-resume");
        Tour.Stop first = tour.stops().getFirst();
        if (progress.isEmpty()) {
            p.add(new Anchor(stopPath(tour, first), ui.getTranslation("tours.start")));
        } else if (progress.get().finished()) {
            p.add(ui.getTranslation("tours.finished") + " ");
            p.add(new Anchor(stopPath(tour, first), ui.getTranslation("tours.again")));
        } else {
            int number = Math.min(Math.max(1, progress.get().stopNumber()), tour.stops().size());
            Tour.Stop stop = tour.stops().get(number - 1);
            Anchor resume = new Anchor(stopPath(tour, stop), ui.getTranslation("tours.continue", number, stop.title()));
            resume.addClassName("continue-link");
            p.add(resume);
        }
        return p;
    }
}
