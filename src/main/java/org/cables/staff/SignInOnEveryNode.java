package org.cables.staff;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

/**
 * A staff member's sign-in, valid on every node of the exhibit (decision 45). A session lives in
 * one node's memory; when that node is lost mid-lesson the balancer sends the teacher's browser
 * to another, which would ask them to sign in again while the class waits. So a successful
 * sign-in also sets a cookie signed with a key all nodes share ({@code SharedSecrets}): the
 * account's name, an expiry and a signature over both and the account's password hash (Spring
 * Security's token sign-in, SHA-256). Any node recognises it and signs the teacher in again.
 * <ul>
 * <li>The cookie lasts until the browser closes, like the session itself, and is refused after
 * {@link #LIFETIME} in any case; signing out removes it.</li>
 * <li>A changed password or a removed or disabled account makes it worthless at once (the
 * signature covers the password hash; the account is read again on every use).</li>
 * </ul>
 */
final class SignInOnEveryNode extends TokenBasedRememberMeServices {

    static final String COOKIE = "cables-staff";
    static final Duration LIFETIME = Duration.ofHours(12);

    SignInOnEveryNode(String sharedKey, UserDetailsService accounts) {
        super(sharedKey, accounts, RememberMeTokenAlgorithm.SHA256);
        setCookieName(COOKIE);
        setAlwaysRemember(true);
        setTokenValiditySeconds((int) LIFETIME.toSeconds());
    }

    /** The token says when it runs out; the cookie itself goes when the browser closes. */
    @Override
    protected void setCookie(String[] tokens, int maxAge, HttpServletRequest request, HttpServletResponse response) {
        super.setCookie(tokens, maxAge == 0 ? 0 : -1, request, response);
    }
}
