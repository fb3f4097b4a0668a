package org.cables.kiosk;

import com.vaadin.flow.server.auth.AnonymousAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.cables.content.ExhibitContent;
import org.cables.i18n.ExhibitLanguage;
import org.cables.ui.KoreanFont;
import org.cables.map.FrontLineMap;
import org.cables.statistics.VisitStatistics;
import org.cables.visitor.KioskMode;

/**
 * A kiosk's attract loop: the war plays out on the map by itself, captioned, while the screen
 * invites passers-by to touch it. A touch anywhere begins a visit (in English, or in Korean with
 * the Korean button); nothing here needs a keyboard or leads out of the exhibit.
 * <p>
 * Only a kiosk shows it (the {@code kiosk} profile, or a browser that staff made a kiosk here):
 * a signed-in member of staff is offered to make this browser a kiosk, and anyone else is sent
 * to the exhibit's start page.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
final class KioskView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final KioskMode kiosk;
    private final VisitStatistics statistics;
    private final AuthenticationContext authentication;
    private final FrontLineMap map = new FrontLineMap();
    private final Span kicker = new Span();
    private final H1 heading = new H1();
    private final Paragraph lead = new Paragraph();
    private final NativeButton begin = new NativeButton();
    private final NativeButton beginKorean = new NativeButton();
    private final Paragraph note = new Paragraph();
    private boolean begun;
    private boolean offering;

    KioskView(ExhibitContent content, KioskMode kiosk, VisitStatistics statistics, ServerStart serverStart,
            AuthenticationContext authentication) {
        this.kiosk = kiosk;
        this.statistics = statistics;
        this.authentication = authentication;
        addClassName("kiosk-attract");
        map.setContent(content.corpus(getLocale()));
        map.setAttract(true);
        map.addClassName("attract-map");
        map.getElement().setAttribute("aria-hidden", "true");

        kicker.addClassName("attract-kicker");
        lead.addClassName("attract-lead");
        begin.addClassNames("attract-begin", "attract-begin-en");
        begin.getElement().setAttribute("lang", "en");
        beginKorean.addClassNames("attract-begin", "attract-begin-ko");
        beginKorean.getElement().setAttribute("lang", "ko");
        begin.addClickListener(e -> begin(ExhibitLanguage.ENGLISH));
        beginKorean.addClickListener(e -> begin(ExhibitLanguage.KOREAN));
        Div buttons = new Div(begin, beginKorean);
        buttons.addClassName("attract-buttons");
        Div panel = new Div(kicker, heading, lead, buttons);
        panel.addClassName("attract-panel");
        note.addClassName("attract-note");

        add(map, panel, note, new KioskIdle(kiosk.settings(), serverStart.id(), true));
        // A touch anywhere on the screen begins, in the language on screen.
        addClickListener(this::touched);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (kiosk.active()) {
            return;
        }
        if (authentication.isAuthenticated()) {
            offerToMakeAKiosk();
        } else {
            event.forwardTo("");
        }
    }

    /**
     * For staff: this browser becomes a kiosk, and starts as one through the kiosk's reset, which
     * also ends the staff session so that no visitor finds the kiosk signed in.
     */
    private void offerToMakeAKiosk() {
        offering = true;
        removeAll();
        setClassName("kiosk-make reading");
        NativeButton make = new NativeButton(getTranslation("kiosk.make.button"), e -> {
            kiosk.enter();
            e.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation(KioskIdle.RESET));
        });
        make.addClassName("kiosk-make-button");
        add(new H1(getTranslation("kiosk.make.heading")), new Paragraph(getTranslation("kiosk.make.explain")), make);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getElement().executeJs("document.documentElement.lang = $0", getLocale().toLanguageTag());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        kicker.setText(getTranslation("shell.title"));
        heading.setText(getTranslation("kiosk.heading"));
        lead.setText(getTranslation("kiosk.lead"));
        begin.setText(getTranslation("kiosk.begin.en"));
        beginKorean.setText(getTranslation("kiosk.begin.ko"));
        note.setText(getTranslation("kiosk.note"));
    }

    private void touched(ClickEvent<Div> event) {
        begin(ExhibitLanguage.forLocale(getLocale()));
    }

    private void begin(ExhibitLanguage language) {
        if (begun || offering) {
            return; // a button's click also reaches the screen behind it; staff make a kiosk with their own button
        }
        begun = true;
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(language.locale());
        }
        getUI().ifPresent(ui -> KoreanFont.loadFor(ui, language.locale()));
        kiosk.begin();
        statistics.record(VisitStatistics.Kind.KIOSK_VISIT, null);
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
