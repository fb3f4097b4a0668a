package org.cables.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.cables.content.CableId;
import org.cables.content.ExhibitContent;
import org.cables.system.ExhibitProperties;
import org.cables.system.NodeRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.FileSystemUtils;

/**
 * Two nodes serving one content folder: a curator reloads on one, and the other serves the new
 * content too when the database carries the message (PostgreSQL); a refused reload goes nowhere.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class ContentReloadsAcrossNodesContract {

    static final CableId CABLE = new CableId("1952-01-31-mao-to-stalin");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    final List<NodeRelay> relays = new ArrayList<>();

    abstract boolean crossesNodes();

    /** A node: its content read from the shared folder, its relay, its reloads. */
    record Node(ExhibitContent content, ContentReloads reloads) {
    }

    Node node() {
        ExhibitContent content = new ExhibitContent(new ExhibitProperties(null, folder, null, null), Clock.systemUTC());
        NodeRelay relay = new NodeRelay(dataSource, jdbc);
        ContentReloads reloads = new ContentReloads(content, relay);
        relay.start();
        relays.add(relay);
        return new Node(content, reloads);
    }

    @AfterEach
    void stopNodes() {
        relays.forEach(NodeRelay::stop);
    }

    private String title(Node node) {
        return node.content().corpus().cable(CABLE).orElseThrow().title();
    }

    private void retitle(String to) throws Exception {
        Path file = folder.resolve("cables").resolve(CABLE.value() + ".md");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: .*$", "title: " + to));
    }

    @Test
    void aReloadOnOneNodeReachesTheOtherAndARefusedOneDoesNot() throws Exception {
        FileSystemUtils.copyRecursively(Path.of("content"), folder);
        Node curators = node();
        Node visitors = node();
        String before = title(visitors);
        Thread.sleep(300); // both nodes listening

        retitle("A title changed by the curator");
        assertThat(curators.reloads().reloadEverywhere().applied()).isTrue();
        assertThat(title(curators)).isEqualTo("A title changed by the curator");
        if (crossesNodes()) {
            long until = System.currentTimeMillis() + 15_000;
            while (!title(visitors).equals("A title changed by the curator") && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            assertThat(title(visitors)).isEqualTo("A title changed by the curator");
        } else {
            Thread.sleep(500);
            assertThat(title(visitors)).as("on H2 there is one machine: nothing travels").isEqualTo(before);
        }

        // A folder with a problem is refused here and not passed on.
        Path cable = folder.resolve("cables").resolve(CABLE.value() + ".md");
        Files.writeString(cable, Files.readString(cable).replace("type: ", "type: telegramme-"));
        String served = title(visitors);
        assertThat(curators.reloads().reloadEverywhere().applied()).isFalse();
        Thread.sleep(1000);
        assertThat(title(visitors)).isEqualTo(served);
        assertThat(visitors.content().lastReload().map(ExhibitContent.Reload::applied)).isNotEqualTo(java.util.Optional.of(false));
    }
}
