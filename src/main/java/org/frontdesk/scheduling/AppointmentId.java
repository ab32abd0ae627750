package org.frontdesk.scheduling;

import java.util.Objects;
import java.util.UUID;

/** An appointment's identifier; a rescheduled appointment keeps it and its replacement gets a new one. */
public record AppointmentId(UUID value) {

    public AppointmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AppointmentId random() {
        return new AppointmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
