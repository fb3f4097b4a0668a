package org.cables.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;

import com.vaadin.flow.server.RequestBodyTooLargeException;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import org.junit.jupiter.api.Test;

/** A message over Vaadin's channel is read whole, refused beyond the limit, and read without Vaadin's 192 KB of buffers. */
class ExhibitChannelTest {

    static final String CLICK = "{\"csrfToken\":\"7c3f0c9e-0d2f-4c4e-9a61-2f5b0e8d1a11\",\"rpc\":[{\"type\":\"event\",\"node\":57,"
            + "\"event\":\"click\",\"data\":{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":10,\"event.clientY\":10,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":10,\"event.screenX\":10}}],\"syncId\":4,\"clientId\":3}";

    @Test
    void aMessageIsReadWholeWhateverItsDeclaredLength() throws IOException {
        String korean = "{\"rpc\":\"" + "스탈린이 김일성에게 보낸 전보 ".repeat(2_000) + "\"}";
        assertThat(ExhibitChannel.readMessage(new StringReader(CLICK), CLICK.length(), -1)).isEqualTo(CLICK);
        assertThat(ExhibitChannel.readMessage(new StringReader(korean), -1, -1)).isEqualTo(korean);
        assertThat(ExhibitChannel.readMessage(new StringReader(korean), 100, -1)).isEqualTo(korean);
        assertThat(ExhibitChannel.readMessage(new StringReader(""), 0, 10)).isEmpty();
    }

    @Test
    void aMessageBeyondTheLimitIsRefused() throws IOException {
        String message = "x".repeat(10_000);
        assertThat(ExhibitChannel.readMessage(new StringReader(message), message.length(), 10_000)).hasSize(10_000);
        assertThatThrownBy(() -> ExhibitChannel.readMessage(new StringReader(message + "y"), message.length() + 1, 10_000))
                .isInstanceOf(RequestBodyTooLargeException.class);
    }

    @Test
    void aClickIsReadWithoutVaadinsSixtyFourKilobyteBuffers() throws IOException {
        long ours = allocatedBytes(() -> ExhibitChannel.readMessage(new StringReader(CLICK), CLICK.length(), 1_000_000));
        long vaadins = allocatedBytes(() -> SynchronizedRequestHandler.getRequestBody(new StringReader(CLICK), 1_000_000));
        assertThat(ours).as("bytes allocated to read a click").isLessThan(8 * 1_024);
        assertThat(vaadins).as("bytes Vaadin allocates to read it").isGreaterThan(128 * 1_024);
    }

    interface Read {
        String run() throws IOException;
    }

    /** Bytes this thread allocates for one read (after a few reads, so that no class loading is counted). */
    static long allocatedBytes(Read read) throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        for (int i = 0; i < 5; i++) {
            read.run();
        }
        long before = threads.getThreadAllocatedBytes(id);
        String message = read.run();
        long after = threads.getThreadAllocatedBytes(id);
        assertThat(message).isEqualTo(CLICK);
        return after - before;
    }
}
