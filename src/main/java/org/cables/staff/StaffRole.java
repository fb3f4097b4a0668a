package org.cables.staff;

/** What a member of staff may do. Admins manage teacher accounts and the exhibit; teachers run classes. */
public enum StaffRole {
    ADMIN, TEACHER;

    /** The authority Spring Security checks ({@code @RolesAllowed("ADMIN")} means {@code ROLE_ADMIN}). */
    public String authority() {
        return "ROLE_" + name();
    }
}
