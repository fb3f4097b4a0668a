package org.cables.tours;

import org.cables.navigation.TourNavigation;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import static org.jsoup.nodes.Entities.escape;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import org.cables.content.Cable;
import org.cables.content.ContentId;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.ExhibitMarkdown;
import org.cables.content.FrontLines;
import org.cables.content.StopId;
import org.cables.content.Tour;
import org.cables.content.TourId;
import org.cables.statistics.VisitStatistics;
import org.cables.visitor.VisitorId;
import org.cables.map.FrontLineMap;
import org.cables.system.ExhibitProperties;
import org.cables.ui.TrustedHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One stop of a guided tour: the story in our words beside the documents that tell it (the
 * passage that matters highlighted) and the front on that day; previous and next by button,
 * link, arrow key or swipe; every stop has its own address, and the visitor's place is
 * remembered. The time spent at a stop is counted (anonymously) when the visitor moves on.
 */
@Route(TourNavigation.STOP)
@AnonymousAllowed
final class TourStopView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final ExhibitContent content;
    private final TourProgressService progress;
    private final ExhibitProperties properties;
    private final VisitStatistics statistics;
    private final java.time.Clock clock;
    private final org.cables.visitor.KioskMode kiosk;
    private TourId tourId;
    private StopId stopId;
    private String title = "";
    private java.time.Instant arrived;
    /** The stop just left for another stop, counted with the next stop's place (one commit). */
    private TourProgressService.StopLeft left;

    TourStopView(ExhibitContent content, TourProgressService progress, ExhibitProperties properties,
                 VisitStatistics statistics, java.time.Clock clock, org.cables.visitor.KioskMode kiosk) {
        this.kiosk = kiosk;
        this.content = content;
        this.progress = progress;
        this.properties = properties;
        this.statistics = statistics;
        this.clock = clock;
        addClassName("stop-view");
    }

    /**
     * The visitor moves on. To another stop, this same page shows it next (Vaadin keeps a page
     * for a new address of its own route), and the time spent here is counted together with the
     * new place; to any other page it is counted now.
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (event.getNavigationTarget() == TourStopView.class && arrived != null && tourId != null) {
            countLeftStop();
            left = new TourProgressService.StopLeft(tourId.value() + "/" + stopId.value(), arrived, clock.instant());
            arrived = null;
        } else {
            countTimeHere();
        }
    }

    /** The time spent here is counted, once; and that of a stop left, if it is still waiting. */
    private void countTimeHere() {
        countLeftStop();
        if (arrived != null && tourId != null) {
            statistics.recordStopTime(tourId.value() + "/" + stopId.value(), arrived);
            arrived = null;
        }
    }

    private void countLeftStop() {
        if (left != null) {
            statistics.recordStopTime(left.stop(), left.arrived(), left.left());
            left = null;
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        // A move to another stop that ended elsewhere (another page made for it, the session closed).
        countLeftStop();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("shell.title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Arrow keys turn the page, unless the visitor is typing, choosing or using the map.
        getElement().executeJs("""
                if (this.__keys) return;
                this.__keys = e => {
                  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
                  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
                  const busy = e.composedPath().some(n => n.tagName && /^(INPUT|TEXTAREA|SELECT|CABLES-FRONT-MAP|VAADIN-.*)$/.test(n.tagName));
                  if (busy) return;
                  const link = this.querySelector(e.key === 'ArrowLeft' ? '.stop-previous' : '.stop-next');
                  if (link) { e.preventDefault(); link.click(); }
                };
                document.addEventListener('keydown', this.__keys);
                // A horizontal swipe by finger or pen turns the page too; not on the map, which
                // pans under the finger, nor in a control or a horizontally scrolling table.
                if (this.__swipe) return;
                this.__swipe = true;
                let start = null;
                this.addEventListener('pointerdown', e => {
                  const path = e.composedPath();
                  const busy = path.slice(0, path.indexOf(this)).some(n => n.tagName && /^(INPUT|TEXTAREA|SELECT|CABLES-FRONT-MAP|VAADIN-.*|TABLE)$/.test(n.tagName));
                  start = (e.pointerType === 'mouse' || busy) ? null : { x: e.clientX, y: e.clientY, t: e.timeStamp };
                });
                this.addEventListener('pointercancel', () => { start = null; });
                this.addEventListener('pointerup', e => {
                  if (!start) return;
                  const dx = e.clientX - start.x, dy = e.clientY - start.y;
                  start = null;
                  if (Math.abs(dx) < 80 || Math.abs(dy) > Math.abs(dx) / 2) return;
                  const link = this.querySelector(dx > 0 ? '.stop-previous' : '.stop-next');
                  if (link) link.click();
                });
                """);
        addDetachListener(e -> getElement().executeJs(
                "if (this.__keys) { document.removeEventListener('keydown', this.__keys); this.__keys = null; }"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Corpus corpus = content.corpus(getLocale());
        Optional<Tour> tour = event.getRouteParameters().get("tour").filter(ContentId::isValidId).map(TourId::new)
                .flatMap(corpus::tour);
        Optional<Tour.Stop> stop = tour.flatMap(t -> event.getRouteParameters().get("stop")
                .filter(ContentId::isValidId).map(StopId::new)
                .flatMap(id -> t.stops().stream().filter(s -> s.id().equals(id)).findFirst()));
        if (stop.isEmpty()) {
            countTimeHere();
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Optional<TourProgressService.StopLeft> from = Optional.ofNullable(left);
        left = null;
        countTimeHere();
        tourId = tour.get().id();
        stopId = stop.get().id();
        arrived = clock.instant();
        title = stop.get().title();
        progress.reached(VisitorId.current(), tourId, stop.get().position(), from);
        build(tour.get(), stop.get(), corpus);
    }

    private void build(Tour tour, Tour.Stop stop, Corpus corpus) {
        removeAll();
        List<Tour.Stop> stops = tour.stops();
        int index = stops.indexOf(stop);

        TrustedHtml progressNav = TrustedHtml.div(corpus.drawn(new Progress(tour.id(), stop.id(), getLocale()),
                key -> progress(tour, stops, index)));
        progressNav.addClassName("stop-progress-block");

        StopContent layout = new StopContent(content, tour, stop, true);
        ContinueOnPhone.forPath(properties, TourText.stopPath(tour, stop)).ifPresent(layout.sources()::add);

        Nav pager = new Nav();
        pager.addClassName("stop-pager");
        pager.getElement().setAttribute("aria-label", getTranslation("stop.pager"));
        if (index > 0) {
            Anchor previous = new Anchor(TourText.stopPath(tour, stops.get(index - 1)),
                    getTranslation("stop.previous", stops.get(index - 1).title()));
            previous.addClassName("stop-previous");
            pager.add(previous);
        } else {
            Anchor overview = new Anchor(TourNavigation.tour(tour.id()), getTranslation("stop.overview"));
            overview.addClassName("stop-previous");
            pager.add(overview);
        }
        if (index < stops.size() - 1) {
            Anchor next = new Anchor(TourText.stopPath(tour, stops.get(index + 1)),
                    getTranslation("stop.next", stops.get(index + 1).title()));
            next.addClassName("stop-next");
            pager.add(next);
        } else {
            // A button, not a link: the finish is recorded before the overview is shown.
            NativeButton finish = new NativeButton(getTranslation("stop.finish"), e -> {
                progress.finished(VisitorId.current(), tour.id(), stop.position());
                getUI().ifPresent(ui -> ui.navigate(TourNavigation.tour(tour.id())));
            });
            finish.addClassNames("stop-next", "stop-finish");
            pager.add(finish);
        }
        // On a touch screen the tip is the swipe; elsewhere the keys (a swipe works there too).
        Paragraph keys = new Paragraph(getTranslation(kiosk.active() ? "stop.swipe" : "stop.keys"));
        keys.addClassName("stop-keys");
        add(progressNav, layout, pager, keys);
    }

    /** Where a stop sits in its tour, in a language (the corpus is the other input). */
    private record Progress(TourId tour, StopId stop, java.util.Locale locale) {
    }

    /**
     * Where the visitor is in the tour: the way back to its overview, "stop 6 of 10" and a link to
     * every stop, as one block of HTML made here (every text escaped by jsoup) instead of some
     * thirty components kept in the visitor's session (issue 22); the same for every visitor in a
     * language, so drawn once and kept with the corpus (decision 62).
     */
    private String progress(Tour tour, List<Tour.Stop> stops, int index) {
        Element nav = TrustedHtml.builder("nav").addClass("stop-progress").attr("aria-label", getTranslation("stop.progress"));
        nav.appendElement("a").attr("href", TourNavigation.tour(tour.id())).addClass("back-link").text("← " + tour.title());
        nav.appendElement("span").addClass("stop-step").text(getTranslation("stop.step", index + 1, stops.size()));
        Element dots = nav.appendElement("ol").addClass("stop-dots");
        for (int i = 0; i < stops.size(); i++) {
            Element dot = dots.appendElement("li").appendElement("a").attr("href", TourText.stopPath(tour, stops.get(i)))
                    .attr("aria-label", getTranslation("stop.go-to", i + 1, stops.get(i).title()))
                    .text(Integer.toString(i + 1));
            if (i == index) {
                dot.attr("aria-current", "step");
            }
        }
        return nav.outerHtml();
    }

    TourId tourId() {
        return tourId;
    }
}
