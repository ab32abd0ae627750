package org.frontdesk.scheduling;

import java.util.Objects;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * What the front desk asks for when booking a series: one patient with one provider, type and location (and
 * optionally a room), repeating as the {@link Recurrence} says. Each occurrence is booked for the type's default
 * length, within the provider's template; there is no overbooking of a whole series.
 */
public record SeriesRequest(PatientId patient, ProviderId provider, LocationId location, @Nullable RoomId room,
        AppointmentTypeId type, @Nullable String reason, Recurrence recurrence) {

    public SeriesRequest {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recurrence, "recurrence");
    }
}
