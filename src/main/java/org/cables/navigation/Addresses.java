package org.cables.navigation;

import java.util.Map;

import com.vaadin.flow.router.QueryParameters;

/** Relative addresses with an encoded query, as the views' plain links use them (decision 9). */
final class Addresses {

    private Addresses() {
    }

    static String withQuery(String path, Map<String, String> query) {
        String encoded = QueryParameters.simple(query).getQueryString();
        return encoded.isEmpty() ? path : path + "?" + encoded;
    }

    static String segment(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
