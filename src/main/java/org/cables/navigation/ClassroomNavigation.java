package org.cables.navigation;

/** Classes: the teacher's pages and the students'. */
public final class ClassroomNavigation {

    public static final String TEACH = "teach";
    public static final String CONSOLE = "teach/:class";
    public static final String JOIN = "join";
    public static final String STUDENT = "class";
    public static final String WORK = "class/work";
    public static final String ASSIGNMENT = "teach/assignment/:class";

    private ClassroomNavigation() {
    }

    /** A class's console on the teacher's projector. */
    public static String console(String classId) {
        return "teach/" + Addresses.segment(classId);
    }

    /** A class's results as a spreadsheet. */
    public static String results(String classId) {
        return console(classId) + "/results.csv";
    }

    public static String join() {
        return JOIN;
    }

    /** A student's assignment, where they last were. */
    public static String work() {
        return WORK;
    }

    /** An assignment's page for its teacher: progress, writing tasks, scoring. */
    public static String assignment(String classId) {
        return "teach/assignment/" + Addresses.segment(classId);
    }

    /** The teacher's page of a class, live or assigned. */
    public static String teacherPage(String classId, boolean assignment) {
        return assignment ? assignment(classId) : console(classId);
    }

    /** The student's own page in their class. */
    public static String studentClass() {
        return STUDENT;
    }
}
