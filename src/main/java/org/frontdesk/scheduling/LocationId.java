package org.frontdesk.scheduling;

import java.util.Objects;
import java.util.UUID;

/** A practice location's internal identifier. */
public record LocationId(UUID value) {

    public LocationId {
        Objects.requireNonNull(value, "value");
    }

    public static LocationId random() {
        return new LocationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
