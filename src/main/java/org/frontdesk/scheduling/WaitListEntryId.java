package org.frontdesk.scheduling;

import java.util.Objects;
import java.util.UUID;

/** A wait list entry's identifier. */
public record WaitListEntryId(UUID value) {

    public WaitListEntryId {
        Objects.requireNonNull(value, "value");
    }

    public static WaitListEntryId random() {
        return new WaitListEntryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
