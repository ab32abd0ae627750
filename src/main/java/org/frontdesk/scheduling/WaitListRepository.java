package org.frontdesk.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Wait list entries and the offers made for them; the constraints of V22 keep both consistent. */
@Repository
class WaitListRepository {

    /** Most urgent first; within a priority, the entry waiting longest. */
    private static final String PRIORITY_ORDER =
            "array_position(ARRAY['URGENT', 'HIGH', 'NORMAL'], e.priority), e.added_at, e.id";

    private static final String ENTRY_COLUMNS = """
            e.id, e.patient_id, e.appointment_type_id, e.provider_id, e.location_id, e.earliest, e.latest, e.days,
            e.part_of_day, e.priority, e.note, e.status, e.removal_reason, e.booked_appointment_id, e.added_at,
            e.added_by, e.version""";

    /** A waiting entry that a freed time fits, with its type's length. */
    record Candidate(WaitListEntry entry, int minutes) {}

    private final JdbcClient jdbc;

    WaitListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WaitListEntryId id, WaitListRequest request, String user, Instant now) {
        jdbc.sql("""
                INSERT INTO wait_list_entry (id, patient_id, appointment_type_id, provider_id, location_id, earliest,
                    latest, days, part_of_day, priority, note, status, added_at, added_by)
                VALUES (:id, :patient, :type, :provider, :location, :earliest, :latest, :days::smallint[], :part,
                    :priority, :note, 'WAITING', :now, :user)""")
                .param("id", id.value())
                .param("patient", request.patient().value())
                .param("type", request.type().value())
                .param("provider", request.provider() == null ? null : request.provider().value())
                .param("location", request.location() == null ? null : request.location().value())
                .param("earliest", request.earliest())
                .param("latest", request.latest())
                .param("days", request.days().stream().sorted().map(d -> Integer.toString(d.getValue()))
                        .collect(Collectors.joining(",", "{", "}")))
                .param("part", request.partOfDay().name())
                .param("priority", request.priority().name())
                .param("note", request.note())
                .param("now", utc(now))
                .param("user", user)
                .update();
    }

    boolean waitingExists(PatientId patient, AppointmentTypeId type) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM wait_list_entry WHERE patient_id = :patient"
                        + " AND appointment_type_id = :type AND status = 'WAITING')")
                .param("patient", patient.value()).param("type", type.value()).query(Boolean.class).single();
    }

    Optional<WaitListEntry> find(WaitListEntryId id) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM wait_list_entry e WHERE e.id = :id")
                .param("id", id.value())
                .query(WaitListRepository::entry)
                .optional();
    }

    /** Waiting entries in priority order, with the names of their type, provider and location. */
    List<WaitingPatient> waiting(WaitListFilter filter, int limit) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + ", t.name AS type_name, p.name AS provider_name,"
                        + " p.credentials, l.name AS location_name FROM wait_list_entry e"
                        + " JOIN appointment_type t ON t.id = e.appointment_type_id"
                        + " LEFT JOIN provider p ON p.id = e.provider_id"
                        + " LEFT JOIN location l ON l.id = e.location_id"
                        + " WHERE e.status = 'WAITING'"
                        + " AND (CAST(:type AS uuid) IS NULL OR e.appointment_type_id = :type)"
                        + " AND (CAST(:provider AS uuid) IS NULL OR e.provider_id IS NULL OR e.provider_id = :provider)"
                        + " AND (CAST(:priority AS text) IS NULL OR e.priority = :priority)"
                        + " ORDER BY " + PRIORITY_ORDER + " LIMIT :limit")
                .param("type", filter.type() == null ? null : filter.type().value())
                .param("provider", filter.provider() == null ? null : filter.provider().value())
                .param("priority", filter.priority() == null ? null : filter.priority().name())
                .param("limit", limit)
                .query((rs, n) -> new WaitingPatient(entry(rs, n), null, rs.getString("type_name"),
                        rs.getString("provider_name") == null ? null
                                : displayName(rs.getString("provider_name"), rs.getString("credentials")),
                        rs.getString("location_name")))
                .list();
    }

    /** @return false when the entry is not waiting, or changed since {@code expectedVersion} */
    boolean remove(WaitListEntryId id, int expectedVersion, String reason, String user, Instant now) {
        return jdbc.sql("UPDATE wait_list_entry SET status = 'REMOVED', removal_reason = :reason, closed_at = :now,"
                        + " closed_by = :user, version = version + 1"
                        + " WHERE id = :id AND version = :version AND status = 'WAITING'")
                .param("id", id.value()).param("version", expectedVersion).param("reason", reason)
                .param("now", utc(now)).param("user", user)
                .update() == 1;
    }

    /** @return false when the entry is no longer waiting */
    boolean markBooked(WaitListEntryId id, AppointmentId appointment, String user, Instant now) {
        return jdbc.sql("UPDATE wait_list_entry SET status = 'BOOKED', booked_appointment_id = :appointment,"
                        + " closed_at = :now, closed_by = :user, version = version + 1"
                        + " WHERE id = :id AND status = 'WAITING'")
                .param("id", id.value()).param("appointment", appointment.value())
                .param("now", utc(now)).param("user", user)
                .update() == 1;
    }

    /**
     * The waiting entries (of other patients than the freed appointment's) that time with this provider at this
     * location, starting on {@code day} at {@code dayOfWeek} in {@code part} of the day and {@code minutes} long,
     * fits: the provider offers the active type and it is not longer; provider and location match when the entry
     * names them; the day is in the entry's window and on one of its days. In priority order.
     */
    List<Candidate> matching(PatientId freedBy, ProviderId provider, LocationId location, LocalDate day,
            DayOfWeek dayOfWeek, PartOfDay part, long minutes) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + ", t.default_minutes FROM wait_list_entry e"
                        + " JOIN appointment_type t ON t.id = e.appointment_type_id AND t.active"
                        + " JOIN provider_appointment_type pt ON pt.appointment_type_id = e.appointment_type_id"
                        + "     AND pt.provider_id = :provider"
                        + " WHERE e.status = 'WAITING' AND e.patient_id <> :patient"
                        + " AND (e.provider_id IS NULL OR e.provider_id = :provider)"
                        + " AND (e.location_id IS NULL OR e.location_id = :location)"
                        + " AND t.default_minutes <= :minutes"
                        + " AND :day BETWEEN e.earliest AND e.latest"
                        + " AND CAST(:dow AS smallint) = ANY (e.days)"
                        + " AND e.part_of_day IN ('ANY', :part)"
                        + " ORDER BY " + PRIORITY_ORDER)
                .param("patient", freedBy.value())
                .param("provider", provider.value())
                .param("location", location.value())
                .param("minutes", minutes)
                .param("day", day)
                .param("dow", dayOfWeek.getValue())
                .param("part", part.name())
                .query((rs, n) -> new Candidate(entry(rs, n), rs.getInt("default_minutes")))
                .list();
    }

    /** @return false when this freed time was already offered to the entry (the event came twice) */
    boolean insertOffer(WaitListOfferId id, WaitListEntryId entry, AppointmentId freedBy, ProviderId provider,
            LocationId location, @Nullable RoomId room, TimeRange time, int rank, Instant now) {
        return jdbc.sql("""
                INSERT INTO wait_list_offer (id, entry_id, freed_by, provider_id, location_id, room_id, during, rank,
                    status, created_at)
                VALUES (:id, :entry, :freedBy, :provider, :location, :room,
                    tstzrange(:start::timestamptz, :end::timestamptz, '[)'), :rank, 'OPEN', :now)
                ON CONFLICT DO NOTHING""")
                .param("id", id.value()).param("entry", entry.value()).param("freedBy", freedBy.value())
                .param("provider", provider.value()).param("location", location.value())
                .param("room", room == null ? null : room.value())
                .param("start", utc(time.start())).param("end", utc(time.end()))
                .param("rank", rank).param("now", utc(now))
                .update() == 1;
    }

    /**
     * Offers for time that has not begun, grouped by freed time and in rank order, whatever their status: staff see
     * which were taken or are gone.
     */
    List<WaitListOffer> offers(Instant now, int limit) {
        return jdbc.sql(OFFER_SELECT + " WHERE lower(o.during) > :now ORDER BY lower(o.during), o.freed_by, o.rank"
                        + " LIMIT :limit")
                .param("now", utc(now)).param("limit", limit)
                .query(WaitListRepository::offer)
                .list();
    }

    /**
     * How many freed times that have not begun have open offers and are still free: what the desk has yet to call
     * patients about. The same "still free" as the offers' page.
     */
    int freedTimesOnOffer(Instant now) {
        return jdbc.sql("SELECT count(DISTINCT o.freed_by) FROM wait_list_offer o"
                        + " WHERE o.status = 'OPEN' AND lower(o.during) > :now AND " + STILL_FREE)
                .param("now", utc(now)).query(Integer.class).single();
    }

    /**
     * The offer, after locking every offer for the same freed time, so that two clerks booking two offers for one
     * freed time are served one after the other.
     */
    Optional<WaitListOffer> lockOffer(WaitListOfferId id) {
        jdbc.sql("SELECT id FROM wait_list_offer WHERE freed_by = (SELECT freed_by FROM wait_list_offer WHERE id = :id)"
                        + " ORDER BY id FOR UPDATE")
                .param("id", id.value()).query().listOfRows();
        return jdbc.sql(OFFER_SELECT + " WHERE o.id = :id").param("id", id.value())
                .query(WaitListRepository::offer).optional();
    }

    void markTaken(WaitListOfferId id, AppointmentId appointment, String user, Instant now) {
        jdbc.sql("UPDATE wait_list_offer SET status = 'TAKEN', taken_appointment_id = :appointment, closed_at = :now,"
                        + " closed_by = :user WHERE id = :id AND status = 'OPEN'")
                .param("id", id.value()).param("appointment", appointment.value())
                .param("now", utc(now)).param("user", user)
                .update();
    }

    /** Closes the open offers for the freed time: it has been booked, by this list or otherwise. */
    int goneForTime(AppointmentId freedBy, String user, Instant now) {
        return jdbc.sql("UPDATE wait_list_offer SET status = 'GONE', closed_at = :now, closed_by = :user"
                        + " WHERE freed_by = :freedBy AND status = 'OPEN'")
                .param("freedBy", freedBy.value()).param("now", utc(now)).param("user", user)
                .update();
    }

    /** Closes the entry's open offers: it was booked or removed. */
    int goneForEntry(WaitListEntryId entry, String user, Instant now) {
        return jdbc.sql("UPDATE wait_list_offer SET status = 'GONE', closed_at = :now, closed_by = :user"
                        + " WHERE entry_id = :entry AND status = 'OPEN'")
                .param("entry", entry.value()).param("now", utc(now)).param("user", user)
                .update();
    }

    /** Whether an offer's time (alias {@code o}) is still free: no active appointment of its provider holds it. */
    private static final String STILL_FREE = "NOT EXISTS (SELECT 1 FROM appointment a"
            + " WHERE a.provider_id = o.provider_id AND a.status IN " + AppointmentRepository.ACTIVE
            + " AND NOT a.overbooked AND a.during && o.during)";

    private static final String OFFER_SELECT = "SELECT o.id, o.entry_id, e.patient_id, e.priority,"
            + " e.appointment_type_id, t.name AS type_name, o.provider_id, p.name AS provider_name, p.credentials,"
            + " o.location_id, l.name AS location_name, o.room_id, r.name AS room_name, l.time_zone,"
            + " lower(o.during) AS starts_at,"
            + " upper(o.during) AS ends_at, o.rank, o.status, o.freed_by, o.created_at,"
            + " " + STILL_FREE + " AS still_free"
            + " FROM wait_list_offer o JOIN wait_list_entry e ON e.id = o.entry_id"
            + " JOIN appointment_type t ON t.id = e.appointment_type_id"
            + " JOIN provider p ON p.id = o.provider_id JOIN location l ON l.id = o.location_id"
            + " LEFT JOIN room r ON r.id = o.room_id";

    private static WaitListOffer offer(ResultSet rs, int row) throws SQLException {
        return new WaitListOffer(
                new WaitListOfferId(rs.getObject("id", UUID.class)),
                new WaitListEntryId(rs.getObject("entry_id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                null,
                WaitListPriority.valueOf(rs.getString("priority")),
                new AppointmentTypeId(rs.getObject("appointment_type_id", UUID.class)),
                rs.getString("type_name"),
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                displayName(rs.getString("provider_name"), rs.getString("credentials")),
                new LocationId(rs.getObject("location_id", UUID.class)),
                rs.getString("location_name"),
                rs.getObject("room_id") == null ? null : new RoomId(rs.getObject("room_id", UUID.class)),
                rs.getString("room_name"),
                ZoneId.of(rs.getString("time_zone")),
                new TimeRange(instant(rs, "starts_at"), instant(rs, "ends_at")),
                rs.getInt("rank"),
                WaitListOffer.Status.valueOf(rs.getString("status")),
                rs.getBoolean("still_free"),
                new AppointmentId(rs.getObject("freed_by", UUID.class)),
                instant(rs, "created_at"));
    }

    private static WaitListEntry entry(ResultSet rs, int row) throws SQLException {
        var provider = rs.getObject("provider_id", UUID.class);
        var location = rs.getObject("location_id", UUID.class);
        var booked = rs.getObject("booked_appointment_id", UUID.class);
        return new WaitListEntry(
                new WaitListEntryId(rs.getObject("id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                new AppointmentTypeId(rs.getObject("appointment_type_id", UUID.class)),
                provider == null ? null : new ProviderId(provider),
                location == null ? null : new LocationId(location),
                rs.getObject("earliest", LocalDate.class),
                rs.getObject("latest", LocalDate.class),
                days(rs),
                PartOfDay.valueOf(rs.getString("part_of_day")),
                WaitListPriority.valueOf(rs.getString("priority")),
                rs.getString("note"),
                WaitListEntry.Status.valueOf(rs.getString("status")),
                rs.getString("removal_reason"),
                booked == null ? null : new AppointmentId(booked),
                instant(rs, "added_at"),
                rs.getString("added_by"),
                rs.getInt("version"));
    }

    private static Set<DayOfWeek> days(ResultSet rs) throws SQLException {
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (Object day : (Object[]) rs.getArray("days").getArray()) {
            days.add(DayOfWeek.of(((Number) day).intValue()));
        }
        return days;
    }

    private static String displayName(String name, @Nullable String credentials) {
        return credentials == null || credentials.isBlank() ? name : name + ", " + credentials;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
