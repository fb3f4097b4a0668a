package org.cables.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For the served tests only: answers with the address the server believes a request came from. */
@TestConfiguration
@RestController
class RemoteAddressEcho {

    static final String PATH = "/test/remote-address";

    @GetMapping(PATH)
    String address(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
