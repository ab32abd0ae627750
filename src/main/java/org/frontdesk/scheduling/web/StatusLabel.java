package org.frontdesk.scheduling.web;

import org.frontdesk.scheduling.AppointmentStatus;

/** The office's words for where a visit stands, as the board and the day sheet print them. */
final class StatusLabel {

    private StatusLabel() {}

    static String of(AppointmentStatus status) {
        return switch (status) {
            case BOOKED -> "Booked";
            case CONFIRMED -> "Confirmed";
            case ARRIVED -> "Checked in";
            case IN_ROOM -> "In room";
            case WITH_PROVIDER -> "With provider";
            case CHECKED_OUT -> "Checked out";
            case CANCELLED -> "Cancelled";
            case NO_SHOW -> "No-show";
            case RESCHEDULED -> "Rescheduled";
        };
    }

    /** A CSS class per status, for its colour on the board. */
    static String cssClass(AppointmentStatus status) {
        return "status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
