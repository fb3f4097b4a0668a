package org.cables.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A 5 MB value sent over Vaadin's channel is refused before it is read; ordinary messages pass. */
class RequestSizeLimitTest {

    final RequestSizeLimit limit = new RequestSizeLimit();

    MockHttpServletResponse post(int bytes) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setContent(new byte[bytes]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(request, response, chain);
        assertThat(chain.getRequest() != null).as("passed on").isEqualTo(response.getStatus() == 200);
        return response;
    }

    @Test
    void aHugeBodyIsRefusedAndAnOrdinaryOnePasses() throws Exception {
        assertThat(post(5 * 1024 * 1024).getStatus()).isEqualTo(413);
        assertThat(post((int) RequestSizeLimit.MAX_BYTES + 1).getStatus()).isEqualTo(413);
        assertThat(post(4_000).getStatus()).isEqualTo(200);
    }
}
