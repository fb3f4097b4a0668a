package org.cables.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockServletContext;

/** Sessions of passers-by: a short first life, a cap per address and in all, never a visitor turned away. */
class SessionBudgetTest {

    final MockServletContext servlet = new MockServletContext();
    final SessionBudget budget = new SessionBudget(new SessionProperties(Duration.ofSeconds(90), 2, 3));

    SessionBudgetTest() {
        servlet.setSessionTimeout(30);
    }

    /** A page request from an address; the page (the chain) builds a session as Vaadin would. */
    MockHttpServletResponse page(String address, MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/archive");
        request.setRemoteAddr(address);
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        budget.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                HttpSession built = ((MockHttpServletRequest) req).getSession(true);
                if (session == null) {
                    budget.sessionCreated(new HttpSessionEvent(built));
                }
            }
        });
        return response;
    }

    @Test
    void aNewSessionLivesShortlyUntilItsBrowserComesBack() throws Exception {
        MockHttpServletRequest first = new MockHttpServletRequest(servlet, "GET", "/archive");
        first.setRemoteAddr("198.51.100.1");
        budget.doFilter(first, new MockHttpServletResponse(), (req, res) -> ((MockHttpServletRequest) req).getSession(true));
        MockHttpSession session = (MockHttpSession) first.getSession(false);
        assertThat(session.getMaxInactiveInterval()).isEqualTo(90);

        session.setNew(false); // the browser sends its cookie back: a heartbeat, a click, the next page
        page("198.51.100.1", session);
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void oneAddressGetsABusyPageOnlyForNewSessionsPastItsShare() throws Exception {
        assertThat(page("198.51.100.2", null).getStatus()).isEqualTo(200);
        assertThat(page("198.51.100.2", null).getStatus()).isEqualTo(200);
        MockHttpServletResponse busy = page("198.51.100.2", null);
        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("30");
        assertThat(busy.getContentAsString()).contains("Please try again in a moment");
        assertThat(budget.liveFrom("198.51.100.2")).isEqualTo(2);

        MockHttpSession visitor = new MockHttpSession(servlet);
        visitor.setNew(false);
        assertThat(page("198.51.100.2", visitor).getStatus()).as("a visitor with a session").isEqualTo(200);
        assertThat(page("198.51.100.3", null).getStatus()).as("another address").isEqualTo(200);
    }

    @Test
    void pastTheLimitInAllNewPagesWaitAndStaticFilesStillFlow() throws Exception {
        page("198.51.100.4", null);
        page("198.51.100.5", null);
        page("198.51.100.6", null);
        assertThat(budget.live()).isEqualTo(3);
        MockHttpServletRequest korean = new MockHttpServletRequest(servlet, "GET", "/map");
        korean.setRemoteAddr("198.51.100.7");
        korean.addPreferredLocale(java.util.Locale.KOREAN);
        MockHttpServletResponse busy = new MockHttpServletResponse();
        budget.doFilter(korean, busy, new MockFilterChain());
        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getContentAsString()).contains("잠시 후 다시 시도해 주세요").contains("lang=\"ko\"");

        MockHttpServletRequest bundle = new MockHttpServletRequest(servlet, "GET", "/VAADIN/build/index.js");
        bundle.setRemoteAddr("198.51.100.7");
        MockHttpServletResponse ok = new MockHttpServletResponse();
        budget.doFilter(bundle, ok, new MockFilterChain());
        assertThat(ok.getStatus()).isEqualTo(200);
    }

    @Test
    void anEndedSessionFreesItsPlace() throws Exception {
        MockHttpServletRequest first = new MockHttpServletRequest(servlet, "GET", "/");
        first.setRemoteAddr("198.51.100.8");
        budget.doFilter(first, new MockHttpServletResponse(), (req, res) -> {
            HttpSession s = ((MockHttpServletRequest) req).getSession(true);
            budget.sessionCreated(new HttpSessionEvent(s));
        });
        assertThat(budget.liveFrom("198.51.100.8")).isEqualTo(1);
        budget.sessionDestroyed(new HttpSessionEvent(first.getSession(false)));
        assertThat(budget.liveFrom("198.51.100.8")).isZero();
        assertThat(budget.live()).isZero();
    }
}
