package org.cables.kiosk;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request was sent by one of the exhibit's own pages, not by a link, an image or a
 * form on another site. Browsers say where a request comes from in {@code Sec-Fetch-Site}; a
 * browser that does not must name the exhibit itself in {@code Origin} or {@code Referer}.
 * A request that names no origin at all is refused.
 */
final class FromOwnPage {

    private FromOwnPage() {
    }

    static boolean sent(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equals(site.strip().toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return sameOrigin(origin, request);
        }
        String referer = request.getHeader("Referer");
        return referer != null && sameOrigin(referer, request);
    }

    private static boolean sameOrigin(String address, HttpServletRequest request) {
        try {
            URI uri = URI.create(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port(uri.getPort(), uri.getScheme()) == port(request.getServerPort(), request.getScheme());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static int port(int port, String scheme) {
        return port >= 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
