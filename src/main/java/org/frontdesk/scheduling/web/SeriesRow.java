package org.frontdesk.scheduling.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.CancelledBy;
import org.frontdesk.scheduling.FreeSlot;
import org.frontdesk.scheduling.SeriesOccurrence;
import org.jspecify.annotations.Nullable;

/**
 * One line of the series page: an occurrence as the front desk reads it.
 *
 * @param status the appointment's status label, "Not booked" for a clash, "Series ended" after "this and following"
 * @param clash why a clash was not booked, or who cancelled an occurrence and why
 * @param version the appointment's version, for the cancel buttons; 0 when there is none
 */
record SeriesRow(int number, String when, String status, String statusCss, @Nullable String clash, int version,
        boolean mayCancel, List<Alternative> alternatives, @Nullable String dayLink) {

    /** A free time to book a clashing occurrence at; {@code start} is an ISO-8601 instant. */
    record Alternative(String label, String provider, String location, String start) {}

    static SeriesRow of(SeriesOccurrence occurrence, CalendarSetup setup, ZoneId zone, boolean mayWrite) {
        var appointment = occurrence.appointment();
        if (appointment != null) {
            return new SeriesRow(occurrence.number(), Times.dayAndRange(appointment.start(), appointment.end(), zone),
                    Statuses.label(appointment.status()), Statuses.css(appointment.status()), cancelled(appointment),
                    appointment.version(), mayWrite && occurrence.active(), List.of(),
                    "/schedule/day?date=" + appointment.start().atZone(zone).toLocalDate() + "&location="
                            + appointment.location());
        }
        var when = Times.dayAndTime(occurrence.plannedStart(), zone);
        if (occurrence.ended()) {
            return new SeriesRow(occurrence.number(), when, "Series ended", "cancelled", occurrence.clash(), 0, false,
                    List.of(), null);
        }
        return new SeriesRow(occurrence.number(), when, "Not booked", "clash", occurrence.clash(), 0, false,
                mayWrite ? occurrence.alternatives().stream().map(slot -> alternative(slot, setup)).toList()
                        : List.of(), null);
    }

    /** Who called a cancelled occurrence off and why, kept with the series. */
    private static @Nullable String cancelled(Appointment appointment) {
        if (appointment.cancelledBy() == null) {
            return null;
        }
        return (appointment.cancelledBy() == CancelledBy.PATIENT ? "By the patient: " : "By the office: ")
                + appointment.cancellationReason();
    }

    private static Alternative alternative(FreeSlot slot, CalendarSetup setup) {
        var who = setup.provider(slot.provider()).map(CalendarSetup.Provider::displayName).orElse("another provider");
        var label = Times.dayAndRange(slot.time().start(), slot.time().end(), slot.zone()) + " · " + who;
        return new Alternative(label, slot.provider().toString(), slot.location().toString(), iso(slot.time().start()));
    }

    private static String iso(Instant instant) {
        return instant.toString();
    }
}
