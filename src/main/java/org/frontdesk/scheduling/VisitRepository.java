package org.frontdesk.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A day's appointments of one location or one provider in one query: the set-up's names joined in and the visit's
 * step times folded into columns, so that a full board costs one round trip whatever its size.
 */
@Repository
class VisitRepository {

    /** A day's appointment as stored, without the patient's name (the patients module owns that). */
    record Row(Visit visit, Instant updatedAt) {}

    /** What identifies the state of a day's list: changes whenever an appointment in it is booked or changed. */
    record Mark(long appointments, long versions, @Nullable Instant lastChange) {}

    // Filters on lower(during) so that the (location_id, lower(during)) and (provider_id, lower(during)) indexes
    // serve them; an appointment belongs to the day it starts on.
    private static final String SELECT = """
            SELECT a.id, a.version, a.status, a.patient_id, lower(a.during) AS starts_at, upper(a.during) AS ends_at,
                a.reason, a.overbooked, a.updated_at, a.provider_id, p.name AS provider_name, p.credentials,
                t.name AS type_name, t.colour AS type_colour, t.telemedicine, r.name AS room_name,
                a.location_id, l.name AS location_name, l.time_zone, s.arrived_at, s.roomed_at, s.started_at,
                s.checked_out_at
            FROM appointment a
            JOIN provider p ON p.id = a.provider_id
            JOIN appointment_type t ON t.id = a.appointment_type_id
            JOIN location l ON l.id = a.location_id
            LEFT JOIN room r ON r.id = a.room_id
            LEFT JOIN LATERAL (
                SELECT max(c.changed_at) FILTER (WHERE c.status = 'ARRIVED') AS arrived_at,
                       max(c.changed_at) FILTER (WHERE c.status = 'IN_ROOM') AS roomed_at,
                       max(c.changed_at) FILTER (WHERE c.status = 'WITH_PROVIDER') AS started_at,
                       max(c.changed_at) FILTER (WHERE c.status = 'CHECKED_OUT') AS checked_out_at
                FROM appointment_status_change c WHERE c.appointment_id = a.id) s ON true
            """;

    private static final String DAY = " AND lower(a.during) >= :from AND lower(a.during) < :to";
    private static final String PROVIDER = " AND a.provider_id = :provider";
    private static final String ORDER = " ORDER BY lower(a.during), p.name, a.id";

    private final JdbcClient jdbc;

    VisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every appointment at the location starting in [from, to), cancelled ones too, in time order. */
    List<Row> atLocation(LocationId location, Instant from, Instant to, @Nullable ProviderId provider) {
        var sql = SELECT + " WHERE a.location_id = :location" + DAY + (provider == null ? "" : PROVIDER) + ORDER;
        return day(jdbc.sql(sql).param("location", location.value()), from, to, provider)
                .query(VisitRepository::row).list();
    }

    /** Every appointment of the provider starting in [from, to), at any location, in time order. */
    List<Row> ofProvider(ProviderId provider, Instant from, Instant to) {
        return day(jdbc.sql(SELECT + " WHERE true" + DAY + PROVIDER + ORDER), from, to, provider)
                .query(VisitRepository::row).list();
    }

    /** The same list's {@link Mark}, without reading the list. */
    Mark markAtLocation(LocationId location, Instant from, Instant to, @Nullable ProviderId provider) {
        var sql = "SELECT count(*), coalesce(sum(a.version), 0), max(a.updated_at) AS last_change"
                + " FROM appointment a"
                + " WHERE a.location_id = :location" + DAY + (provider == null ? "" : PROVIDER);
        return day(jdbc.sql(sql).param("location", location.value()), from, to, provider)
                .query((rs, n) -> new Mark(rs.getLong(1), rs.getLong(2), instantOrNull(rs, "last_change")))
                .single();
    }

    static Mark markOf(List<Row> rows) {
        long versions = rows.stream().mapToLong(r -> r.visit().version()).sum();
        var last = rows.stream().map(Row::updatedAt).max(Instant::compareTo).orElse(null);
        return new Mark(rows.size(), versions, last);
    }

    List<LocationSummary> locations() {
        return jdbc.sql("SELECT id, name, time_zone FROM location ORDER BY name")
                .query(VisitRepository::location).list();
    }

    Optional<LocationSummary> location(LocationId id) {
        return jdbc.sql("SELECT id, name, time_zone FROM location WHERE id = :id")
                .param("id", id.value()).query(VisitRepository::location).optional();
    }

    List<ProviderSummary> activeProviders() {
        return jdbc.sql("SELECT id, name, credentials FROM provider WHERE active ORDER BY name, id")
                .query(VisitRepository::provider).list();
    }

    Optional<ProviderSummary> provider(ProviderId id) {
        return jdbc.sql("SELECT id, name, credentials FROM provider WHERE id = :id")
                .param("id", id.value()).query(VisitRepository::provider).optional();
    }

    private static JdbcClient.StatementSpec day(JdbcClient.StatementSpec statement, Instant from, Instant to,
            @Nullable ProviderId provider) {
        statement = statement.param("from", utc(from)).param("to", utc(to));
        return provider == null ? statement : statement.param("provider", provider.value());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var visit = new Visit(
                new AppointmentId(rs.getObject("id", UUID.class)),
                rs.getInt("version"),
                AppointmentStatus.valueOf(rs.getString("status")),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                null,
                null,
                new ProviderSummary(new ProviderId(rs.getObject("provider_id", UUID.class)),
                        rs.getString("provider_name"), rs.getString("credentials")),
                rs.getString("type_name"),
                rs.getString("type_colour"),
                rs.getBoolean("telemedicine"),
                rs.getString("room_name"),
                new LocationId(rs.getObject("location_id", UUID.class)),
                rs.getString("location_name"),
                ZoneId.of(rs.getString("time_zone")),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                rs.getString("reason"),
                rs.getBoolean("overbooked"),
                instantOrNull(rs, "arrived_at"),
                instantOrNull(rs, "roomed_at"),
                instantOrNull(rs, "started_at"),
                instantOrNull(rs, "checked_out_at"));
        return new Row(visit, instant(rs, "updated_at"));
    }

    private static LocationSummary location(ResultSet rs, int n) throws SQLException {
        return new LocationSummary(new LocationId(rs.getObject("id", UUID.class)), rs.getString("name"),
                ZoneId.of(rs.getString("time_zone")));
    }

    private static ProviderSummary provider(ResultSet rs, int n) throws SQLException {
        return new ProviderSummary(new ProviderId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("credentials"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
