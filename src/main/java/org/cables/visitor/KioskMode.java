package org.cables.visitor;

import java.util.Arrays;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.cables.system.ExhibitProperties;
import org.springframework.stereotype.Component;

/**
 * Whether this visit happens on a museum kiosk. Either the whole exhibit is a kiosk (the
 * {@code kiosk} profile), or staff made a browser one on the {@code /kiosk} page: then a cookie
 * remembers it, so that after a server restart or a reload the browser is still a kiosk.
 */
@Component
public class KioskMode {

    public static final String COOKIE = "cables-kiosk";
    private static final String KIOSK = KioskMode.class.getName() + ".kiosk";
    private static final String BEGUN = KioskMode.class.getName() + ".begun";
    private static final int TEN_YEARS = 10 * 365 * 24 * 3600;

    private final ExhibitProperties.Kiosk settings;

    public KioskMode(ExhibitProperties properties) {
        this.settings = properties.kiosk();
    }

    public ExhibitProperties.Kiosk settings() {
        return settings;
    }

    /** Is the current visit (the current Vaadin request or session) on a kiosk? */
    public boolean active() {
        if (settings.enabled()) {
            return true;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && Boolean.TRUE.equals(session.getAttribute(KIOSK))) {
            return true;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && hasCookie(request.getCookies());
    }

    /** Is a plain HTTP request (a download, the reset) from a kiosk? */
    public boolean active(jakarta.servlet.http.HttpServletRequest request) {
        return active(request.getCookies());
    }

    /** Do these request cookies come from a kiosk? */
    public boolean active(Cookie[] cookies) {
        return settings.enabled() || hasCookie(cookies);
    }

    /** This browser is a kiosk from now on (staff make it one; a kiosk's visit begins with it). */
    public void enter() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(KIOSK, Boolean.TRUE);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null && (request == null || !hasCookie(request.getCookies()))) {
            Cookie cookie = new Cookie(COOKIE, "1");
            cookie.setPath(contextPath(request));
            cookie.setMaxAge(TEN_YEARS);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    /** Has the visitor on this kiosk touched "begin" (rather than arriving at the attract loop)? */
    public boolean begun() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(BEGUN));
    }

    public void begin() {
        enter();
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(BEGUN, Boolean.TRUE);
        }
    }

    /** A cookie that takes the kiosk flag away again (for staff leaving kiosk mode). */
    public static Cookie expiredCookie(String contextPath) {
        Cookie cookie = new Cookie(COOKIE, "");
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge(0);
        cookie.setHttpOnly(true);
        return cookie;
    }

    private static String contextPath(VaadinRequest request) {
        return request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    }

    private static boolean hasCookie(Cookie[] cookies) {
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()) && "1".equals(c.getValue()));
    }
}
