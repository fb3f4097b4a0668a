package org.cables.kiosk;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cables.statistics.VisitStatistics;
import org.cables.visitor.KioskMode;
import org.cables.visitor.VisitorForgotten;
import org.cables.visitor.VisitorId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kiosk's plain HTTP side, which works even when the page's Vaadin session is gone:
 * <ul>
 * <li>{@code /kiosk/alive}: which run of the server this is (the kiosk's heartbeat);</li>
 * <li>{@code /kiosk/reset}: the next visitor starts clean: the last visitor's tour places and
 * quiz attempts are deleted, their visitor cookie dropped, the server session closed (its
 * memory released), and the browser sent back to the attract loop. Only a kiosk is reset, and
 * only when one of the exhibit's own pages asks ({@link FromOwnPage}): a link or an image on
 * another site changes nothing and leads to the start page;</li>
 * <li>{@code /kiosk/exit}: for staff, turns a browser back into an ordinary one.</li>
 * </ul>
 */
@RestController
class KioskController {

    private final ServerStart serverStart;
    private final KioskMode kiosk;
    private final VisitStatistics statistics;
    private final ApplicationEventPublisher events;
    /** What signs a browser out beyond its session (the staff sign-in cookie every node recognises). */
    private final List<LogoutHandler> signOut;

    KioskController(ServerStart serverStart, KioskMode kiosk, VisitStatistics statistics, ApplicationEventPublisher events,
                    List<LogoutHandler> signOut) {
        this.signOut = signOut;
        this.serverStart = serverStart;
        this.kiosk = kiosk;
        this.statistics = statistics;
        this.events = events;
    }

    @GetMapping(value = "/" + KioskIdle.ALIVE, produces = "application/json")
    ResponseEntity<Map<String, String>> alive() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("boot", serverStart.id()));
    }

    @GetMapping("/" + KioskIdle.RESET)
    ResponseEntity<Void> reset(HttpServletRequest request, HttpServletResponse response) {
        if (!kiosk.active(request) || !FromOwnPage.sent(request)) {
            return seeOther(request.getContextPath() + "/");
        }
        VisitorId.fromCookies(request.getCookies()).ifPresent(visitor -> events.publishEvent(new VisitorForgotten(visitor)));
        closeSession(request);
        // Staff who made this browser a kiosk are signed out of it for good, not only of their session.
        signOut.forEach(handler -> handler.logout(request, response, null));
        response.addCookie(VisitorId.expiredCookie(request.getContextPath()));
        statistics.record(VisitStatistics.Kind.KIOSK_RESET, null, null, true);
        return seeOther(request.getContextPath() + "/kiosk");
    }

    @GetMapping("/kiosk/exit")
    ResponseEntity<Void> exit(HttpServletRequest request, HttpServletResponse response) {
        if (!kiosk.active(request)) {
            // Not a kiosk: nothing to undo, and a link from elsewhere must not end anyone's session.
            return seeOther(request.getContextPath() + "/");
        }
        closeSession(request);
        response.addCookie(KioskMode.expiredCookie(request.getContextPath()));
        return seeOther(request.getContextPath() + "/");
    }

    private static void closeSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // invalidated meanwhile: nothing left to release
            }
        }
    }

    private static ResponseEntity<Void> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location))
                .cacheControl(CacheControl.noStore()).build();
    }
}
