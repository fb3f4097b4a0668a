package org.cables.system;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * How many Vaadin sessions and UIs the server holds right now, as the gauges
 * {@code cables.vaadin.sessions} and {@code cables.vaadin.uis}: the load test reads them to see
 * that memory goes back once visitors leave and their sessions expire. Shown at
 * {@code /actuator/metrics} when that endpoint is switched on (only to requests from the machine).
 */
@Component
class LiveSessions implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    LiveSessions(MeterRegistry registry) {
        Gauge.builder("cables.vaadin.sessions", sessions, AtomicInteger::get).description("Vaadin sessions held").register(registry);
        Gauge.builder("cables.vaadin.uis", uis, AtomicInteger::get).description("Vaadin UIs held").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(e -> {
            uis.incrementAndGet();
            e.getUI().addDetachListener(d -> uis.decrementAndGet());
        });
    }
}
