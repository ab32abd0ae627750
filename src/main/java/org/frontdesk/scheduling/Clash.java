package org.frontdesk.scheduling;

import java.time.Instant;

/** An appointment that holds the provider's or the room's time that a booking wanted. */
public record Clash(Kind kind, AppointmentId appointment, Instant start, Instant end) {

    public enum Kind {
        PROVIDER,
        ROOM
    }
}
