package org.cables.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** A first admin's password that cannot be used is explained in the log; the exhibit starts anyway. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    static void start(String password) {
        StaffAccounts accounts = spy(new StaffAccounts(mock(JdbcClient.class), new BCryptPasswordEncoder(), Clock.systemUTC()));
        doReturn(0).when(accounts).count(any());
        new FirstAdmin(accounts, new StaffProperties(null, password, null, null)).run(new DefaultApplicationArguments());
    }

    @Test
    void aLongKoreanPassphraseIsExplainedNotACrash(CapturedOutput log) {
        assertThatCode(() -> start("한국전쟁의비밀전보를읽는박물관관리자의아주긴비밀번호입니다")).doesNotThrowAnyException();
        assertThat(log).contains("Could not create the first admin account 'admin'",
                "CABLES_ADMIN_PASSWORD is 87 bytes long in UTF-8; a password may have at most 72");
    }

    @Test
    void aShortPasswordIsExplained(CapturedOutput log) {
        assertThatCode(() -> start("eleven char")).doesNotThrowAnyException();
        assertThat(log).contains("CABLES_ADMIN_PASSWORD has 11 characters; a password needs at least 12.");
    }
}
