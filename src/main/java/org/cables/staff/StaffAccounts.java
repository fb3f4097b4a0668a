package org.cables.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: who may sign in, with which role. Passwords are stored as BCrypt hashes only. */
@Service
public class StaffAccounts implements UserDetailsService {

    /** A reason an account could not be created or changed, in words an admin can act on. */
    public static final class Refused extends RuntimeException {
        private final String key;

        Refused(String key) {
            super(key);
            this.key = key;
        }

        /** The translation key of the reason. */
        public String key() {
            return key;
        }
    }

    /** The fewest characters a password may have. */
    public static final int MIN_PASSWORD = 12;
    /** BCrypt reads no more than 72 bytes of a password; a Hangul syllable takes 3 of them in UTF-8. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return jdbc.sql("SELECT username, password_hash, role FROM staff_account WHERE username = ?")
                .param(name)
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(rs.getString("role"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + name));
    }

    /**
     * Creates an account; refuses a taken or malformed user name, a password under
     * {@value #MIN_PASSWORD} characters and one over {@value #MAX_PASSWORD_BYTES} bytes in UTF-8.
     */
    @Transactional
    public StaffAccount create(String username, String displayName, String password, StaffRole role) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new Refused("staff.refused.username");
        }
        String shown = displayName == null ? "" : displayName.strip();
        if (shown.isEmpty() || shown.length() > 100) {
            throw new Refused("staff.refused.display-name");
        }
        checkPassword(password);
        StaffAccount account = new StaffAccount(name, shown, role, clock.instant());
        try {
            jdbc.sql("INSERT INTO staff_account (username, display_name, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(name, shown, encoder.encode(password), role.name(), Timestamp.from(account.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Refused("staff.refused.taken");
        }
        return account;
    }

    public void changePassword(String username, String password) {
        checkPassword(password);
        jdbc.sql("UPDATE staff_account SET password_hash = ? WHERE username = ?")
                .params(encoder.encode(password), username).update();
    }

    /** Removes an account and, with it, that teacher's classes (never the last admin). */
    @Transactional
    public void remove(String username) {
        Optional<StaffAccount> account = find(username);
        if (account.isEmpty()) {
            return;
        }
        if (account.get().role() == StaffRole.ADMIN && count(StaffRole.ADMIN) <= 1) {
            throw new Refused("staff.refused.last-admin");
        }
        jdbc.sql("DELETE FROM staff_account WHERE username = ?").param(username).update();
    }

    public Optional<StaffAccount> find(String username) {
        return jdbc.sql("SELECT username, display_name, role, created_at FROM staff_account WHERE username = ?")
                .param(username)
                .query((rs, n) -> new StaffAccount(rs.getString("username"), rs.getString("display_name"),
                        StaffRole.valueOf(rs.getString("role")), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    public List<StaffAccount> all() {
        return jdbc.sql("SELECT username, display_name, role, created_at FROM staff_account ORDER BY role, username")
                .query((rs, n) -> new StaffAccount(rs.getString("username"), rs.getString("display_name"),
                        StaffRole.valueOf(rs.getString("role")), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public int count(StaffRole role) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE role = ?").param(role.name()).query(Integer.class).single();
    }

    private static void checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new Refused("staff.refused.password-short");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new Refused("staff.refused.password-long");
        }
    }
}
