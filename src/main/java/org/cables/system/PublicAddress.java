package org.cables.system;

import java.net.URI;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The address other devices reach the exhibit at, for QR codes and "join at" notices:
 * {@code exhibit.public-url} when set, else the address of the current request.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    /**
     * Without a trailing slash. {@code loopbackToo}: whether a request to localhost counts (a
     * kiosk's own address, which no phone can reach, is of no use on a "continue on your phone" code).
     */
    public static Optional<String> base(ExhibitProperties properties, boolean loopbackToo) {
        if (properties.publicUrl() != null) {
            String base = properties.publicUrl().toString();
            return Optional.of(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return Optional.empty();
        }
        String host = request.getHeader("Host");
        String scheme = Optional.ofNullable(request.getHeader("X-Forwarded-Proto")).orElse(request.isSecure() ? "https" : "http");
        if (host == null || (!loopbackToo && (host.startsWith("localhost") || host.startsWith("127.") || host.startsWith("[::1]")))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(scheme + "://" + host + request.getContextPath()).toString());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
