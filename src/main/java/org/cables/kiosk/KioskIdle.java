package org.cables.kiosk;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.cables.system.ExhibitProperties;

/**
 * The Java side of {@code <cables-kiosk-idle>}: on every kiosk page, it asks "Still exploring?"
 * after the idle time, sends the kiosk back to its attract loop when nobody answers or when
 * the server has restarted, and keeps visitors from following links out of the exhibit.
 */
@Tag("cables-kiosk-idle")
@JsModule("./components/cables-kiosk-idle.ts")
public class KioskIdle extends Component implements LocaleChangeObserver {

    static final String ALIVE = "kiosk/alive";
    static final String RESET = "kiosk/reset";

    KioskIdle(ExhibitProperties.Kiosk settings, String serverStart, boolean attract) {
        getElement().setProperty("idleSeconds", settings.idleTimeout().toMillis() / 1000.0);
        getElement().setProperty("countdownSeconds", settings.countdown().toMillis() / 1000.0);
        getElement().setProperty("heartbeatSeconds", settings.heartbeat().toMillis() / 1000.0);
        getElement().setProperty("bootId", serverStart);
        getElement().setProperty("aliveUrl", ALIVE);
        getElement().setProperty("resetUrl", RESET);
        getElement().setProperty("attract", attract);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("question", getTranslation("kiosk.idle.question"));
        labels.put("explain", getTranslation("kiosk.idle.explain", "{0}"));
        labels.put("keep", getTranslation("kiosk.idle.keep"));
        getElement().setPropertyBean("labels", labels);
    }
}
