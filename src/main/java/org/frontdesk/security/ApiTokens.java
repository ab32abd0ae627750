package org.frontdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for systems that call {@code /fhir} and {@code /api} as a staff member. A token is shown once; only
 * its SHA-256 is stored. Recent look-ups are kept for a few seconds, because a FHIR read must stay far below the
 * cost of a database round trip; revoking a token or changing an account empties that memory at once.
 */
@Service
class ApiTokens {

    static final String PREFIX = "fd_";
    /** How long a looked-up token is trusted without asking the database (bounds revocation on other nodes). */
    static final Duration REMEMBERED_FOR = Duration.ofSeconds(30);
    /** last_used_at is for humans deciding what to revoke; a minute's precision saves a write per request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final int REMEMBERED_MAX = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The staff member a token speaks for. */
    record Holder(UUID tokenId, String username, Role role) {}

    /** The one time the token is seen in full. */
    record IssuedToken(UUID id, String name, String username, String token) {}

    record TokenSummary(UUID id, String name, String username, Instant createdAt, String createdBy,
            @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {}

    private record Remembered(Holder holder, Instant until) {}

    private final JdbcClient jdbc;
    private final StaffAccountRepository accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> lastUseWritten = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, StaffAccountRepository accounts, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize(Permission.ADMINISTER_STAFF)
    @Transactional
    public IssuedToken issue(String username, String name) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var label = name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new IllegalArgumentException("A token needs a name of 1 to 100 characters");
        }
        var owner = accounts.findByUsername(username).orElseThrow(() -> new IllegalArgumentException("No such account"));
        var id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO api_token (id, name, staff_user, token_hash, created_by)
                VALUES (:id, :name, :owner, :hash, :by)""")
                .param("id", id).param("name", label).param("owner", owner.id()).param("hash", sha256(token))
                .param("by", StaffMember.currentUsername())
                .update();
        events.publishEvent(new StaffAccountChanged(owner.username(), StaffAccountChanged.Change.API_TOKEN_ISSUED,
                StaffMember.currentUsername()));
        return new IssuedToken(id, label, owner.username(), token);
    }

    @PreAuthorize(Permission.ADMINISTER_STAFF)
    @Transactional
    public void revoke(UUID id) {
        var owner = jdbc.sql("""
                UPDATE api_token t SET revoked_at = now() FROM staff_user u
                WHERE t.id = :id AND t.revoked_at IS NULL AND u.id = t.staff_user RETURNING u.username""")
                .param("id", id).query(String.class).optional();
        remembered.clear();
        owner.ifPresent(username -> events.publishEvent(new StaffAccountChanged(username,
                StaffAccountChanged.Change.API_TOKEN_REVOKED, StaffMember.currentUsername())));
    }

    @PreAuthorize(Permission.ADMINISTER_STAFF)
    public List<TokenSummary> all() {
        return jdbc.sql("""
                SELECT t.id, t.name, u.username, t.created_at, t.created_by, t.last_used_at, t.revoked_at
                FROM api_token t JOIN staff_user u ON u.id = t.staff_user
                ORDER BY t.revoked_at NULLS FIRST, u.username, t.created_at""")
                .query((rs, row) -> new TokenSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("username"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** The live token's holder: not revoked, and the account still enabled. */
    public Optional<Holder> holderOf(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var key = HexFormat.of().formatHex(sha256(token));
        var now = clock.instant();
        var hit = remembered.get(key);
        Holder holder;
        if (hit != null && hit.until().isAfter(now)) {
            holder = hit.holder();
        } else {
            var found = lookUp(key);
            if (found.isEmpty()) {
                remembered.remove(key);
                return Optional.empty();
            }
            holder = found.get();
            if (remembered.size() >= REMEMBERED_MAX) {
                remembered.clear(); // crude, but bounded: it only costs the next look-ups a query
            }
            remembered.put(key, new Remembered(holder, now.plus(REMEMBERED_FOR)));
        }
        noteUse(holder.tokenId(), now);
        return Optional.of(holder);
    }

    /** Disabling an account or resetting it must stop its tokens now, not when the memory runs out. */
    @EventListener
    void forgetOnAccountChange(StaffAccountChanged changed) {
        remembered.clear();
    }

    private Optional<Holder> lookUp(String hexHash) {
        return jdbc.sql("""
                SELECT t.id, u.username, u.role FROM api_token t JOIN staff_user u ON u.id = t.staff_user
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.enabled""")
                .param("hash", HexFormat.of().parseHex(hexHash))
                .query((rs, row) -> new Holder(rs.getObject("id", UUID.class), rs.getString("username"),
                        Role.valueOf(rs.getString("role"))))
                .optional();
    }

    private void noteUse(UUID tokenId, Instant now) {
        var last = lastUseWritten.get(tokenId);
        if (last != null && last.plus(LAST_USE_PRECISION).isAfter(now)) {
            return;
        }
        lastUseWritten.put(tokenId, now);
        jdbc.sql("""
                UPDATE api_token SET last_used_at = :now
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :recently)""")
                .param("id", tokenId).param("now", Timestamp.from(now))
                .param("recently", Timestamp.from(now.minus(LAST_USE_PRECISION))).update();
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
