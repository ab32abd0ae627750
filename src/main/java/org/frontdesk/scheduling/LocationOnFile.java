package org.frontdesk.scheduling;

import java.util.List;

/** A location with its rooms, as the set-up pages show and edit them. */
public record LocationOnFile(LocationId id, LocationDetails details, List<RoomOnFile> rooms) {

    public LocationOnFile {
        rooms = List.copyOf(rooms);
    }
}
