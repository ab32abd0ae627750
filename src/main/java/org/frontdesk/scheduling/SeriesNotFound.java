package org.frontdesk.scheduling;

public class SeriesNotFound extends RuntimeException {

    public SeriesNotFound(SeriesId id) {
        super("No appointment series " + id);
    }
}
