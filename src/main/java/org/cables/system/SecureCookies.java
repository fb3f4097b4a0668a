package org.cables.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every cookie the exhibit sets (visitor, kiosk, class) is marked {@code Secure} when the
 * exhibit is reached over HTTPS, directly or through a trusted TLS proxy (whose
 * {@code X-Forwarded-Proto} the server believes only from the proxies named in
 * {@code server.tomcat.remoteip.internal-proxies}), so that the browser never sends it back over
 * plain HTTP. The session cookie gets the same from the server itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecureCookies extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.isSecure()) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addCookie(Cookie cookie) {
                cookie.setSecure(true);
                super.addCookie(cookie);
            }
        });
    }
}
