package org.frontdesk.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StaffAccountRepository {

    private static final String COLUMNS =
            "id, username, display_name, role, enabled, failed_logins, locked_until, mfa_enabled, mfa_exempt";

    private final JdbcClient jdbc;

    StaffAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What sign-in compares against; never leaves this module. */
    record Credentials(StaffAccount account, String passwordHash, @Nullable String mfaSecret) {}

    void insert(UUID id, String username, String displayName, Role role, String passwordHash, boolean mfaExempt) {
        jdbc.sql("""
                INSERT INTO staff_user (id, username, display_name, role, password_hash, mfa_exempt)
                VALUES (:id, :username, :displayName, :role, :hash, :exempt)""")
                .param("id", id).param("username", username).param("displayName", displayName)
                .param("role", role.name()).param("hash", passwordHash).param("exempt", mfaExempt)
                .update();
    }

    Optional<StaffAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_user WHERE lower(username) = lower(:username)")
                .param("username", username).query(StaffAccountRepository::map).optional();
    }

    Optional<StaffAccount> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_user WHERE id = :id")
                .param("id", id).query(StaffAccountRepository::map).optional();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash, mfa_secret FROM staff_user WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query((rs, row) -> new Credentials(map(rs, row), rs.getString("password_hash"), rs.getString("mfa_secret")))
                .optional();
    }

    Optional<String> mfaSecret(UUID id) {
        return jdbc.sql("SELECT mfa_secret FROM staff_user WHERE id = :id AND mfa_enabled")
                .param("id", id).query(String.class).optional();
    }

    List<StaffAccount> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_user ORDER BY username").query(StaffAccountRepository::map).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM staff_user").query(Long.class).single();
    }

    /**
     * Counts one more failure in the database itself, so that parallel attempts cannot race past the limit; the
     * failure that reaches the limit locks the account and starts the count afresh.
     *
     * @return whether this failure locked the account
     */
    boolean countFailure(UUID id, int maxFailures, Instant lockUntil) {
        return jdbc.sql("""
                UPDATE staff_user
                SET failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END,
                    locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END,
                    updated_at = now()
                WHERE id = :id
                RETURNING locked_until = :until""")
                .param("id", id).param("max", maxFailures).param("until", Timestamp.from(lockUntil))
                .query(Boolean.class).optional().orElse(false);
    }

    void clearFailures(UUID id) {
        jdbc.sql("""
                UPDATE staff_user SET failed_logins = 0, locked_until = NULL, updated_at = now()
                WHERE id = :id AND (failed_logins > 0 OR locked_until IS NOT NULL)""")
                .param("id", id).update();
    }

    /** Takes a TOTP step for good; false when it (or a later one) was used already, i.e. a replayed code. */
    boolean useMfaStep(UUID id, long step) {
        return jdbc.sql("""
                UPDATE staff_user SET mfa_last_step = :step
                WHERE id = :id AND (mfa_last_step IS NULL OR mfa_last_step < :step)""")
                .param("id", id).param("step", step).update() == 1;
    }

    void enableMfa(UUID id, String secret, long step) {
        jdbc.sql("""
                UPDATE staff_user SET mfa_secret = :secret, mfa_enabled = true, mfa_last_step = :step, updated_at = now()
                WHERE id = :id""")
                .param("id", id).param("secret", secret).param("step", step).update();
    }

    int resetMfa(String username) {
        return jdbc.sql("""
                UPDATE staff_user SET mfa_secret = NULL, mfa_enabled = false, mfa_last_step = NULL, updated_at = now()
                WHERE lower(username) = lower(:username)""")
                .param("username", username).update();
    }

    int setEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE staff_user SET enabled = :enabled, updated_at = now() WHERE lower(username) = lower(:username)")
                .param("username", username).param("enabled", enabled).update();
    }

    private static StaffAccount map(ResultSet rs, int row) throws SQLException {
        var locked = rs.getTimestamp("locked_until");
        return new StaffAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(), rs.getBoolean("mfa_enabled"), rs.getBoolean("mfa_exempt"));
    }
}
