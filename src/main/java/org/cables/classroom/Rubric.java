package org.cables.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How a piece of writing is scored: a few criteria, each from 0 to {@link #MAX_POINTS}. By default
 * the four historical-thinking skills (sourcing, contextualisation, corroboration, close reading,
 * as in Stanford's "Reading Like a Historian"); a teacher may write their own criteria instead.
 */
public record Rubric(List<Criterion> criteria) {

    public static final int MAX_POINTS = 3;
    public static final int MAX_CRITERIA = 8;
    public static final int MAX_CRITERION_LENGTH = 80;
    public static final List<String> SKILLS = List.of("sourcing", "contextualisation", "corroboration", "close-reading");
    private static final String SKILL_PREFIX = "skill:";

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    /** One criterion: a historical-thinking skill (named in the reader's language) or the teacher's own words. */
    public record Criterion(String skill, String words) {

        /** What the criterion is called, in the reader's language ({@code translate} takes a message key). */
        public String label(Function<String, String> translate) {
            return skill != null ? translate.apply("rubric.skill." + skill) : words;
        }
    }

    public static Rubric historicalThinking() {
        return new Rubric(SKILLS.stream().map(s -> new Criterion(s, null)).toList());
    }

    /** The teacher's own criteria, one per line; blank lines are skipped. */
    public static Rubric own(String lines) {
        List<Criterion> criteria = new ArrayList<>();
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            String words = line.replaceAll("\\p{C}", "").strip();
            if (words.isEmpty()) {
                continue;
            }
            if (words.length() > MAX_CRITERION_LENGTH) {
                throw new AssignmentRefused("rubric.refused.long", MAX_CRITERION_LENGTH);
            }
            criteria.add(new Criterion(null, words));
        }
        if (criteria.isEmpty()) {
            throw new AssignmentRefused("rubric.refused.empty");
        }
        if (criteria.size() > MAX_CRITERIA) {
            throw new AssignmentRefused("rubric.refused.many", MAX_CRITERIA);
        }
        return new Rubric(criteria);
    }

    public int maxScore() {
        return criteria.size() * MAX_POINTS;
    }

    /** As stored: one criterion per line, a skill as {@code skill:<key>}. */
    public String stored() {
        return String.join("\n", criteria.stream().map(c -> c.skill() != null ? SKILL_PREFIX + c.skill() : c.words()).toList());
    }

    static Rubric read(String stored) {
        return new Rubric(stored.lines().map(line -> line.startsWith(SKILL_PREFIX)
                ? new Criterion(line.substring(SKILL_PREFIX.length()).toLowerCase(Locale.ROOT), null)
                : new Criterion(null, line)).toList());
    }
}
