package org.frontdesk.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appointment rows; the exclusion constraints on them are what keeps calendars free of overlaps. */
@Repository
class AppointmentRepository {

    /** The statuses that hold time, as the exclusion constraints' WHERE lists them. */
    static final String ACTIVE = AppointmentStatus.ACTIVE.stream().sorted().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    static final String COLUMNS = """
            a.id, a.patient_id, a.provider_id, a.location_id, a.room_id, a.appointment_type_id,
            lower(a.during) AS starts_at, upper(a.during) AS ends_at, a.status, a.reason, a.overbooked,
            a.overbook_reason, a.cancelled_by, a.cancellation_reason, a.rescheduled_to, a.version, a.outside_template,
            a.outside_template_reason,
            ARRAY(SELECT c.status FROM appointment_status_change c WHERE c.appointment_id = a.id
                  ORDER BY c.changed_at) AS reached,
            ARRAY(SELECT c.changed_at FROM appointment_status_change c WHERE c.appointment_id = a.id
                  ORDER BY c.changed_at) AS reached_at""";

    private final JdbcClient jdbc;
    private final BookingsInFlight inFlight;

    AppointmentRepository(JdbcClient jdbc, BookingsInFlight inFlight) {
        this.jdbc = jdbc;
        this.inFlight = inFlight;
    }

    boolean patientExists(PatientId patient) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM patient WHERE id = :id)")
                .param("id", patient.value()).query(Boolean.class).single();
    }

    /**
     * Inserts the appointment unless an exclusion constraint refuses it. {@code ON CONFLICT DO NOTHING} honours
     * exclusion constraints and waits for a concurrent insert of an overlapping row to commit or roll back, where a
     * plain INSERT racing on a gist exclusion constraint can deadlock (see ADR 4).
     *
     * @return false when the time is taken; nothing was stored
     */
    boolean insertUnlessTaken(AppointmentId id, BookingRequest request, BookingCheck.Times times, boolean overbooked,
            String user, Instant now) {
        // the appointment and its first status change in one round trip
        int inserted = insert(jdbc.sql(BOOKED + """
                INSERT INTO appointment_status_change (appointment_id, status, changed_at, changed_by)
                SELECT id, 'BOOKED', :now, :user FROM booked"""), id, request, times, overbooked, user, now)
                .update();
        return inserted == 1;
    }

    /** What the statement of {@link #insertAudited} did. */
    sealed interface Insertion {

        /**
         * The appointment, its first status change and its audit entry are stored.
         *
         * @param patientOverlaps the patient's other active appointments at overlapping times, as they stood
         *     before the insert
         */
        record Stored(List<AppointmentId> patientOverlaps) implements Insertion {
            public Stored {
                patientOverlaps = List.copyOf(patientOverlaps);
            }
        }

        /** An exclusion constraint refused the time. */
        record TimeTaken() implements Insertion {}

        /** The set-up counter has moved on from the one the request was checked against. */
        record SetupChanged() implements Insertion {}

        /** The patient is not on file. */
        record PatientUnknown() implements Insertion {}
    }

    /**
     * {@link #insertUnlessTaken} (never overbooked) together with the audit entry that records it, in one statement
     * that commits on its own: outside any transaction, one round trip where a transaction takes three (ADR 18).
     * The statement stores nothing unless the patient is on file and, when the request was checked against the copy
     * of the set-up kept in memory, that copy is still the set-up (ADR 20). Only a stored appointment has its audit
     * entry stored.
     *
     * @param auditEntry the parameters of {@link #AUDITED}'s clause, from {@code AuditTrail.inStatement}
     * @param setupVersion the set-up counter of the copy the request was checked against; null when it was checked
     *     against facts read from the database a moment ago
     */
    Insertion insertAudited(AppointmentId id, BookingRequest request, BookingCheck.Times times, String user,
            Instant now, Map<String, Object> auditEntry, @Nullable Long setupVersion) {
        return insert(jdbc.sql(AUDITED), id, request, times, false, user, now).params(auditEntry)
                .param("setupVersion", setupVersion)
                .query((rs, row) -> {
                    if (rs.getBoolean(1)) {
                        return new Insertion.Stored(Arrays.stream((UUID[]) rs.getArray(4).getArray())
                                .map(AppointmentId::new).toList());
                    }
                    return !rs.getBoolean(2) ? new Insertion.SetupChanged()
                            : !rs.getBoolean(3) ? new Insertion.PatientUnknown()
                            : new Insertion.TimeTaken();
                })
                .single();
    }

    /** The columns an insert fills. */
    private static final String INSERTED_COLUMNS = """
            INSERT INTO appointment (id, patient_id, provider_id, location_id, room_id, appointment_type_id,
                during, status, status_changed_at, reason, overbooked, overbook_reason, outside_template,
                outside_template_reason, created_at, created_by, updated_at, updated_by)
            """;

    /** Their values, typed, so that they read the same after VALUES and after SELECT. */
    private static final String INSERTED_VALUES = """
            :id::uuid, :patient::uuid, :provider::uuid, :location::uuid, CAST(:room AS uuid), :type::uuid,
            tstzrange(:start::timestamptz, :end::timestamptz, '[)'), 'BOOKED', :now::timestamptz, CAST(:reason AS text),
            :overbooked::boolean, CAST(:overbookReason AS text), :outsideTemplate::boolean,
            CAST(:outsideTemplateReason AS text), :now::timestamptz, :user::text, :now::timestamptz, :user::text""";

    /** The insert, as the first clause of a statement whose other clauses read {@code booked}. */
    private static final String BOOKED = "WITH booked AS (\n" + INSERTED_COLUMNS + "VALUES (" + INSERTED_VALUES + """
            )
                ON CONFLICT DO NOTHING
                RETURNING id)
            """;

    /**
     * The guarded insert with its status change and audit entry (ADR 18, 20). The patient's overlapping
     * appointments are read in the statement's snapshot, which the insert's own row is not part of.
     */
    private static final String AUDITED = """
            WITH guard AS (
                SELECT coalesce(v.version = CAST(:setupVersion AS bigint), true) AS setup_current,
                    EXISTS (SELECT 1 FROM patient WHERE id = :patient::uuid) AS patient_known
                FROM schedule_setup_version v),
            booked AS (
            """ + INSERTED_COLUMNS + "SELECT " + INSERTED_VALUES + """

                FROM guard WHERE setup_current AND patient_known
                ON CONFLICT DO NOTHING
                RETURNING id),
            history AS (
                INSERT INTO appointment_status_change (appointment_id, status, changed_at, changed_by)
                SELECT id, 'BOOKED', :now, :user FROM booked),
            """ + AuditTrail.pendingClause("EXISTS (SELECT 1 FROM booked)") + """

            SELECT EXISTS (SELECT 1 FROM booked), g.setup_current, g.patient_known,
                CASE WHEN EXISTS (SELECT 1 FROM booked) THEN ARRAY(
                    SELECT o.id FROM appointment o
                    WHERE o.patient_id = :patient::uuid
                        AND o.during && tstzrange(:start::timestamptz, :end::timestamptz, '[)')
                        AND o.status IN """ + ACTIVE + """
             ORDER BY lower(o.during)) END
            FROM guard g""";

    private static JdbcClient.StatementSpec insert(JdbcClient.StatementSpec statement, AppointmentId id,
            BookingRequest request, BookingCheck.Times times, boolean overbooked, String user, Instant now) {
        return statement
                .param("id", id.value())
                .param("patient", request.patient().value())
                .param("provider", request.provider().value())
                .param("location", request.location().value())
                .param("room", request.room() == null ? null : request.room().value())
                .param("type", request.type().value())
                .param("start", utc(times.start()))
                .param("end", utc(times.end()))
                .param("now", utc(now))
                .param("reason", request.reason())
                .param("overbooked", overbooked)
                .param("overbookReason", overbooked ? request.overbookReason() : null)
                .param("outsideTemplate", times.outsideTemplate())
                .param("outsideTemplateReason", times.outsideTemplate() ? request.outsideTemplateReason() : null)
                .param("user", user);
    }

    /**
     * The appointment that {@link #insertUnlessTaken} stored with these arguments, as {@link #find} would read it
     * back: a booking spares itself the read (ADR 14). Keep the two in step.
     */
    static Appointment inserted(AppointmentId id, BookingRequest request, BookingCheck.Times times,
            boolean overbooked, Instant now) {
        return new Appointment(id, request.patient(), request.provider(), request.location(), request.room(),
                request.type(), times.start(), times.end(), AppointmentStatus.BOOKED, request.reason(), overbooked,
                overbooked ? request.overbookReason() : null, null, null, null, 0,
                Map.of(AppointmentStatus.BOOKED, now), times.outsideTemplate(),
                times.outsideTemplate() ? request.outsideTemplateReason() : null);
    }

    /** The active, not overbooked appointments that hold the provider's or the room's time in [start, end). */
    List<Clash> clashes(ProviderId provider, @Nullable RoomId room, Instant start, Instant end) {
        return jdbc.sql("SELECT id, lower(during), upper(during), provider_id = :provider,"
                        + " coalesce(room_id = :room, false) FROM appointment"
                        + " WHERE status IN " + ACTIVE + " AND NOT overbooked"
                        + " AND during && tstzrange(:start::timestamptz, :end::timestamptz, '[)')"
                        + " AND (provider_id = :provider OR room_id = :room) ORDER BY lower(during)")
                .param("provider", provider.value())
                .param("room", room == null ? null : room.value())
                .param("start", utc(start))
                .param("end", utc(end))
                .query((rs, row) -> clashes(rs, 1))
                .list().stream().flatMap(List::stream).toList();
    }

    /**
     * The clashes of one appointment, from five columns starting at {@code first}: its id, start and end, whether
     * it holds the provider and whether it holds the room.
     */
    static List<Clash> clashes(ResultSet rs, int first) throws SQLException {
        var id = new AppointmentId(rs.getObject(first, UUID.class));
        var from = instant(rs, first + 1);
        var to = instant(rs, first + 2);
        var found = new ArrayList<Clash>();
        if (rs.getBoolean(first + 3)) {
            found.add(new Clash(Clash.Kind.PROVIDER, id, from, to));
        }
        if (rs.getBoolean(first + 4)) {
            found.add(new Clash(Clash.Kind.ROOM, id, from, to));
        }
        return found;
    }

    /** The patient's other active appointments that overlap [start, end). */
    List<Appointment> patientOverlaps(PatientId patient, Instant start, Instant end, AppointmentId except) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appointment a WHERE a.patient_id = :patient"
                        + " AND a.during && tstzrange(:start::timestamptz, :end::timestamptz, '[)')"
                        + " AND a.status IN " + ACTIVE
                        + " AND a.id <> :except ORDER BY lower(a.during)")
                .param("patient", patient.value())
                .param("start", utc(start))
                .param("end", utc(end))
                .param("except", except.value())
                .query(AppointmentRepository::appointment)
                .list();
    }

    Optional<Appointment> find(AppointmentId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appointment a WHERE a.id = :id")
                .param("id", id.value())
                .query(AppointmentRepository::appointment)
                .optional();
    }

    /**
     * Moves the appointment to {@code status} if it is still at {@code expectedVersion}.
     *
     * @return false when someone else changed it first; nothing was written
     */
    boolean changeStatus(AppointmentId id, int expectedVersion, AppointmentStatus status, String user, Instant now,
            @Nullable CancelledBy cancelledBy, @Nullable String cancellationReason,
            @Nullable AppointmentId rescheduledTo) {
        int updated = jdbc.sql("""
                UPDATE appointment SET status = :status, status_changed_at = :now, version = version + 1,
                    cancelled_by = :cancelledBy, cancellation_reason = :cancellationReason,
                    rescheduled_to = :rescheduledTo, updated_at = :now, updated_by = :user
                WHERE id = :id AND version = :version""")
                .param("status", status.name())
                .param("now", utc(now))
                .param("cancelledBy", cancelledBy == null ? null : cancelledBy.name())
                .param("cancellationReason", cancellationReason)
                .param("rescheduledTo", rescheduledTo == null ? null : rescheduledTo.value())
                .param("user", user)
                .param("id", id.value())
                .param("version", expectedVersion)
                .update();
        // whatever the status, the time it holds is the database's to tell from now on (ADR 17)
        inFlight.forget(id);
        if (updated == 1) {
            recordStatus(id, status, user, now);
        }
        return updated == 1;
    }

    private void recordStatus(AppointmentId id, AppointmentStatus status, String user, Instant now) {
        jdbc.sql("INSERT INTO appointment_status_change (appointment_id, status, changed_at, changed_by)"
                        + " VALUES (:id, :status, :now, :user)")
                .param("id", id.value()).param("status", status.name()).param("now", utc(now)).param("user", user)
                .update();
    }

    static Appointment appointment(ResultSet rs, int row) throws SQLException {
        var reached = new EnumMap<AppointmentStatus, Instant>(AppointmentStatus.class);
        var statuses = (String[]) rs.getArray("reached").getArray();
        var times = (Timestamp[]) rs.getArray("reached_at").getArray();
        for (int i = 0; i < statuses.length; i++) {
            reached.put(AppointmentStatus.valueOf(statuses[i]), times[i].toInstant());
        }
        var cancelledBy = rs.getString("cancelled_by");
        var rescheduledTo = rs.getObject("rescheduled_to", UUID.class);
        var room = rs.getObject("room_id", UUID.class);
        return new Appointment(
                new AppointmentId(rs.getObject("id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                new LocationId(rs.getObject("location_id", UUID.class)),
                room == null ? null : new RoomId(room),
                new AppointmentTypeId(rs.getObject("appointment_type_id", UUID.class)),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                AppointmentStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getBoolean("overbooked"),
                rs.getString("overbook_reason"),
                cancelledBy == null ? null : CancelledBy.valueOf(cancelledBy),
                rs.getString("cancellation_reason"),
                rescheduledTo == null ? null : new AppointmentId(rescheduledTo),
                rs.getInt("version"),
                reached,
                rs.getBoolean("outside_template"),
                rs.getString("outside_template_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
