package org.frontdesk.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * Freed time offered to staff for one wait list entry, at a rank among the entries the time fits (1 = first in
 * priority order). Staff book it through {@link WaitList#book}; it is never booked by itself.
 *
 * @param freedBy the cancelled, no-show or rescheduled appointment whose time was freed
 * @param time the freed start, for the entry's type's length
 * @param room the freed appointment's room, when it is free for the offered time too; null otherwise
 * @param timeStillFree false when the provider's time was booked meanwhile by other means
 * @param patientName null when the patient record could not be read
 */
public record WaitListOffer(
        WaitListOfferId id,
        WaitListEntryId entry,
        PatientId patient,
        @Nullable String patientName,
        WaitListPriority priority,
        AppointmentTypeId type,
        String typeName,
        ProviderId provider,
        String providerName,
        LocationId location,
        String locationName,
        @Nullable RoomId room,
        @Nullable String roomName,
        ZoneId zone,
        TimeRange time,
        int rank,
        Status status,
        boolean timeStillFree,
        AppointmentId freedBy,
        Instant createdAt) {

    public enum Status {
        /** Can be booked. */
        OPEN,
        /** Booked: the patient has the time. */
        TAKEN,
        /** Another patient got the time, or the entry was booked or removed. */
        GONE
    }

    public boolean bookable() {
        return status == Status.OPEN && timeStillFree;
    }
}
