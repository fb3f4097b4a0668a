package org.cables.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * An address that no page of the exhibit can have, answered with a plain "not found" before
 * anything else reads it. Found by fuzzing: a path with an encoded "#" or "?" (say
 * {@code /cables/%23}) or one Vaadin's router cannot parse made the security layer and the
 * router fail with a server error instead of saying the page does not exist.
 */
@Configuration
class UnreadableAddresses {

    static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Page not found · Cables</title></head>
            <body style="font-family: Georgia, serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.6">
            <h1>We could not find this page</h1>
            <p>The address may be mistyped, or the page may have moved. Everything in the exhibit can be reached from the home page.</p>
            <p><a href="/">Go to the home page</a></p>
            </body></html>
            """;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unreadableAddressFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (readable(request.getRequestURI().substring(request.getContextPath().length()))) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                response.setContentType("text/html;charset=UTF-8");
                response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Whether the router could read this (raw, still encoded) path at all. */
    static boolean readable(String rawPath) {
        String path;
        try {
            path = UriUtils.decode(rawPath, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notDecodable) {
            return false;
        }
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.indexOf('#') >= 0 || path.indexOf('?') >= 0 || path.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        try {
            new Location(path);
            return true;
        } catch (InvalidLocationException | IllegalArgumentException unreadable) {
            return false;
        }
    }
}
