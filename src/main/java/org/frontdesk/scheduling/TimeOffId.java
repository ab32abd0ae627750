package org.frontdesk.scheduling;

import java.util.Objects;
import java.util.UUID;

/** An exception's identifier (see {@link TimeOff}). */
public record TimeOffId(UUID value) {

    public TimeOffId {
        Objects.requireNonNull(value, "value");
    }

    public static TimeOffId random() {
        return new TimeOffId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
