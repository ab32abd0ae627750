package org.frontdesk.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Reads what free time is derived from: the templates, exceptions and holidays of many providers in one query
 * whatever the number of providers and days, and the time their appointments hold.
 */
@Repository
class AvailabilityRepository {

    /** An appointment that could still be moved, with what its fit depends on. */
    record Movable(AppointmentId id, LocationId location, AppointmentTypeId type, TimeRange time,
            boolean outsideTemplate) {}

    /** Templates of single providers' days as bookings read them, a few thousand at most (a few MB). */
    private static final int TEMPLATES_KEPT = 4_096;

    private final JdbcClient jdbc;
    /** Read-only once made, so shared between threads (ConcurrentHashMap publishes them safely). */
    private final Map<TemplateKey, ReadTemplate> templates = new ConcurrentHashMap<>();

    AvailabilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Everything that applies to these providers between the two local dates (inclusive), at one or all locations:
     * template periods, exceptions and holidays in one round trip, whatever the number of providers and days.
     */
    TemplateSnapshot snapshot(Collection<ProviderId> providers, @Nullable LocationId location, LocalDate firstDay,
            LocalDate lastDay) {
        var zones = new HashMap<LocationId, ZoneId>();
        var typeNames = new HashMap<AppointmentTypeId, String>();
        var template = new ArrayList<TemplatePeriod>();
        var exceptions = new ArrayList<TimeOff>();
        var holidays = new ArrayList<Holiday>();
        // three kinds of row in one result: the columns a kind does not have are NULL. The location's conditions are
        // left out rather than made optional with "IS NULL OR": with those, PostgreSQL planned the statement afresh
        // on every booking (ADR 14).
        boolean atOne = location != null;
        // likewise "= ANY (array)" for the one provider of a booking: the generic plan guessed ten
        String provider = providers.size() == 1 ? "= :provider" : "= ANY (:providers)";
        jdbc.sql("""
                SELECT 'TEMPLATE' AS source, t.id, t.provider_id, t.location_id, t.kind, t.weekday, t.starts_at,
                    t.ends_at, t.ends_at = '24:00' AS until_midnight, t.appointment_type_id,
                    t.effective_from AS first_day, t.effective_until AS last_day, l.time_zone, ty.name AS label
                FROM template_period t
                JOIN location l ON l.id = t.location_id
                LEFT JOIN appointment_type ty ON ty.id = t.appointment_type_id
                WHERE t.provider_id %1$s
                  AND t.effective_from <= :lastDay
                  AND (t.effective_until IS NULL OR t.effective_until >= :firstDay)
                  %2$s
                UNION ALL
                SELECT 'EXCEPTION', e.id, e.provider_id, e.location_id, e.kind, NULL, e.starts_at, e.ends_at, false,
                    NULL, e.first_day, e.last_day, NULL, NULL
                FROM provider_exception e
                WHERE e.provider_id %1$s
                  AND e.first_day <= :lastDay AND e.last_day >= :firstDay
                  %3$s
                UNION ALL
                SELECT 'HOLIDAY', h.id, NULL, h.location_id, NULL, NULL, NULL, NULL, false, NULL, h.day, h.day, NULL,
                    h.name
                FROM holiday h
                WHERE h.day BETWEEN :firstDay AND :lastDay
                  %4$s""".formatted(provider,
                        atOne ? "AND t.location_id = :location" : "",
                        atOne ? "AND (e.location_id IS NULL OR e.location_id = :location)" : "",
                        atOne ? "AND (h.location_id IS NULL OR h.location_id = :location)" : ""))
                .param("providers", ids(providers)).param("provider", providers.iterator().next().value())
                .param("location", location == null ? null : location.value())
                .param("firstDay", firstDay).param("lastDay", lastDay)
                .query(rs -> {
                    switch (rs.getString("source")) {
                        case "TEMPLATE" -> {
                            var period = period(rs);
                            template.add(period);
                            zones.putIfAbsent(period.location(), ZoneId.of(rs.getString("time_zone")));
                            if (period.reservedFor() != null) {
                                typeNames.put(period.reservedFor(), rs.getString("label"));
                            }
                        }
                        case "EXCEPTION" -> exceptions.add(timeOff(rs));
                        default -> holidays.add(holiday(rs));
                    }
                });
        return new TemplateSnapshot(zones, template, exceptions, holidays, typeNames);
    }

    /**
     * The time the providers' active, not overbooked appointments hold within {@code span}, sorted by start: one
     * index probe per provider on the exclusion constraint's gist index.
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
        booked.values().forEach(times -> times.sort(Comparator.comparing(TimeRange::start)));
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

    /** Whether the time fits the provider's template at the location for the type: one small query. */
    Fit fit(ProviderId provider, LocationId location, AppointmentTypeId type, TimeRange time) {
        var days = TemplateKey.around(provider, location, time);
        return snapshot(List.of(provider), location, days.first(), days.last()).fit(provider, location, type, time);
    }

    /**
     * {@link #fit(ProviderId, LocationId, AppointmentTypeId, TimeRange)} against the template as it stood at
     * {@code setupVersion} (read with the booking's set-up facts, V24), reusing a copy read for the same version:
     * bookings of one provider's day read its template once, not once each (ADR 14).
     */
    Fit fit(ProviderId provider, LocationId location, AppointmentTypeId type, TimeRange time, long setupVersion) {
        var key = TemplateKey.kept(provider, location, time);
        var known = templates.get(key);
        TemplateSnapshot snapshot;
        if (known != null && known.setupVersion() == setupVersion) {
            snapshot = known.snapshot();
        } else {
            // read after the version was: it holds at least every change up to it
            snapshot = snapshot(List.of(provider), location, key.first(), key.last());
            if (templates.size() >= TEMPLATES_KEPT) {
                templates.clear();
            }
            templates.put(key, new ReadTemplate(setupVersion, snapshot));
        }
        return snapshot.fit(provider, location, type, time);
    }

    /** The provider's template at the location over the local days that a time can fall on, or more. */
    record TemplateKey(ProviderId provider, LocationId location, LocalDate first, LocalDate last) {

        /** Days of a kept template: one read serves the bookings of a month or two, not those of one day. */
        private static final int KEPT_DAYS = 32;

        static TemplateKey around(ProviderId provider, LocationId location, TimeRange time) {
            // every zone's local dates lie within a day of the UTC ones
            return new TemplateKey(provider, location,
                    LocalDate.ofInstant(time.start(), ZoneOffset.UTC).minusDays(1),
                    LocalDate.ofInstant(time.end(), ZoneOffset.UTC).plusDays(1));
        }

        /**
         * A window of {@link #around}'s days widened to fixed blocks of {@link #KEPT_DAYS}, so that the bookings of
         * a provider at a location over the next weeks share a few kept templates: with a window per booking day,
         * a quarter of the bookings on a full practice read their template again.
         */
        static TemplateKey kept(ProviderId provider, LocationId location, TimeRange time) {
            var days = around(provider, location, time);
            long first = Math.floorDiv(days.first().toEpochDay(), KEPT_DAYS) * KEPT_DAYS;
            long last = Math.max(first + 2 * KEPT_DAYS - 1, days.last().toEpochDay());
            return new TemplateKey(provider, location, LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last));
        }
    }

    private record ReadTemplate(long setupVersion, TemplateSnapshot snapshot) {}

    /** The active providers who offer the type, by name: who a search for free time of that type looks at. */
    List<ProviderId> offering(AppointmentTypeId type) {
        return jdbc.sql("""
                SELECT p.id FROM provider p
                JOIN provider_appointment_type o ON o.provider_id = p.id
                WHERE o.appointment_type_id = :type AND p.active
                ORDER BY p.name, p.id""")
                .param("type", type.value())
                .query((rs, row) -> new ProviderId(rs.getObject(1, UUID.class))).list();
    }

    /** The type's usual length, if it is an active type. */
    Optional<Duration> defaultLength(AppointmentTypeId type) {
        return jdbc.sql("SELECT default_minutes FROM appointment_type WHERE id = :id AND active")
                .param("id", type.value()).query(Integer.class).optional().map(Duration::ofMinutes);
    }

    Optional<ZoneId> zoneOf(LocationId location) {
        return jdbc.sql("SELECT time_zone FROM location WHERE id = :id").param("id", location.value())
                .query(String.class).optional().map(ZoneId::of);
    }

    /** A template period from a row with the columns of {@link #snapshot}'s result. */
    static TemplatePeriod period(ResultSet rs) throws SQLException {
        var type = rs.getObject("appointment_type_id", UUID.class);
        var until = rs.getObject("last_day", LocalDate.class);
        return new TemplatePeriod(
                new TemplatePeriodId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                new LocationId(rs.getObject("location_id", UUID.class)),
                TemplatePeriod.Kind.valueOf(rs.getString("kind")),
                DayOfWeek.of(rs.getInt("weekday")),
                rs.getObject("starts_at", LocalTime.class),
                rs.getBoolean("until_midnight") ? LocalTime.MIDNIGHT : rs.getObject("ends_at", LocalTime.class),
                type == null ? null : new AppointmentTypeId(type),
                rs.getObject("first_day", LocalDate.class),
                until);
    }

    /** An exception from a row with the columns of {@link #snapshot}'s result ({@code label}: the note). */
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
                rs.getString("label"));
    }

    /** A holiday from a row with the columns of {@link #snapshot}'s result ({@code first_day}, {@code label}). */
    static Holiday holiday(ResultSet rs) throws SQLException {
        var location = rs.getObject("location_id", UUID.class);
        return new Holiday(new HolidayId(rs.getObject("id", UUID.class)), rs.getObject("first_day", LocalDate.class),
                rs.getString("label"), location == null ? null : new LocationId(location));
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
