package org.cables.content;

import java.util.regex.Pattern;

/** The rule every content id follows: lower-case letters, digits and single hyphens. */
public final class ContentId {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private ContentId() {
    }

    static String require(String value, String kind) {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a valid " + kind + " id: " + value);
        }
        return value;
    }

    static boolean isValid(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    /** Whether a text from outside (a URL, a browser event) is a well-formed id. */
    public static boolean isValidId(String value) {
        return isValid(value);
    }
}
