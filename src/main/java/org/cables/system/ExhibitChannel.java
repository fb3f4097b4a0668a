package org.cables.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.RequestBodyTooLargeException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import com.vaadin.flow.shared.JsonConstants;
import org.springframework.stereotype.Component;

/**
 * Vaadin's channel between an open page and the server (its UIDL requests), handled by Vaadin's own
 * handler with two savings a profile under load asked for (decision 54):
 * <ul>
 * <li>the last answer is kept deflated between requests ({@link KeptAnswer}): about 18 KB less
 * for a visitor at a tour stop;</li>
 * <li>a message is read into a buffer of its own size: Vaadin reads each one, however short (a
 * click is a few hundred characters), through a fresh 64 K-character buffer and builder, about
 * 192 KB of garbage a request and a tenth of all the exhibit allocated under load;</li>
 * <li>an answer is encoded to UTF-8 once, and those bytes both sent and deflated to be kept
 * (decision 67).</li>
 * </ul>
 * Registered ahead of Vaadin's copy, as every added handler is; Vaadin's handling is otherwise
 * unchanged (the session is locked only to handle the message, the answer is written after).
 * {@code KeptAnswerTest}, {@code ExhibitChannelTest} and {@code RepeatedMessageTest} hold it to
 * Vaadin's behaviour.
 */
@Component
class ExhibitChannel implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new Handler());
    }

    /** Reads a message of at most {@code maxCharacters} (negative: no limit), sized by what the request declares. */
    static String readMessage(Reader reader, int declaredLength, long maxCharacters) throws IOException {
        int expected = declaredLength > 0 ? declaredLength : 1_024;
        StringBuilder message = new StringBuilder(Math.min(expected, 64 * 1_024));
        char[] buffer = new char[Math.clamp(expected, 256, 8_192)];
        long total = 0;
        for (int read; (read = reader.read(buffer)) != -1; ) {
            total += read;
            if (maxCharacters >= 0 && total > maxCharacters) {
                throw new RequestBodyTooLargeException(maxCharacters);
            }
            message.append(buffer, 0, read);
        }
        return message.toString();
    }

    static final class Handler extends UidlRequestHandler {

        @Override
        public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
                throws IOException {
            if (!canHandleRequest(request)) {
                return false;
            }
            BufferedReader reader = request.getReader();
            String message;
            try {
                message = reader == null ? null
                        : readMessage(reader, request.getContentLength(), getMaxRequestBodySize(request));
            } catch (RequestBodyTooLargeException e) {
                response.sendError(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode(), e.getMessage());
                return true;
            }
            Optional<ResponseWriter> writer;
            session.lock();
            try {
                writer = synchronizedHandleRequest(session, request, response, message);
            } finally {
                session.unlock();
            }
            if (writer.isPresent()) {
                writer.get().writeResponse();
            }
            return writer.isPresent();
        }

        @Override
        protected ServerRpcHandler createRpcHandler() {
            return new RepeatAware();
        }

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                VaadinResponse response, String requestBody) throws IOException {
            // The page is found before the message is handled: handling it may close the session
            // (signing out), after which Vaadin can no longer look the page up.
            UI ui = session.getService().findUI(request);
            if (ui == null) {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            }
            String before = ui.getInternals().getLastRequestResponse();
            Optional<ResponseWriter> writer;
            try {
                writer = super.synchronizedHandleRequest(session, request, response, requestBody);
            } catch (IOException | RuntimeException e) {
                KeptAnswer.compact(ui);
                throw e;
            }
            // Vaadin keeps the answer it is about to send as the page's last answer; a new one (or the
            // one put back for a repeated message) is that answer exactly. Encoded once, its bytes
            // are both sent and deflated: Vaadin would copy the text once more to send it, and
            // keeping it deflated encoded it again (docs/performance.md, "What each request allocates").
            String answer = ui.getInternals().getLastRequestResponse();
            if (writer.isEmpty() || answer == null || answer == before) {
                KeptAnswer.compact(ui); // no answer of its own: a refresh, an error, nothing at all
                return writer;
            }
            byte[] utf8 = answer.getBytes(StandardCharsets.UTF_8);
            KeptAnswer.keep(ui, answer, utf8);
            return Optional.of(() -> send(response, utf8));
        }

        /** What Vaadin's {@code commitJsonResponse} does with the text, done with its bytes. */
        static void send(VaadinResponse response, byte[] utf8) throws IOException {
            response.setContentType(JsonConstants.JSON_CONTENT_TYPE);
            response.setHeader("Cache-Control", "no-cache");
            response.setContentLength(utf8.length);
            OutputStream out = response.getOutputStream();
            out.write(utf8);
            out.flush();
        }
    }

    /** Puts the last answer back, as text, just before Vaadin sends it again for a repeated message. */
    static final class RepeatAware extends ServerRpcHandler {
        @Override
        protected void handleRpc(UI ui, String message, VaadinRequest request, RpcRequest rpcRequest)
                throws MessageIdSyncException {
            try {
                super.handleRpc(ui, message, request, rpcRequest);
            } catch (ClientResentPayloadException repeated) {
                KeptAnswer.restore(ui);
                throw repeated;
            }
        }
    }
}
