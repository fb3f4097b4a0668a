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

    static void give(Student student) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, student.id());
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, student.id());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
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
