package org.cables.incident;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The reference a visitor can read out to staff when something went wrong, such as
 * {@code K7PX-3QMD}. Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * so that it survives being copied by hand from a kiosk screen.
 */
public record IncidentId(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    private static final RandomGenerator RANDOM = new SecureRandom();

    public IncidentId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an incident reference: " + value);
        }
    }

    public static IncidentId random() {
        return random(RANDOM);
    }

    static IncidentId random(RandomGenerator random) {
        StringBuilder sb = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new IncidentId(sb.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
