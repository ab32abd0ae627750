package org.frontdesk.scheduling;

import java.util.Objects;
import java.util.UUID;

/** An appointment type's internal identifier. */
public record AppointmentTypeId(UUID value) {

    public AppointmentTypeId {
        Objects.requireNonNull(value, "value");
    }

    public static AppointmentTypeId random() {
        return new AppointmentTypeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
