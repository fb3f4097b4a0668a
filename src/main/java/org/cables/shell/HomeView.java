package org.cables.shell;

import org.cables.ui.ExhibitIcon;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import org.cables.visitor.KioskMode;

/** The front door: what the exhibit is, how to use it, and where to go next. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@AnonymousAllowed
final class HomeView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

    private final H1 heading = new H1();
    private final Paragraph lead = new Paragraph();
    private final Paragraph intro = new Paragraph();
    private final Paragraph quotations = new Paragraph();
    private final Section features = new Section();
    private final H2 sourcesHeading = new H2();
    private final Paragraph sources = new Paragraph();
    private final Paragraph accuracy = new Paragraph();
    private final H2 namesHeading = new H2();
    private final Paragraph names = new Paragraph();
    private final KioskMode kiosk;

    HomeView(KioskMode kiosk) {
        this.kiosk = kiosk;
        addClassNames("home-view", "reading");
        lead.addClassName("lead");
        features.addClassName("feature-list");
        Section about = new Section(sourcesHeading, sources, accuracy, namesHeading, names);
        about.addClassName("about-sources");
        add(heading, lead, intro, quotations, features, about);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // On a kiosk, a visit starts at the attract loop.
        if (kiosk.active() && !kiosk.begun()) {
            event.forwardTo("kiosk");
            return;
        }
        showFeatures();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("home.heading"));
        lead.setText(getTranslation("home.lead"));
        intro.setText(getTranslation("home.intro"));
        quotations.setText(getTranslation("home.quotations"));
        sourcesHeading.setText(getTranslation("home.sources.heading"));
        sources.setText(getTranslation("home.sources.text"));
        accuracy.setText(getTranslation("home.sources.accuracy"));
        namesHeading.setText(getTranslation("home.names.heading"));
        names.setText(getTranslation("home.names.text"));
        showFeatures();
    }

    /** Entry points only for the parts of the exhibit that exist. */
    private void showFeatures() {
        features.removeAll();
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        List<ExhibitFeature> available = ExhibitFeature.available(routes::isPathAvailable);
        features.setVisible(!available.isEmpty());
        if (available.isEmpty()) {
            return;
        }
        features.add(new H2(getTranslation("home.features.heading")));
        Div cards = new Div();
        cards.addClassName("feature-cards");
        for (ExhibitFeature feature : available) {
            Anchor card = new Anchor(feature.path(), "");
            card.addClassName("feature-card");
            var icon = ExhibitIcon.of(feature.icon());
            card.add(icon, new H3(getTranslation(feature.titleKey())),
                    new Paragraph(getTranslation(feature.descriptionKey())));
            cards.add(card);
        }
        features.add(cards);
    }
}
