package org.frontdesk.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * A patient's appointment with a provider, as stored. Changes go through {@link Appointments}, which guards the
 * lifecycle with {@link AppointmentStatus#moveTo}.
 *
 * @param statusTimes when each status reached so far was reached
 * @param rescheduledTo the appointment that replaced this one, when {@link AppointmentStatus#RESCHEDULED}
 * @param outsideTemplate booked outside the provider's template on purpose, with {@code outsideTemplateReason}
 */
public record Appointment(
        AppointmentId id,
        PatientId patient,
        ProviderId provider,
        LocationId location,
        @Nullable RoomId room,
        AppointmentTypeId type,
        Instant start,
        Instant end,
        AppointmentStatus status,
        @Nullable String reason,
        boolean overbooked,
        @Nullable String overbookReason,
        @Nullable CancelledBy cancelledBy,
        @Nullable String cancellationReason,
        @Nullable AppointmentId rescheduledTo,
        int version,
        Map<AppointmentStatus, Instant> statusTimes,
        boolean outsideTemplate,
        @Nullable String outsideTemplateReason) {

    public Appointment {
        statusTimes = Map.copyOf(statusTimes);
    }

    /** An appointment booked within the provider's template. */
    public Appointment(AppointmentId id, PatientId patient, ProviderId provider, LocationId location,
            @Nullable RoomId room, AppointmentTypeId type, Instant start, Instant end, AppointmentStatus status,
            @Nullable String reason, boolean overbooked, @Nullable String overbookReason,
            @Nullable CancelledBy cancelledBy, @Nullable String cancellationReason,
            @Nullable AppointmentId rescheduledTo, int version, Map<AppointmentStatus, Instant> statusTimes) {
        this(id, patient, provider, location, room, type, start, end, status, reason, overbooked, overbookReason,
                cancelledBy, cancellationReason, rescheduledTo, version, statusTimes, false, null);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public Optional<Instant> reached(AppointmentStatus status) {
        return Optional.ofNullable(statusTimes.get(status));
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
