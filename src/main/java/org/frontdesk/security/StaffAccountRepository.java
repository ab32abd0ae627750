package org.frontdesk.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM staff_user WHERE lower(username) = lower(:username)")
                .param("username", username).query(String.class).optional();
    }

    List<StaffAccount> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_user ORDER BY username").query(StaffAccountRepository::map).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM staff_user").query(Long.class).single();
    }

    private static StaffAccount map(ResultSet rs, int row) throws SQLException {
        var locked = rs.getTimestamp("locked_until");
        return new StaffAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(), rs.getBoolean("mfa_enabled"), rs.getBoolean("mfa_exempt"));
    }
}
