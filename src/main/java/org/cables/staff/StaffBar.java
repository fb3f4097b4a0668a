package org.cables.staff;

import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * In the header while a member of staff is signed in: who, and "Sign out" (which ends the
 * session). Visitors see nothing of it.
 */
public final class StaffBar extends Div implements LocaleChangeObserver {

    private final AuthenticationContext authentication;
    private final Span who = new Span();
    private final NativeButton signOut = new NativeButton();

    public StaffBar(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("staff-bar");
        who.addClassName("staff-who");
        signOut.addClassName("staff-sign-out");
        signOut.addClickListener(e -> authentication.logout());
        add(who, signOut);
    }

    private Optional<String> user() {
        return authentication.getAuthenticatedUser(UserDetails.class).map(UserDetails::getUsername);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        setVisible(user().isPresent());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        user().ifPresent(name -> who.setText(getTranslation("staff.signed-in-as", name)));
        signOut.setText(getTranslation("staff.sign-out"));
    }
}
