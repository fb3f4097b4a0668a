package org.cables.tours;

import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.PacketNavigation;
import org.cables.navigation.QuizNavigation;
import org.cables.navigation.TourNavigation;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.cables.ui.RouteParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import org.cables.content.ExhibitContent;
import org.cables.content.Tour;
import org.cables.content.TourId;
import org.cables.visitor.VisitorId;

/** A tour's overview: what it tells, its stops, and where this visitor is in it. */
@Route(TourNavigation.TOUR)
@AnonymousAllowed
final class TourView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ExhibitContent content;
    private final TourProgressService progress;
    private String title = "";

    TourView(ExhibitContent content, TourProgressService progress) {
        this.content = content;
        this.progress = progress;
        addClassNames("tour-view", "reading-wide");
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("shell.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Tour> found = RouteParameter.find(event, "tour", id -> content.corpus(getLocale()).tour(new TourId(id)));
        if (found.isEmpty()) {
            return;
        }
        Tour tour = found.get();
        title = tour.title();
        removeAll();
        var state = progress.progress(VisitorId.current(), tour.id());
        RouterLink back = new RouterLink(getTranslation("tour.back"), ToursView.class);
        back.addClassName("back-link");
        Span period = new Span(TourText.period(tour, getLocale()));
        period.addClassName("tour-period");
        add(back, new H1(tour.title()), period, new Paragraph(tour.summary()));
        if (state.filter(TourProgressService.Progress::finished).isPresent()) {
            Div done = new Div(new H2(getTranslation("tour.done.heading")), new Paragraph(getTranslation("tour.done.text")));
            done.addClassName("tour-done");
            done.getElement().setAttribute("role", "status");
            if (tour.quiz() != null && RouteConfiguration.forApplicationScope().isPathAvailable(QuizNavigation.QUIZ)) {
                done.add(new Paragraph(new Anchor(QuizNavigation.quiz(tour.quiz()), getTranslation("tour.done.quiz"))));
            }
            Div next = new Div();
            next.addClassName("tour-next-steps");
            content.corpus(getLocale()).tours().stream().filter(t -> !t.id().equals(tour.id())).forEach(other ->
                    next.add(new Anchor(TourNavigation.tour(other.id()), getTranslation("tour.done.other", other.title()))));
            next.add(new Anchor(ArchiveNavigation.documentsOfTour(tour.id()), getTranslation("tour.done.archive")));
            done.add(next);
            add(done);
        }
        add(TourText.resume(this, tour, state));
        add(printLink(tour));
        add(new H2(getTranslation("tour.stops")));
        OrderedList stops = new OrderedList();
        stops.addClassName("tour-stops");
        for (Tour.Stop stop : tour.stops()) {
            Span when = new Span(stop.date().display(getLocale()));
            when.addClassName("stop-date");
            stops.add(new ListItem(new Anchor(TourText.stopPath(tour, stop), stop.title()), new Span(" "), when));
        }
        add(stops);
    }

    /** The tour as a packet to print, in the page's language: a file, downloaded, not a page of the exhibit. */
    private Paragraph printLink(Tour tour) {
        Anchor print = new Anchor(PacketNavigation.tour(tour.id(), getLocale()), getTranslation("packet.print-tour"));
        print.addClassName("tour-print");
        print.getElement().setAttribute("router-ignore", true);
        print.getElement().setAttribute("download", PacketNavigation.fileName(tour.id(), getLocale(), false));
        Paragraph paragraph = new Paragraph(print);
        paragraph.addClassName("tour-print-line");
        return paragraph;
    }
}
