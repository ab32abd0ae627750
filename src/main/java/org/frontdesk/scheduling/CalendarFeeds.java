package org.frontdesk.scheduling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.security.Permission;
import org.frontdesk.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's calendar as an iCalendar feed at a secret URL that a phone or desktop calendar subscribes to. The
 * token in the URL is the only credential: 256 random bits, shown once when issued, stored as its SHA-256. Each
 * provider has at most one live feed; issuing a new one revokes the old, and a revoked token opens nothing. Staff
 * with SCHEDULE_WRITE issue and revoke feeds. Every fetch is audited (as user {@value #FEED_USER}).
 */
@Service
public class CalendarFeeds {

    /** The user name fetches are audited under: whoever holds the URL, not a staff member. */
    public static final String FEED_USER = "calendar-feed";
    /** How far back and ahead of today (in the practice's zone) a feed reaches. */
    public static final int DAYS_BACK = 30;
    public static final int DAYS_AHEAD = 180;

    private static final String PREFIX = "cal_";
    private static final Pattern TOKEN = Pattern.compile("cal_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A newly issued feed: the one time its token is seen. */
    public record IssuedFeed(UUID id, ProviderId provider, String token, Instant issuedAt) {

        @Override
        public String toString() {
            return "IssuedFeed[id=" + id + ", provider=" + provider + "]"; // never the token
        }
    }

    /** A live feed, without its token. */
    public record Feed(UUID id, ProviderId provider, Instant issuedAt, String issuedBy,
            @Nullable Instant lastFetchedAt) {}

    /** What a feed shows: the provider's appointments in the window, with the set-up needed to describe them. */
    public record ProviderCalendar(Provider provider, List<Appointment> appointments,
            Map<AppointmentTypeId, AppointmentType> types, Map<LocationId, Location> locations,
            Map<RoomId, Room> rooms) {}

    private final JdbcClient jdbc;
    private final PracticeRows practice;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, PracticeRows practice, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.practice = practice;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues a new feed for the provider and revokes the live one, if any.
     *
     * @throws IllegalArgumentException for an unknown provider
     */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public IssuedFeed issue(ProviderId provider) {
        // the row lock makes two clerks issuing at once take turns instead of colliding on the one-live-feed index
        var known = jdbc.sql("SELECT id FROM provider WHERE id = :id FOR UPDATE").param("id", provider.value())
                .query(UUID.class).optional();
        if (known.isEmpty()) {
            throw new IllegalArgumentException("Unknown provider");
        }
        var now = now();
        boolean replaced = revokeLive(provider, now);
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO calendar_feed (id, provider_id, token_hash, created_at, created_by)"
                        + " VALUES (:id, :provider, :hash, :now, :by)")
                .param("id", id).param("provider", provider.value()).param("hash", sha256(token))
                .param("now", now.atOffset(ZoneOffset.UTC)).param("by", StaffMember.currentUsername())
                .update();
        audit.record(new AuditEntry(AuditAction.CREATE, AuditOutcome.SUCCESS, "CalendarFeed", id.toString(),
                List.of(), "issued for provider " + provider + (replaced ? ", the previous feed revoked" : "")));
        return new IssuedFeed(id, provider, token, now);
    }

    /** @return false when the provider had no live feed */
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    @Transactional
    public boolean revoke(ProviderId provider) {
        boolean revoked = revokeLive(provider, now());
        if (revoked) {
            audit.record(new AuditEntry(AuditAction.UPDATE, AuditOutcome.SUCCESS, "CalendarFeed", null, List.of(),
                    "revoked for provider " + provider));
        }
        return revoked;
    }

    @PreAuthorize(Permission.READ_SCHEDULE)
    public Optional<Feed> live(ProviderId provider) {
        return jdbc.sql("SELECT id, created_at, created_by, last_fetched_at FROM calendar_feed"
                        + " WHERE provider_id = :provider AND revoked_at IS NULL")
                .param("provider", provider.value())
                .query((rs, n) -> {
                    var fetched = rs.getTimestamp("last_fetched_at");
                    return new Feed(rs.getObject("id", UUID.class), provider,
                            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                            fetched == null ? null : fetched.toInstant());
                })
                .optional();
    }

    /**
     * Opens the feed a token belongs to, for whoever holds it: no sign-in, the token is the credential. Audited.
     *
     * @return empty for a token that is malformed, unknown or revoked
     */
    @Transactional
    public Optional<ProviderCalendar> open(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        var feed = jdbc.sql("SELECT id, provider_id FROM calendar_feed WHERE token_hash = :hash"
                        + " AND revoked_at IS NULL")
                .param("hash", sha256(token))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional();
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        var feedId = (UUID) feed.get()[0];
        var provider = practice.provider(new ProviderId((UUID) feed.get()[1])).orElseThrow();
        var today = LocalDate.now(clock);
        var from = today.minusDays(DAYS_BACK).atStartOfDay(clock.getZone()).toInstant();
        var to = today.plusDays(DAYS_AHEAD + 1L).atStartOfDay(clock.getZone()).toInstant();
        var appointments = jdbc.sql("SELECT " + AppointmentRepository.COLUMNS + " FROM appointment a"
                        + " WHERE a.provider_id = :provider AND lower(a.during) >= :from AND lower(a.during) < :to"
                        + " ORDER BY lower(a.during), a.id")
                .param("provider", provider.id().value())
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC))
                .query(AppointmentRepository::appointment)
                .list();
        var now = now();
        jdbc.sql("UPDATE calendar_feed SET last_fetched_at = :now WHERE id = :id")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("id", feedId).update();
        // The feed shows no patient data (docs/adr/0006-calendar-feed.md), so the entry names no patients.
        audit.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, "CalendarFeed", feedId.toString(),
                List.of(), appointments.size() + " appointments of provider " + provider.id()), FEED_USER, null);
        return Optional.of(new ProviderCalendar(provider, appointments,
                byId(practice.types(), AppointmentType::id), byId(practice.locations(), Location::id),
                byId(practice.rooms(), Room::id)));
    }

    private boolean revokeLive(ProviderId provider, Instant now) {
        return jdbc.sql("UPDATE calendar_feed SET revoked_at = :now, revoked_by = :by"
                        + " WHERE provider_id = :provider AND revoked_at IS NULL")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("by", StaffMember.currentUsername())
                .param("provider", provider.value())
                .update() > 0;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static <K, V> Map<K, V> byId(List<V> values, Function<V, K> id) {
        return values.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
