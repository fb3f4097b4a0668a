package org.cables.classroom;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;

/**
 * What makes a browser a student of one class: the student's random id, in the session and in
 * a cookie that lasts until the browser closes (so a reload keeps the student in the class).
 * It is the only key a student holds, and it opens only that student's own class.
 */
final class StudentPass {

    static final String COOKIE = "cables-class";
    private static final String SESSION_KEY = StudentPass.class.getName();

    private StudentPass() {
    }

    /**
     * Makes this browser the student's. A live class's pass lasts until the browser closes; an
     * assignment's is kept on this browser until the assignment is deleted, so that the student
     * comes back to their work on another day.
     */
    static void give(Student student, ClassSession session, java.time.Instant now) {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        if (vaadinSession != null) {
            vaadinSession.setAttribute(SESSION_KEY, student.id());
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, student.id());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            if (session != null && session.assignment()) {
                long seconds = java.time.Duration.between(now, session.deleteAfter()).toSeconds();
                cookie.setMaxAge((int) Math.max(0, Math.min(Integer.MAX_VALUE, seconds)));
            }
            response.addCookie(cookie);
        }
    }

    /** A live class's pass, until the browser closes. */
    static void give(Student student) {
        give(student, null, null);
    }

    static Optional<String> current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_KEY) instanceof String id) {
            return Optional.of(id);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        Optional<String> fromCookie = Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(StudentPass::isId)
                .findFirst();
        fromCookie.ifPresent(id -> {
            if (session != null) {
                session.setAttribute(SESSION_KEY, id);
            }
        });
        return fromCookie;
    }

    private static boolean isId(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
