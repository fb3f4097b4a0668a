package org.cables.visitor;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;

/**
 * An anonymous visitor: a random id in a cookie, nothing else. It lets a returning visitor
 * continue a tour where they stopped; it names no one.
 */
public record VisitorId(String value) {

    public static final String COOKIE = "cables-visitor";
    private static final String SESSION_KEY = VisitorId.class.getName();
    private static final int ONE_YEAR = 365 * 24 * 3600;

    public VisitorId {
        UUID.fromString(value); // only ids we made
    }

    /** The current visitor's id, from the session or the cookie; a new one (and cookie) if none. */
    public static VisitorId current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object known = session == null ? null : session.getAttribute(SESSION_KEY);
        if (known instanceof VisitorId id) {
            return id;
        }
        VisitorId id = fromCookie().orElseGet(() -> new VisitorId(UUID.randomUUID().toString()));
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, id.value());
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        if (session != null) {
            session.setAttribute(SESSION_KEY, id);
        }
        return id;
    }

    private static Optional<VisitorId> fromCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? Optional.empty() : fromCookies(request.getCookies());
    }

    /** The visitor named by a request's cookies, if it names one we made. */
    public static Optional<VisitorId> fromCookies(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .flatMap(v -> {
                    try {
                        return java.util.stream.Stream.of(new VisitorId(v));
                    } catch (IllegalArgumentException e) {
                        return java.util.stream.Stream.empty();
                    }
                })
                .findFirst();
    }

    /** A cookie that makes the browser forget its visitor id. */
    public static Cookie expiredCookie(String contextPath) {
        Cookie cookie = new Cookie(COOKIE, "");
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge(0);
        cookie.setHttpOnly(true);
        return cookie;
    }
}
