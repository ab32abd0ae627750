package org.frontdesk.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.frontdesk.patients.PatientDetails.PersonName;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The calendar's reads: a whole day or week in two queries however many providers it spans, one for the
 * appointments and one for their patients' names. The patient table belongs to the patients module; the calendar
 * reads only the name columns and the MRN, so that a day of 20 providers costs two round trips instead of one per
 * patient.
 */
@Repository
class CalendarRepository {

    private static final String APPOINTMENT = """
            SELECT a.id, a.version, a.patient_id, a.provider_id, a.location_id, a.room_id, a.appointment_type_id,
                lower(a.during) AS starts_at, upper(a.during) AS ends_at, a.status, a.status_changed_at,
                a.overbooked, a.reason, a.overbook_reason
            FROM appointment a""";

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The whole set-up in one round trip: five small tables, one row kind each. */
    CalendarSetup setup() {
        var providers = new ArrayList<ProviderRow>();
        var offers = new HashMap<UUID, Set<AppointmentTypeId>>();
        var locations = new ArrayList<CalendarSetup.Location>();
        var rooms = new ArrayList<CalendarSetup.Room>();
        var types = new ArrayList<CalendarSetup.AppointmentType>();
        jdbc.sql("""
                SELECT 'P' AS kind, id, name, colour, credentials AS text1, specialty AS text2, NULL::uuid AS ref,
                    NULL::int AS minutes, active AS flag FROM provider
                UNION ALL SELECT 'L', id, name, NULL, time_zone, NULL, NULL, NULL, NULL FROM location
                UNION ALL SELECT 'R', id, name, NULL, NULL, NULL, location_id, NULL, NULL FROM room
                UNION ALL SELECT 'T', id, name, colour, NULL, NULL, NULL, default_minutes, telemedicine
                    FROM appointment_type
                UNION ALL SELECT 'O', provider_id, NULL, NULL, NULL, NULL, appointment_type_id, NULL, NULL
                    FROM provider_appointment_type
                ORDER BY 1, 3, 2""")
                .query((ResultSet rs) -> {
                    var id = rs.getObject("id", UUID.class);
                    switch (rs.getString("kind")) {
                        case "P" -> providers.add(new ProviderRow(id, rs.getString("name"), rs.getString("text1"),
                                rs.getString("text2"), rs.getString("colour"), rs.getBoolean("flag")));
                        case "L" -> locations.add(new CalendarSetup.Location(new LocationId(id), rs.getString("name"),
                                ZoneId.of(rs.getString("text1"))));
                        case "R" -> rooms.add(new CalendarSetup.Room(new RoomId(id),
                                new LocationId(rs.getObject("ref", UUID.class)), rs.getString("name")));
                        case "T" -> types.add(new CalendarSetup.AppointmentType(new AppointmentTypeId(id),
                                rs.getString("name"), rs.getInt("minutes"), rs.getString("colour"),
                                rs.getBoolean("flag")));
                        case "O" -> offers.computeIfAbsent(id, k -> new HashSet<>())
                                .add(new AppointmentTypeId(rs.getObject("ref", UUID.class)));
                        default -> throw new IllegalStateException("unknown row kind");
                    }
                });
        var built = providers.stream().map(p -> new CalendarSetup.Provider(new ProviderId(p.id()), p.name(),
                p.credentials(), p.specialty(), p.colour(), p.active(), offers.getOrDefault(p.id(), Set.of())))
                .toList();
        return new CalendarSetup(built, locations, rooms, types);
    }

    private record ProviderRow(UUID id, String name, @Nullable String credentials, @Nullable String specialty,
            String colour, boolean active) {}

    Optional<ZoneId> zoneOf(LocationId location) {
        return jdbc.sql("SELECT time_zone FROM location WHERE id = :id").param("id", location.value())
                .query((rs, n) -> ZoneId.of(rs.getString(1))).optional();
    }

    /** What a day at a location holds. */
    record Day(List<CalendarEntry> appointments, List<CalendarDay.Busy> elsewhere) {}

    /**
     * The appointments at {@code location} in [from, to) whose status is one of {@code shown}, with their patients;
     * and, without patients, every active appointment at another location in that time. Two queries: the day's
     * appointments by the index on their time, then their patients by primary key (a join lets the planner hash
     * the whole patient table).
     */
    Day day(LocationId location, Instant from, Instant to, Collection<AppointmentStatus> shown) {
        var rows = new ArrayList<Row>();
        var elsewhere = new ArrayList<CalendarDay.Busy>();
        jdbc.sql(APPOINTMENT + """
                 WHERE a.during && tstzrange(:from::timestamptz, :to::timestamptz, '[)')
                  AND (a.location_id = :location AND a.status IN (:shown)
                       OR a.location_id <> :location AND a.status IN (:active))
                ORDER BY lower(a.during), a.id""")
                .param("location", location.value())
                .param("from", utc(from))
                .param("to", utc(to))
                .param("shown", names(shown))
                .param("active", names(AppointmentStatus.ACTIVE))
                .query((ResultSet rs) -> {
                    if (rs.getObject("location_id", UUID.class).equals(location.value())) {
                        rows.add(row(rs));
                    } else {
                        elsewhere.add(new CalendarDay.Busy(new ProviderId(rs.getObject("provider_id", UUID.class)),
                                new LocationId(rs.getObject("location_id", UUID.class)), instant(rs, "starts_at"),
                                instant(rs, "ends_at")));
                    }
                });
        return new Day(withPatients(rows), elsewhere);
    }

    /** The provider's appointments at every location in [from, to) whose status is one of {@code shown}. */
    List<CalendarEntry> ofProvider(ProviderId provider, Instant from, Instant to, Collection<AppointmentStatus> shown) {
        var rows = jdbc.sql(APPOINTMENT + """
                 WHERE a.provider_id = :provider
                  AND a.during && tstzrange(:from::timestamptz, :to::timestamptz, '[)')
                  AND a.status IN (:shown)
                ORDER BY lower(a.during), a.id""")
                .param("provider", provider.value())
                .param("from", utc(from))
                .param("to", utc(to))
                .param("shown", names(shown))
                .query((rs, n) -> row(rs))
                .list();
        return withPatients(rows);
    }

    Optional<CalendarEntry> find(AppointmentId id) {
        var rows = jdbc.sql(APPOINTMENT + " WHERE a.id = :id").param("id", id.value()).query((rs, n) -> row(rs)).list();
        return withPatients(rows).stream().findFirst();
    }

    /** An appointment row before its patient's name is known. */
    private record Row(AppointmentId id, int version, PatientId patient, ProviderId provider, LocationId location,
            @Nullable RoomId room, AppointmentTypeId type, Instant start, Instant end, AppointmentStatus status,
            Instant statusChangedAt, boolean overbooked, @Nullable String reason, @Nullable String overbookReason) {}

    private record Named(String name, String mrn) {}

    private List<CalendarEntry> withPatients(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var names = new HashMap<UUID, Named>();
        jdbc.sql("SELECT id, family_name, given_name, middle_name, name_suffix, mrn FROM patient"
                        + " WHERE id = ANY(:ids)")
                .param("ids", rows.stream().map(r -> r.patient().value()).distinct().toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    var name = new PersonName(rs.getString("family_name"), rs.getString("given_name"),
                            rs.getString("middle_name"), rs.getString("name_suffix"));
                    names.put(rs.getObject("id", UUID.class), new Named(name.filingName(), rs.getString("mrn")));
                });
        return rows.stream().map(r -> {
            var named = names.get(r.patient().value());
            return new CalendarEntry(r.id(), r.version(), r.patient(), named.name(), named.mrn(), r.provider(),
                    r.location(), r.room(), r.type(), r.start(), r.end(), r.status(), r.statusChangedAt(),
                    r.overbooked(), r.reason(), r.overbookReason());
        }).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        var room = rs.getObject("room_id", UUID.class);
        return new Row(
                new AppointmentId(rs.getObject("id", UUID.class)),
                rs.getInt("version"),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                new LocationId(rs.getObject("location_id", UUID.class)),
                room == null ? null : new RoomId(room),
                new AppointmentTypeId(rs.getObject("appointment_type_id", UUID.class)),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                AppointmentStatus.valueOf(rs.getString("status")),
                instant(rs, "status_changed_at"),
                rs.getBoolean("overbooked"),
                rs.getString("reason"),
                rs.getString("overbook_reason"));
    }

    private static List<String> names(Collection<AppointmentStatus> statuses) {
        return statuses.stream().map(Enum::name).sorted().toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
