package org.cables.classroom;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/** Where new join codes come from: a secure random source, so that codes cannot be predicted. */
@Component
class JoinCodes {

    private final SecureRandom random = new SecureRandom();

    JoinCode next() {
        return JoinCode.random(random);
    }
}
