package org.cables.sets;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in member of staff who may keep document sets: a teacher or an admin. Nobody else. */
final class SetTeacher {

    private SetTeacher() {
    }

    static Optional<String> current(AuthenticationContext authentication) {
        return authentication.getAuthenticatedUser(UserDetails.class)
                .filter(user -> user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .anyMatch(a -> a.equals("ROLE_TEACHER") || a.equals("ROLE_ADMIN")))
                .map(UserDetails::getUsername);
    }
}
