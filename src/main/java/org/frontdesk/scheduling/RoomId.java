package org.frontdesk.scheduling;

import java.util.Objects;
import java.util.UUID;

/** An exam room's (or other bookable resource's) internal identifier. */
public record RoomId(UUID value) {

    public RoomId {
        Objects.requireNonNull(value, "value");
    }

    public static RoomId random() {
        return new RoomId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
