package org.cables.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The staff sign-in cookie between nodes, without a server: what one node sets, another node
 * with the same shared key accepts; a node with another key, a changed password and a removed
 * account do not; the cookie lasts until the browser closes and signing out removes it.
 */
class SignInOnEveryNodeTest {

    final Map<String, UserDetails> accounts = new java.util.HashMap<>(Map.of(
            "ms-kim", User.withUsername("ms-kim").password("{bcrypt}hash-one").roles("TEACHER").build()));
    final UserDetailsService lookup = name -> {
        UserDetails found = accounts.get(name);
        if (found == null) {
            throw new UsernameNotFoundException(name);
        }
        return found;
    };

    /** Signs in on a node; the cookie it sets. */
    Cookie signInOn(SignInOnEveryNode node) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        MockHttpServletResponse response = new MockHttpServletResponse();
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(accounts.get("ms-kim"), null,
                accounts.get("ms-kim").getAuthorities());
        node.loginSuccess(request, response, signedIn);
        return response.getCookie(SignInOnEveryNode.COOKIE);
    }

    /** Who a node recognises from the cookie alone (no session): a name, or null. */
    String recognisedBy(SignInOnEveryNode node, Cookie cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/teach");
        request.setCookies(cookie);
        Authentication who = node.autoLogin(request, new MockHttpServletResponse());
        return who == null ? null : who.getName();
    }

    @Test
    void anotherNodeWithTheSharedKeyRecognisesTheTeacher() {
        Cookie cookie = signInOn(new SignInOnEveryNode("the shared key", lookup));
        assertThat(cookie).isNotNull();
        assertThat(cookie.getMaxAge()).as("until the browser closes").isEqualTo(-1);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(recognisedBy(new SignInOnEveryNode("the shared key", lookup), cookie)).isEqualTo("ms-kim");
        assertThat(recognisedBy(new SignInOnEveryNode("another exhibit's key", lookup), cookie)).isNull();
    }

    @Test
    void aChangedPasswordOrARemovedAccountMakesTheCookieWorthless() {
        SignInOnEveryNode node = new SignInOnEveryNode("the shared key", lookup);
        Cookie cookie = signInOn(node);
        accounts.put("ms-kim", User.withUsername("ms-kim").password("{bcrypt}hash-two").roles("TEACHER").build());
        assertThat(recognisedBy(node, cookie)).isNull();
        accounts.clear();
        assertThat(recognisedBy(node, cookie)).isNull();
    }

    @Test
    void signingOutRemovesTheCookie() {
        SignInOnEveryNode node = new SignInOnEveryNode("the shared key", lookup);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
        request.setCookies(signInOn(node));
        MockHttpServletResponse response = new MockHttpServletResponse();
        node.logout(request, response, null);
        assertThat(response.getCookie(SignInOnEveryNode.COOKIE)).isNotNull()
                .satisfies(c -> assertThat(c.getMaxAge()).isZero());
    }
}
