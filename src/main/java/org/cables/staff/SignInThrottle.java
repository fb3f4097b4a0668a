package org.cables.staff;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the sign-in form's post: a try that {@link SignInGuard} says must wait is sent back
 * to the sign-in page with how long ({@code login?wait=seconds}) before any password is checked;
 * a try let through is counted, and a right password takes its count back.
 */
final class SignInThrottle extends OncePerRequestFilter {

    /** The sign-in page's parameter with the seconds to wait. */
    static final String WAIT = "wait";

    private final SignInGuard guard;

    SignInThrottle(SignInGuard guard) {
        this.guard = guard;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getServletPath().equals("/" + SecurityConfiguration.LOGIN));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String address = request.getRemoteAddr();
        Optional<Duration> wait = guard.admit(username, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/" + SecurityConfiguration.LOGIN + "?" + WAIT + "=" + seconds);
            return;
        }
        chain.doFilter(request, response);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            guard.succeeded(username, address);
        }
    }
}
