package org.cables.admin;

import org.cables.content.ExhibitContent;
import org.cables.system.NodeRelay;
import org.springframework.stereotype.Component;

/**
 * A content reload asked for on one node reaches every node on the same PostgreSQL: the node
 * that reloads tells the others once its own reload is accepted, and each of them reloads the
 * content from its own folder (decision 44). A refused reload (the checker found problems) is
 * not passed on: every node keeps serving what it served.
 */
@Component
public class ContentReloads {

    static final String CHANNEL = "cables_content";
    static final String RELOAD = "reload";

    private final ExhibitContent content;
    private final NodeRelay relay;

    public ContentReloads(ExhibitContent content, NodeRelay relay) {
        this.content = content;
        this.relay = relay;
        relay.listen(CHANNEL, new NodeRelay.Listener() {
            @Override
            public void message(String text) {
                if (RELOAD.equals(text)) {
                    content.reload();
                }
            }

            @Override
            public void missed() {
                // A reload may have been asked for while the database was out of reach.
                content.reload();
            }
        });
    }

    /** Reloads the content here and, when it is accepted, on every other node. */
    public ExhibitContent.Reload reloadEverywhere() {
        ExhibitContent.Reload reload = content.reload();
        if (reload.applied()) {
            relay.send(CHANNEL, RELOAD);
        }
        return reload;
    }
}
