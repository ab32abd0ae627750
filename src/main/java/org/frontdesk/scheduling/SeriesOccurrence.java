package org.frontdesk.scheduling;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One occurrence of a series, as the rule placed it and as it stands now.
 *
 * @param number 1 for the first occurrence
 * @param plannedStart where the rule puts it (the location's wall-clock time on that date)
 * @param appointment the appointment that holds it now (after any reschedule), or null when it was never booked
 * @param clash why it was not booked, when it was not; never patient data
 * @param ended after "cancel this and following": the series no longer runs to this occurrence
 * @param alternatives for an {@link #open} occurrence, the nearest free times to book it at instead (see
 *     {@link FreeSlots#nearest}); empty otherwise
 */
public record SeriesOccurrence(int number, Instant plannedStart, @Nullable Appointment appointment,
        @Nullable String clash, boolean ended, List<FreeSlot> alternatives) {

    public SeriesOccurrence {
        alternatives = List.copyOf(alternatives);
    }

    SeriesOccurrence offering(List<FreeSlot> slots) {
        return new SeriesOccurrence(number, plannedStart, appointment, clash, ended, slots);
    }

    public boolean booked() {
        return appointment != null;
    }

    /** Whether the front desk may still book an alternative for it: never booked, and the series still runs. */
    public boolean open() {
        return appointment == null && !ended;
    }

    /** Booked and still holding time, so that it may be cancelled or moved. */
    public boolean active() {
        return appointment != null && (appointment.status() == AppointmentStatus.BOOKED
                || appointment.status() == AppointmentStatus.CONFIRMED);
    }
}
