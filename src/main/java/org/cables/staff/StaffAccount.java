package org.cables.staff;

import java.time.Instant;

/** A member of staff who signs in: an admin or a teacher. The password is kept only as a BCrypt hash. */
public record StaffAccount(String username, String displayName, StaffRole role, Instant createdAt) {
}
