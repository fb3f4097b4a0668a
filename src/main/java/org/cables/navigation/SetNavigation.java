package org.cables.navigation;

/** A teacher's own document sets. */
public final class SetNavigation {

    public static final String SETS = "teach/sets";
    public static final String SET = "teach/sets/:set";
    public static final String PREVIEW = "teach/sets/:set/preview";

    private SetNavigation() {
    }

    public static String sets() {
        return SETS;
    }

    public static String set(String setId) {
        return SETS + "/" + Addresses.segment(setId);
    }

    /** The set as a student sees it. */
    public static String preview(String setId) {
        return set(setId) + "/preview";
    }
}
