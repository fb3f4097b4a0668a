package org.cables.admin;

import java.net.InetAddress;
import java.net.UnknownHostException;

import com.vaadin.flow.server.VaadinSession;

/**
 * Who may open the admin pages. Until the exhibit has staff accounts, only someone at the
 * machine itself (a loopback address, or an SSH tunnel to it) may; to everyone else the admin
 * pages do not exist.
 */
final class AdminAccess {

    private AdminAccess() {
    }

    static boolean allows(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            // A literal address only: never a name lookup.
            if (!address.matches("[0-9a-fA-F:.%]+")) {
                return false;
            }
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean allowsCurrentVisitor() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getBrowser() != null && allows(session.getBrowser().getAddress());
    }
}
