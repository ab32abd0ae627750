package org.frontdesk.scheduling;

/** Someone else changed the appointment after the caller read it; nothing was written. */
public class AppointmentChangedSinceRead extends RuntimeException {

    private final int currentVersion;

    public AppointmentChangedSinceRead(AppointmentId id, int currentVersion) {
        super("Appointment " + id + " was changed by someone else (now version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
