package org.cables.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void theAlphabetHasNoLookAlikes() {
        for (char lookAlike : "0O Q1IL2Z5S6G8B".replace(" ", "").toCharArray()) {
            assertThat(JoinCode.ALPHABET).doesNotContain(String.valueOf(lookAlike));
        }
        assertThat(JoinCode.ALPHABET.chars().distinct().count()).isEqualTo(JoinCode.ALPHABET.length());
    }

    @Test
    void randomCodesAreSixCharactersOfTheAlphabetAndVary() {
        Random random = new Random(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = JoinCode.random(random).value();
            assertThat(code).hasSize(6).matches("[" + JoinCode.ALPHABET + "]+");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void whatAStudentTypesIsReadKindly() {
        assertThat(JoinCode.parse(" kxr-49t ")).map(JoinCode::value).contains("KXR49T");
        assertThat(JoinCode.parse("KXR 49T")).map(JoinCode::value).contains("KXR49T");
        assertThat(JoinCode.parse("KXR49")).isEmpty();
        assertThat(JoinCode.parse("KXR490")).as("0 is never in a code").isEmpty();
        assertThat(JoinCode.parse(null)).isEmpty();
        assertThat(new JoinCode("KXR49T").spaced()).isEqualTo("KXR 49T");
    }
}
