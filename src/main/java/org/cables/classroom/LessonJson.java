package org.cables.classroom;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A lesson as stored: JSON of the {@link Lesson} record, read back leniently (fields added later are ignored). */
public final class LessonJson {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private LessonJson() {
    }

    public static String write(Lesson lesson) {
        return JSON.writeValueAsString(lesson);
    }

    public static Lesson read(String json) {
        return JSON.readValue(json, Lesson.class);
    }
}
