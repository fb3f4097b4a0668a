package org.cables.kiosk;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * This run of the server, as a random id. A kiosk page remembers the id it was made by; when
 * the server answers with another one, it has restarted and the kiosk starts afresh.
 */
@Component
class ServerStart {

    private final String id = UUID.randomUUID().toString();

    String id() {
        return id;
    }
}
