package org.frontdesk.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * One appointment of the day as the front desk follows it: who, with whom, where, and when each step of the visit
 * happened. Read by {@link FlowBoard}; changed only through {@link Appointments}, which wants {@link #version()}.
 *
 * @param patientName "Family, Given", or null if the patient could not be read
 * @param zone the location's zone, in which the office reads the times
 * @param arrivedAt when the patient was checked in
 * @param roomedAt when the patient was taken to an exam room
 * @param visitStartedAt when the provider started the visit
 */
public record Visit(
        AppointmentId id,
        int version,
        AppointmentStatus status,
        PatientId patient,
        @Nullable String patientName,
        @Nullable LocalDate birthDate,
        ProviderSummary provider,
        String type,
        String typeColour,
        boolean telemedicine,
        @Nullable String room,
        LocationId location,
        String locationName,
        ZoneId zone,
        Instant start,
        Instant end,
        @Nullable String reason,
        boolean overbooked,
        @Nullable Instant arrivedAt,
        @Nullable Instant roomedAt,
        @Nullable Instant visitStartedAt,
        @Nullable Instant checkedOutAt) {

    /** How long a patient may wait after arriving before the board shows it as a long wait. */
    public static final Duration LONG_WAIT = Duration.ofMinutes(15);

    /** How long a patient may wait after arriving before the board shows the wait as overdue. */
    public static final Duration OVERDUE_WAIT = Duration.ofMinutes(30);

    /**
     * The patient's wait: from check-in until the provider starts the visit (time in an exam room counts, since the
     * patient is still waiting for the provider); still running at {@code now} while the visit has not started.
     */
    public Optional<Duration> waited(Instant now) {
        if (arrivedAt == null) {
            return Optional.empty();
        }
        var until = visitStartedAt != null ? visitStartedAt : now;
        return Optional.of(until.isBefore(arrivedAt) ? Duration.ZERO : Duration.between(arrivedAt, until));
    }

    /** Still waiting, so the wait grows. */
    public boolean waiting() {
        return arrivedAt != null && visitStartedAt == null
                && (status == AppointmentStatus.ARRIVED || status == AppointmentStatus.IN_ROOM);
    }

    /** Expected but not here: the start has passed and the patient has not been checked in. */
    public boolean late(Instant now) {
        return (status == AppointmentStatus.BOOKED || status == AppointmentStatus.CONFIRMED) && start.isBefore(now);
    }
}
