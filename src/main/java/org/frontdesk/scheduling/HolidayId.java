package org.frontdesk.scheduling;

import java.util.Objects;
import java.util.UUID;

/** A practice holiday's identifier. */
public record HolidayId(UUID value) {

    public HolidayId {
        Objects.requireNonNull(value, "value");
    }

    public static HolidayId random() {
        return new HolidayId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
