package org.frontdesk.scheduling.web;

import java.util.Locale;
import org.frontdesk.scheduling.AppointmentStatus;

/** How the calendar names and marks each appointment status. */
final class Statuses {

    private Statuses() {}

    static String label(AppointmentStatus status) {
        return switch (status) {
            case BOOKED -> "Booked";
            case CONFIRMED -> "Confirmed";
            case ARRIVED -> "Arrived";
            case IN_ROOM -> "In room";
            case WITH_PROVIDER -> "With provider";
            case CHECKED_OUT -> "Checked out";
            case CANCELLED -> "Cancelled";
            case NO_SHOW -> "No-show";
            case RESCHEDULED -> "Rescheduled";
        };
    }

    /** The CSS class suffix: {@code status-in-room}. */
    static String css(AppointmentStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
