package org.frontdesk.scheduling;

public class AppointmentNotFound extends RuntimeException {

    public AppointmentNotFound(AppointmentId id) {
        super("No appointment " + id);
    }
}
