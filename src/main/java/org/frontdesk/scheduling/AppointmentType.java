package org.frontdesk.scheduling;

import java.util.Objects;

/** A kind of visit the practice books, e.g. "New patient, 45 minutes". */
public record AppointmentType(AppointmentTypeId id, String name, int defaultMinutes, String colour,
        boolean telemedicine) {

    public AppointmentType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
