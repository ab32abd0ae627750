package org.frontdesk.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Reads what free time is derived from: the templates, exceptions and holidays of many providers in three queries
 * whatever the number of providers and days, and the time their appointments hold.
 */
@Repository
class Calendars {

    /** An appointment that could still be moved, with what its fit depends on. */
    record Movable(AppointmentId id, LocationId location, AppointmentTypeId type, TimeRange time,
            boolean outsideTemplate) {}

    private final JdbcClient jdbc;

    Calendars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything that applies to these providers between the two local dates (inclusive), at one or all locations. */
    TemplateSnapshot snapshot(Collection<ProviderId> providers, @Nullable LocationId location, LocalDate firstDay,
            LocalDate lastDay) {
        var ids = ids(providers);
        var zones = new HashMap<LocationId, ZoneId>();
        var typeNames = new HashMap<AppointmentTypeId, String>();
        var template = jdbc.sql("""
                SELECT t.id, t.provider_id, t.location_id, t.kind, t.weekday, t.starts_at, t.ends_at,
                    t.ends_at = '24:00' AS until_midnight, t.appointment_type_id, t.effective_from, t.effective_until,
                    l.time_zone, ty.name AS type_name
                FROM template_period t
                JOIN location l ON l.id = t.location_id
                LEFT JOIN appointment_type ty ON ty.id = t.appointment_type_id
                WHERE t.provider_id = ANY (:providers)
                  AND (CAST(:location AS uuid) IS NULL OR t.location_id = :location)
                  AND t.effective_from <= :lastDay
                  AND (t.effective_until IS NULL OR t.effective_until >= :firstDay)""")
                .param("providers", ids).param("location", location == null ? null : location.value())
                .param("firstDay", firstDay).param("lastDay", lastDay)
                .query((rs, n) -> {
                    var period = period(rs);
                    zones.putIfAbsent(period.location(), ZoneId.of(rs.getString("time_zone")));
                    if (period.reservedFor() != null) {
                        typeNames.put(period.reservedFor(), rs.getString("type_name"));
                    }
                    return period;
                })
                .list();
        var exceptions = jdbc.sql("""
                SELECT id, provider_id, location_id, kind, first_day, starts_at, last_day, ends_at, NULL AS note
                FROM provider_exception
                WHERE provider_id = ANY (:providers)
                  AND (CAST(:location AS uuid) IS NULL OR location_id IS NULL OR location_id = :location)
                  AND first_day <= :lastDay AND last_day >= :firstDay""")
                .param("providers", ids).param("location", location == null ? null : location.value())
                .param("firstDay", firstDay).param("lastDay", lastDay)
                .query((rs, n) -> timeOff(rs))
                .list();
        var holidays = jdbc.sql("""
                SELECT id, day, name, location_id FROM holiday
                WHERE day BETWEEN :firstDay AND :lastDay
                  AND (CAST(:location AS uuid) IS NULL OR location_id IS NULL OR location_id = :location)""")
                .param("location", location == null ? null : location.value())
                .param("firstDay", firstDay).param("lastDay", lastDay)
                .query((rs, n) -> holiday(rs))
                .list();
        return new TemplateSnapshot(zones, template, exceptions, holidays, typeNames);
    }

    /**
     * The time the providers' active, not overbooked appointments hold within {@code span}: one index probe per
     * provider on the exclusion constraint's gist index.
     */
    Map<ProviderId, List<TimeRange>> booked(Collection<ProviderId> providers, TimeRange span) {
        var booked = new HashMap<ProviderId, List<TimeRange>>();
        jdbc.sql("SELECT a.provider_id, lower(a.during) AS starts, upper(a.during) AS ends"
                        + " FROM unnest(:providers) AS p(id) CROSS JOIN LATERAL ("
                        + " SELECT provider_id, during FROM appointment WHERE provider_id = p.id"
                        + " AND during && tstzrange(:from, :until, '[)')"
                        + " AND status IN " + AppointmentRepository.ACTIVE + " AND NOT overbooked) a")
                .param("providers", ids(providers)).param("from", utc(span.start())).param("until", utc(span.end()))
                .query(rs -> {
                    booked.computeIfAbsent(new ProviderId(rs.getObject(1, UUID.class)), p -> new ArrayList<>())
                            .add(new TimeRange(instant(rs, 2), instant(rs, 3)));
                });
        return booked;
    }

    /**
     * The provider's appointments that are booked or confirmed (so could still be moved), start at or after
     * {@code from} and before {@code until}, overbooked ones included.
     */
    List<Movable> movable(ProviderId provider, Instant from, @Nullable Instant until) {
        // two queries glued, so that each has an index: the exclusion constraint's for ordinary appointments
        var where = " WHERE provider_id = :provider"
                + " AND during && tstzrange(:from, CAST(:until AS timestamptz), '[)')"
                + " AND lower(during) >= :from AND status IN ('BOOKED', 'CONFIRMED')";
        return jdbc.sql("SELECT id, location_id, appointment_type_id, lower(during), upper(during), outside_template"
                        + " FROM appointment" + where + " AND status IN " + AppointmentRepository.ACTIVE
                        + " AND NOT overbooked"
                        + " UNION ALL SELECT id, location_id, appointment_type_id, lower(during), upper(during),"
                        + " outside_template FROM appointment" + where + " AND overbooked ORDER BY 4")
                .param("provider", provider.value()).param("from", utc(from))
                .param("until", until == null ? null : utc(until))
                .query((rs, n) -> new Movable(new AppointmentId(rs.getObject(1, UUID.class)),
                        new LocationId(rs.getObject(2, UUID.class)), new AppointmentTypeId(rs.getObject(3, UUID.class)),
                        new TimeRange(instant(rs, 4), instant(rs, 5)), rs.getBoolean(6)))
                .list();
    }

    /** Whether the time fits the provider's template at the location for the type: three small queries. */
    Fit fit(ProviderId provider, LocationId location, AppointmentTypeId type, TimeRange time) {
        // every zone's local dates lie within a day of the UTC ones
        var first = LocalDate.ofInstant(time.start(), ZoneOffset.UTC).minusDays(1);
        var last = LocalDate.ofInstant(time.end(), ZoneOffset.UTC).plusDays(1);
        return snapshot(List.of(provider), location, first, last).fit(provider, location, type, time);
    }

    Optional<ZoneId> zoneOf(LocationId location) {
        return jdbc.sql("SELECT time_zone FROM location WHERE id = :id").param("id", location.value())
                .query(String.class).optional().map(ZoneId::of);
    }

    static TemplatePeriod period(ResultSet rs) throws SQLException {
        var type = rs.getObject("appointment_type_id", UUID.class);
        var until = rs.getObject("effective_until", LocalDate.class);
        return new TemplatePeriod(
                new TemplatePeriodId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                new LocationId(rs.getObject("location_id", UUID.class)),
                TemplatePeriod.Kind.valueOf(rs.getString("kind")),
                DayOfWeek.of(rs.getInt("weekday")),
                rs.getObject("starts_at", LocalTime.class),
                rs.getBoolean("until_midnight") ? LocalTime.MIDNIGHT : rs.getObject("ends_at", LocalTime.class),
                type == null ? null : new AppointmentTypeId(type),
                rs.getObject("effective_from", LocalDate.class),
                until);
    }

    static TimeOff timeOff(ResultSet rs) throws SQLException {
        var location = rs.getObject("location_id", UUID.class);
        return new TimeOff(
                new TimeOffId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                location == null ? null : new LocationId(location),
                TimeOff.Kind.valueOf(rs.getString("kind")),
                rs.getObject("first_day", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class),
                rs.getObject("last_day", LocalDate.class),
                rs.getObject("ends_at", LocalTime.class),
                rs.getString("note"));
    }

    static Holiday holiday(ResultSet rs) throws SQLException {
        var location = rs.getObject("location_id", UUID.class);
        return new Holiday(new HolidayId(rs.getObject("id", UUID.class)), rs.getObject("day", LocalDate.class),
                rs.getString("name"), location == null ? null : new LocationId(location));
    }

    private static SqlArrayValue ids(Collection<ProviderId> providers) {
        return new SqlArrayValue("uuid", providers.stream().map(ProviderId::value).toArray());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
