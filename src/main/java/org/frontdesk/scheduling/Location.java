package org.frontdesk.scheduling;

import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A practice location; its time zone decides what "9 am" and "today" mean for the appointments there. */
public record Location(
        LocationId id,
        String name,
        @Nullable String addressLine1,
        @Nullable String addressLine2,
        @Nullable String city,
        @Nullable String state,
        @Nullable String postalCode,
        ZoneId zone) {

    public Location {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
    }
}
