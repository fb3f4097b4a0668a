package org.cables.content;

import java.util.Map;

/** A content entry with where it was read from, so that later checks can name the line. */
record Located<T>(T value, String file, int line, Map<String, Integer> fieldLines) {

    int line(String field) {
        return fieldLines.getOrDefault(field, line);
    }
}
