package org.cables.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps passers-by from filling the memory with sessions (decision 28). Every page opened
 * without a session builds one (about 200 KB with its page). Such a session first lives only
 * for {@link SessionProperties#probation()}; the browser's second request (its heartbeat, a
 * click, the next page) shows that someone is there, and the session gets the full time.
 * Past a number of live sessions per network address or in all, a page asked for without a
 * session gets a short "busy, try again" answer (503) instead of a new session; visitors who
 * already have one are never turned away.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class SessionBudget extends OncePerRequestFilter implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionBudget.class);
    private static final String ADDRESS = SessionBudget.class.getName() + ".address";
    private static final String CAME_BACK = SessionBudget.class.getName() + ".cameBack";
    private static final int RETRY_AFTER_SECONDS = 30;
    private static final java.util.regex.Pattern STATIC_FILE =
            java.util.regex.Pattern.compile(".*\\.(js|css|svg|png|ico|woff2?|geojson|json|webmanifest|txt)$");

    private final SessionProperties settings;
    private final Map<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    private final AtomicInteger live = new AtomicInteger();

    SessionBudget(SessionProperties settings) {
        this.settings = settings;
    }

    /** How many sessions the exhibit holds now. */
    public int live() {
        return live.get();
    }

    /** How many sessions one address holds now. */
    public int liveFrom(String address) {
        AtomicInteger count = perAddress.get(address);
        return count == null ? 0 : count.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            if (existing.getAttribute(CAME_BACK) == null && !existing.isNew()) {
                existing.setAttribute(CAME_BACK, Boolean.TRUE);
                existing.setMaxInactiveInterval(fullSeconds(request));
            }
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        if (wouldBuildAPage(request) && (live.get() >= settings.max() || liveFrom(address) >= settings.perAddress())) {
            busy(request, response, address);
            return;
        }
        chain.doFilter(request, response);
        HttpSession created = request.getSession(false);
        if (created != null && created.getAttribute(ADDRESS) == null) {
            created.setAttribute(ADDRESS, address);
            perAddress.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
            created.setMaxInactiveInterval((int) settings.probation().toSeconds());
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.decrementAndGet();
        Object address;
        try {
            address = event.getSession().getAttribute(ADDRESS);
        } catch (IllegalStateException alreadyInvalid) {
            address = null;
        }
        if (address != null) {
            perAddress.computeIfPresent((String) address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    /** Pages build sessions; the frontend bundle, icons, map data and health probes do not. */
    private static boolean wouldBuildAPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && !path.startsWith("/VAADIN/") && !path.startsWith("/actuator/")
                && !STATIC_FILE.matcher(path).matches();
    }

    private int fullSeconds(HttpServletRequest request) {
        int configured = request.getServletContext().getSessionTimeout();
        return configured > 0 ? configured * 60 : 30 * 60;
    }

    private void busy(HttpServletRequest request, HttpServletResponse response, String address) throws IOException {
        log.warn("Busy: no new session for {} ({} live in all, {} from that address)", address, live.get(), liveFrom(address));
        boolean korean = request.getLocale() != null && "ko".equals(request.getLocale().getLanguage());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        String page = korean
                ? page("ko", "잠시 후 다시 시도해 주세요", "지금은 전시를 보는 사람이 많습니다. 30초쯤 뒤에 이 페이지를 다시 열어 주세요.")
                : page("en", "Please try again in a moment", "The exhibit is very busy right now. Please open this page again in about 30 seconds.");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private static String page(String lang, String heading, String text) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Cables</title>"
                + "<style>body{font-family:serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}</style>"
                + "</head><body><main><h1>" + heading + "</h1><p>" + text + "</p></main></body></html>";
    }
}
