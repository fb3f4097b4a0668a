package org.cables.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

/**
 * Vaadin Flow's client–server protocol, as a browser speaks it, for Gatling: the first page
 * (rendered on the server, with the UI's id, the security key and the first sync id), then UIDL
 * requests carrying the security key, the last sync id the server sent and the client's own
 * request counter, with RPCs for navigation, clicks and value changes.
 */
final class VaadinUidl {

    private VaadinUidl() {
    }

    /** Opens a page the way a browser's first visit does; the server renders the view into the page. */
    static ChainBuilder open(String name, String path) {
        return exec(http(name).get(path)
                .check(status().is(200))
                .check(regex("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").saveAs("csrf"))
                .check(regex("\"v-uiId\"\\s*:\\s*(\\d+)").saveAs("uiId"))
                .check(regex("\"syncId\"\\s*:\\s*(\\d+)").saveAs("syncId"))
                .check(bodyString().saveAs("last")))
                .exec(s -> s.set("clientId", 0).set("historyIdx", 0))
                // As the browser does once the page has loaded: it tells the server where it is and
                // that it is connected (the view itself came with the page).
                .exec(uidl(name + " (connect)", s -> "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                        + path.substring(1) + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}",
                        "serverConnected"));
    }

    /** One UIDL round trip with the given RPCs (a JSON array's elements). */
    static ChainBuilder uidl(String name, Function<Session, String> rpc) {
        return uidl(name, rpc, null);
    }

    /** One UIDL round trip whose response must match the expected pattern (what the new view shows). */
    static ChainBuilder uidl(String name, Function<Session, String> rpc, String expected) {
        var request = http(name)
                .post(s -> "/?v-r=uidl&v-uiId=" + s.getString("uiId"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> "{\"csrfToken\":\"" + s.getString("csrf") + "\",\"rpc\":[" + rpc.apply(s)
                        + "],\"syncId\":" + s.getString("syncId") + ",\"clientId\":" + s.getInt("clientId") + "}"))
                .check(status().is(200))
                .check(regex("\"syncId\":(\\d+)").saveAs("syncId"))
                .check(regex("\"appError\"|\"sessionExpired\"|Vaadin-Refresh").notExists())
                .check(bodyString().saveAs("last"));
        if (expected != null) {
            request = request.check(regex(expected).exists());
        }
        return exec(request).exec(s -> s.set("clientId", s.getInt("clientId") + 1));
    }

    /** Router navigation inside the running UI, as a click on a link does. */
    static ChainBuilder navigate(String name, String route, String query, String expected) {
        return exec(s -> s.set("historyIdx", s.getInt("historyIdx") + 1))
                .exec(uidl(name, s -> "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                        + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + s.getInt("historyIdx")
                        + "},\"trigger\":\"\"}}", expected));
    }

    /** A click on the component that has this class name in the last response. */
    static ChainBuilder click(String name, String className, String expected) {
        return exec(s -> s.set("target", nodeWithClass(s.getString("last"), className)))
                .exec(uidl(name, s -> "{\"type\":\"event\",\"node\":" + s.getInt("target") + ",\"event\":\"click\",\"data\":{"
                        + "\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,"
                        + "\"event.clientX\":10,\"event.clientY\":10,\"event.altKey\":false,\"event.button\":0,"
                        + "\"event.screenY\":10,\"event.screenX\":10}}", expected));
    }

    /** The node id of the element whose class list the server filled with this class name. */
    static int nodeWithClass(String body, String className) {
        Matcher m = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"splice\",\"feat\":\\d+,\"index\":\\d+,\"add\":\\[[^\\]]*\""
                + Pattern.quote(className) + "\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No element with class " + className + " in the last response");
        }
        return Integer.parseInt(m.group(1));
    }
}
