package org.frontdesk.scheduling;

import java.util.Objects;
import java.util.UUID;

/** An appointment's identifier; stable for its whole life, also after it was rescheduled (the replacement gets a new one). */
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
