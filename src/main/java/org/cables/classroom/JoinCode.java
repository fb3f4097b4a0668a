package org.cables.classroom;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code students type to join a class: six characters from an alphabet without look-alikes
 * (no 0/O/Q, 1/I/L, 2/Z, 5/S, 6/G, 8/B), so that a code read off a projector is typed right.
 * 22 characters to the power of 6 gives 113 million codes.
 */
public record JoinCode(String value) {

    public static final String ALPHABET = "ACDEFHJKMNPRTUVWXY3479";
    public static final int LENGTH = 6;

    public JoinCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Not a join code: " + value);
        }
    }

    public static JoinCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new JoinCode(code.toString());
    }

    /** What a student typed, read kindly: any case, spaces and dashes ignored. Empty if it cannot be a code. */
    public static Optional<JoinCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String cleaned = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        if (cleaned.length() != LENGTH || !cleaned.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new JoinCode(cleaned));
    }

    /** "KXR 49T": easier to read aloud and off a wall. */
    public String spaced() {
        return value.substring(0, 3) + " " + value.substring(3);
    }
}
