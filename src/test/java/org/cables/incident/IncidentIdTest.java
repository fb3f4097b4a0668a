package org.cables.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IncidentIdTest {

    @Test
    void referencesAreEightUnambiguousCharactersInTwoGroups() {
        Random random = new Random(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String value = IncidentId.random(random).value();
            assertThat(value).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
            assertThat(value).doesNotContain("0", "O", "1", "I", "L");
            seen.add(value);
        }
        assertThat(seen).hasSize(2000);
    }

    @Test
    void somethingElseIsNotAReference() {
        assertThatThrownBy(() -> new IncidentId("OIL0-1234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IncidentId("<script>")).isInstanceOf(IllegalArgumentException.class);
    }
}
