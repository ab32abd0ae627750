package org.frontdesk.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * A patient waiting for earlier or specific time, as stored. Changes go through {@link WaitList}.
 *
 * @param removalReason why staff took the entry off the list, when {@link Status#REMOVED}
 * @param bookedAppointment the appointment booked from an offer, when {@link Status#BOOKED}
 */
public record WaitListEntry(
        WaitListEntryId id,
        PatientId patient,
        AppointmentTypeId type,
        @Nullable ProviderId provider,
        @Nullable LocationId location,
        LocalDate earliest,
        LocalDate latest,
        Set<DayOfWeek> days,
        PartOfDay partOfDay,
        WaitListPriority priority,
        @Nullable String note,
        Status status,
        @Nullable String removalReason,
        @Nullable AppointmentId bookedAppointment,
        Instant addedAt,
        String addedBy,
        int version) {

    public enum Status {
        /** Offered freed time that fits. */
        WAITING,
        /** Booked from an offer; offered nothing more. */
        BOOKED,
        /** Taken off the list by staff, with a reason. */
        REMOVED
    }

    public WaitListEntry {
        days = Set.copyOf(days);
    }

    public boolean waiting() {
        return status == Status.WAITING;
    }
}
