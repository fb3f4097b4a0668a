package org.cables.tours;

import org.cables.navigation.TourNavigation;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import org.cables.content.ExhibitContent;
import org.cables.content.Tour;
import org.cables.visitor.VisitorId;

/** The three guided tours, each with where this visitor left off. */
@Route(TourNavigation.TOURS)
@Menu(title = "nav.tours", order = 1, icon = "vaadin:road-branches")
@AnonymousAllowed
final class ToursView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final ExhibitContent content;
    private final TourProgressService progress;

    ToursView(ExhibitContent content, TourProgressService progress) {
        this.content = content;
        this.progress = progress;
        addClassNames("tours-view", "reading-wide");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tours.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("tours.heading")), new Paragraph(getTranslation("tours.intro")));
        Div cards = new Div();
        cards.addClassName("tour-cards");
        VisitorId visitor = VisitorId.current();
        for (Tour tour : content.corpus(getLocale()).tours()) {
            Div card = new Div();
            card.addClassName("tour-card");
            Anchor title = new Anchor(TourNavigation.tour(tour.id()), tour.title());
            title.addClassName("tour-title");
            Span period = new Span(TourText.period(tour, getLocale()) + " · " + getTranslation("tours.stops", tour.stops().size()));
            period.addClassName("tour-period");
            card.add(new H2(title), period, new Paragraph(tour.summary()));
            card.add(TourText.resume(this, tour, progress.progress(visitor, tour.id())));
            cards.add(card);
        }
        add(cards);
    }
}
