package org.frontdesk.scheduling;

import java.time.LocalTime;

/** When in the day a patient can come, as the office asks it: "mornings or afternoons?". */
public enum PartOfDay {
    ANY,
    /** Starts before noon, local time at the location. */
    MORNING,
    /** Starts at noon or later, local time at the location. */
    AFTERNOON;

    private static final LocalTime NOON = LocalTime.NOON;

    boolean includes(LocalTime start) {
        return switch (this) {
            case ANY -> true;
            case MORNING -> start.isBefore(NOON);
            case AFTERNOON -> !start.isBefore(NOON);
        };
    }
}
