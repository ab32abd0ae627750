package org.frontdesk.scheduling;

import java.util.Objects;

/** An exam room (or other bookable resource) at a location. */
public record Room(RoomId id, LocationId location, String name) {

    public Room {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(name, "name");
    }
}
