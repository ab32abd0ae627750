package org.frontdesk.scheduling;

import java.time.Duration;
import java.time.Instant;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * An appointment as a calendar shows it: the appointment's own facts and the patient's filing name and MRN, read
 * together in one query. The name and the reason are PHI: they go into page bodies only, never into URLs or logs.
 *
 * @param statusChangedAt when the appointment reached {@code status}
 */
public record CalendarEntry(
        AppointmentId id,
        int version,
        PatientId patient,
        String patientName,
        String mrn,
        ProviderId provider,
        LocationId location,
        @Nullable RoomId room,
        AppointmentTypeId type,
        Instant start,
        Instant end,
        AppointmentStatus status,
        Instant statusChangedAt,
        boolean overbooked,
        @Nullable String reason,
        @Nullable String overbookReason) {

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Booked or confirmed: the patient has not come yet, so the front desk may still move it. */
    public boolean movable() {
        return status.mayMoveTo(AppointmentStatus.RESCHEDULED);
    }
}
