package org.cables.classroom;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in member of staff running classes. */
final class Teacher {

    private Teacher() {
    }

    static String current(AuthenticationContext authentication) {
        return authentication.getAuthenticatedUser(UserDetails.class).map(UserDetails::getUsername)
                .orElseThrow(() -> new IllegalStateException("No teacher is signed in"));
    }
}
