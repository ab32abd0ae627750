package org.frontdesk.scheduling;

/** No location has this id. */
public class LocationNotFound extends RuntimeException {

    public LocationNotFound(LocationId id) {
        super("No location " + id);
    }
}
