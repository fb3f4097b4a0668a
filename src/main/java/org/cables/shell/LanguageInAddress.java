package org.cables.shell;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.cables.i18n.ExhibitLanguage;
import org.cables.system.ExhibitProperties;
import org.cables.ui.KoreanFont;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * The language a page opens in, from its address (decision 38): {@code ?lang=ko} or
 * {@code ?lang=en} on any page sets the visitor's language for the rest of the visit (so every
 * link keeps it), the page is sent with {@code <html lang>} in that language, and its head names
 * the page in each language ({@code hreflang} alternates) for search engines and for sharing. A
 * kiosk may start every visit in one language ({@code exhibit.kiosk.language}).
 */
@Component
class LanguageInAddress implements VaadinServiceInitListener {

    /** The query parameter that chooses the language. */
    static final String PARAMETER = "lang";
    /** Set in the session once the visitor (or the address) has chosen a language. */
    static final String CHOSEN = LanguageInAddress.class.getName() + ".chosen";

    private final ExhibitProperties properties;

    LanguageInAddress(ExhibitProperties properties) {
        this.properties = properties;
    }

    /** The language an address asks for, if it names one the exhibit speaks. */
    static Optional<ExhibitLanguage> asked(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return ExhibitLanguage.of(Locale.forLanguageTag(value.strip()))
                .filter(l -> l.locale().getLanguage().equalsIgnoreCase(value.strip()));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            VaadinSession session = VaadinSession.getCurrent();
            Locale locale = choose(request.getParameter(PARAMETER), session);
            Document page = response.getDocument();
            page.selectFirst("html").attr("lang", locale.toLanguageTag());
            if ("ko".equals(locale.getLanguage())) {
                page.head().appendElement("link").attr("rel", "stylesheet").attr("href", KoreanFont.STYLESHEET);
            }
            writeAlternates(page, org.cables.system.PublicAddress.base(properties, true).orElse(request.getContextPath()),
                    request.getPathInfo());
        });
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            List<String> values = enter.getLocation().getQueryParameters().getParameters().getOrDefault(PARAMETER, List.of());
            asked(values.isEmpty() ? null : values.getFirst()).ifPresent(language -> {
                UI ui = enter.getUI();
                VaadinSession session = ui.getSession();
                session.setAttribute(CHOSEN, Boolean.TRUE);
                if (!language.locale().equals(session.getLocale())) {
                    session.setLocale(language.locale());
                }
                ui.setLocale(language.locale());
                KoreanFont.loadFor(ui, language.locale());
            });
        }));
    }

    /** The language of a page being sent: the address's, then the visitor's choice, then the kiosk's. */
    private Locale choose(String parameter, VaadinSession session) {
        Optional<ExhibitLanguage> asked = asked(parameter);
        if (session == null) {
            return asked.map(ExhibitLanguage::locale).orElse(Locale.ENGLISH);
        }
        if (asked.isPresent()) {
            session.setAttribute(CHOSEN, Boolean.TRUE);
            session.setLocale(asked.get().locale());
        } else if (session.getAttribute(CHOSEN) == null && properties.kiosk().enabled() && properties.kiosk().language() != null) {
            session.setLocale(ExhibitLanguage.forLocale(properties.kiosk().language()).locale());
        }
        return ExhibitLanguage.forLocale(session.getLocale()).locale();
    }

    /** {@code <link rel="alternate" hreflang>} for each language, and x-default for the address without one. */
    static void writeAlternates(Document page, String site, String pathInfo) {
        String base = site + (pathInfo == null ? "/" : pathInfo);
        for (ExhibitLanguage language : ExhibitLanguage.values()) {
            page.head().appendElement("link").attr("rel", "alternate").attr("hreflang", language.locale().toLanguageTag())
                    .attr("href", base + "?" + PARAMETER + "=" + language.locale().getLanguage());
        }
        page.head().appendElement("link").attr("rel", "alternate").attr("hreflang", "x-default").attr("href", base);
    }
}
