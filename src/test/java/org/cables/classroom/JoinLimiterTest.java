package org.cables.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.cables.i18n.ExhibitTranslations;
import org.junit.jupiter.api.Test;

/** What the join limiter decides without a database: the key an address counts under, the words of a wait. Its counts: {@link JoinLimiterContract}. */
class JoinLimiterTest {

    @Test
    void anIpv6AddressCountsUnderItsSlash64AndAnIpv4AddressAsItIs() {
        assertThat(JoinLimiter.network("2001:DB8:1:2:aaaa::1%eth0")).isEqualTo(JoinLimiter.network("2001:db8:1:2::9"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(JoinLimiter.network("2001:db8:1:3::1")).isNotEqualTo(JoinLimiter.network("2001:db8:1:2::1"));
        assertThat(JoinLimiter.network("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(JoinLimiter.network("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(JoinLimiter.network("not an address")).isEqualTo("not an address");
    }

    @Test
    void oneMinuteIsSingular() {
        ExhibitTranslations translations = new ExhibitTranslations();
        for (String key : new String[] {"join.refused.wait", "join.refused.wait-browser"}) {
            assertThat(translations.getTranslation(key, Locale.ENGLISH, 1L)).endsWith("Try again in 1 minute.");
            assertThat(translations.getTranslation(key, Locale.ENGLISH, 4L)).endsWith("Try again in 4 minutes.");
            assertThat(translations.getTranslation(key, Locale.KOREAN, 1L)).endsWith("1분 뒤에 다시 시도하세요.");
        }
    }
}
