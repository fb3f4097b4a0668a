package org.cables.staff;

import java.util.Arrays;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * A member of staff signed in for a browserless view test. Set on the security context the
 * exhibit reads (rather than with {@code @WithMockUser}, whose context can belong to another
 * cached application context when several are alive in one test run).
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String username, StaffRole... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        User user = new User(username, "", authorities);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, authorities));
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
