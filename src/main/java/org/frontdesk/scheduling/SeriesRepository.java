package org.frontdesk.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Series rows and their occurrences; the appointments themselves are {@link AppointmentRepository}'s. */
@Repository
class SeriesRepository {

    private final JdbcClient jdbc;

    SeriesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SeriesId id, SeriesRequest request, String user, Instant now) {
        var rule = request.recurrence();
        jdbc.sql("""
                INSERT INTO appointment_series (id, patient_id, provider_id, location_id, room_id,
                    appointment_type_id, first_date, local_start, repeat_every, repeat_unit, occurrences, until_date,
                    reason, created_at, created_by, updated_at, updated_by)
                VALUES (:id, :patient, :provider, :location, :room, :type, :first, :start, :every, :unit, :count,
                    :until, :reason, :now, :user, :now, :user)""")
                .param("id", id.value())
                .param("patient", request.patient().value())
                .param("provider", request.provider().value())
                .param("location", request.location().value())
                .param("room", request.room() == null ? null : request.room().value())
                .param("type", request.type().value())
                .param("first", rule.firstDate())
                .param("start", rule.startTime())
                .param("every", rule.every())
                .param("unit", rule.unit().name())
                .param("count", rule.count())
                .param("until", rule.until())
                .param("reason", request.reason())
                .param("now", utc(now))
                .param("user", user)
                .update();
    }

    void insertOccurrence(SeriesId series, int number, Instant plannedStart, @Nullable AppointmentId appointment,
            @Nullable String clash) {
        jdbc.sql("INSERT INTO series_occurrence (series_id, number, planned_start, appointment_id, clash)"
                        + " VALUES (:series, :number, :planned, :appointment, :clash)")
                .param("series", series.value())
                .param("number", number)
                .param("planned", utc(plannedStart))
                .param("appointment", appointment == null ? null : appointment.value())
                .param("clash", clash)
                .update();
    }

    /** @return false when the occurrence was booked meanwhile (by another clerk); nothing was written */
    boolean bookOccurrence(SeriesId series, int number, AppointmentId appointment) {
        return jdbc.sql("UPDATE series_occurrence SET appointment_id = :appointment"
                        + " WHERE series_id = :series AND number = :number AND appointment_id IS NULL")
                .param("series", series.value()).param("number", number).param("appointment", appointment.value())
                .update() == 1;
    }

    /** Ends the rule before occurrence {@code number}, unless it already ends earlier. */
    void endBefore(SeriesId series, int number, String user, Instant now) {
        jdbc.sql("UPDATE appointment_series SET ended_before = least(coalesce(ended_before, :number), :number),"
                        + " updated_at = :now, updated_by = :user WHERE id = :id")
                .param("id", series.value()).param("number", number).param("now", utc(now)).param("user", user)
                .update();
    }

    /** The series with each occurrence's current appointment (the end of its chain of reschedules). */
    Optional<AppointmentSeries> find(SeriesId id, boolean forChange) {
        // a change locks the row, so that two clerks ending or adding to one series take turns
        var header = jdbc.sql("SELECT * FROM appointment_series WHERE id = :id" + (forChange ? " FOR UPDATE" : ""))
                .param("id", id.value()).query((rs, n) -> header(rs)).optional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        var current = new HashMap<Integer, Appointment>();
        jdbc.sql("WITH RECURSIVE chain (number, appointment_id) AS ("
                        + " SELECT number, appointment_id FROM series_occurrence"
                        + " WHERE series_id = :id AND appointment_id IS NOT NULL"
                        + " UNION ALL SELECT c.number, a.rescheduled_to FROM chain c"
                        + " JOIN appointment a ON a.id = c.appointment_id WHERE a.rescheduled_to IS NOT NULL)"
                        + " SELECT c.number, " + AppointmentRepository.COLUMNS
                        + " FROM chain c JOIN appointment a ON a.id = c.appointment_id"
                        + " WHERE a.rescheduled_to IS NULL")
                .param("id", id.value())
                .query((ResultSet rs) -> {
                    current.put(rs.getInt("number"), AppointmentRepository.appointment(rs, 0));
                });
        var h = header.get();
        var ended = h.endedBefore();
        var occurrences = jdbc.sql("SELECT number, planned_start, clash FROM series_occurrence"
                        + " WHERE series_id = :id ORDER BY number")
                .param("id", id.value())
                .query((rs, n) -> {
                    int number = rs.getInt("number");
                    return new SeriesOccurrence(number, rs.getObject("planned_start", OffsetDateTime.class).toInstant(),
                            current.get(number), rs.getString("clash"), ended != null && number >= ended,
                            List.of());
                })
                .list();
        return Optional.of(new AppointmentSeries(h.id(), h.patient(), h.provider(), h.location(), h.room(), h.type(),
                h.reason(), h.recurrence(), ended, occurrences));
    }

    /** The series the appointment belongs to, directly or as the replacement of one that was rescheduled. */
    Optional<SeriesId> seriesOf(AppointmentId appointment) {
        return jdbc.sql("WITH RECURSIVE earlier (id) AS (SELECT CAST(:id AS uuid)"
                        + " UNION ALL SELECT a.id FROM appointment a JOIN earlier e ON a.rescheduled_to = e.id)"
                        + " SELECT o.series_id FROM series_occurrence o JOIN earlier e ON o.appointment_id = e.id")
                .param("id", appointment.value())
                .query((rs, n) -> new SeriesId(rs.getObject(1, UUID.class)))
                .optional();
    }

    private static AppointmentSeries header(ResultSet rs) throws SQLException {
        var room = rs.getObject("room_id", UUID.class);
        var count = rs.getObject("occurrences", Integer.class);
        var until = rs.getObject("until_date", LocalDate.class);
        var recurrence = new Recurrence(rs.getObject("first_date", LocalDate.class),
                rs.getObject("local_start", LocalTime.class), rs.getInt("repeat_every"),
                Recurrence.Unit.valueOf(rs.getString("repeat_unit")), count, until);
        return new AppointmentSeries(new SeriesId(rs.getObject("id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)),
                new LocationId(rs.getObject("location_id", UUID.class)), room == null ? null : new RoomId(room),
                new AppointmentTypeId(rs.getObject("appointment_type_id", UUID.class)), rs.getString("reason"),
                recurrence, rs.getObject("ended_before", Integer.class), List.of());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
