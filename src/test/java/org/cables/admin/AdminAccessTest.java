package org.cables.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminAccessTest {

    @Test
    void onlyTheMachineItselfMayAdminister() {
        assertThat(AdminAccess.allows("127.0.0.1")).isTrue();
        assertThat(AdminAccess.allows("::1")).isTrue();
        assertThat(AdminAccess.allows("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(AdminAccess.allows("192.168.1.20")).isFalse();
        assertThat(AdminAccess.allows("10.0.0.5")).isFalse();
        assertThat(AdminAccess.allows("localhost.attacker.example")).isFalse();
        assertThat(AdminAccess.allows("")).isFalse();
        assertThat(AdminAccess.allows(null)).isFalse();
    }
}
