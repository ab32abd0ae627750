package org.frontdesk.scheduling.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.Booking;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.Clash;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.RoomId;
import org.jspecify.annotations.Nullable;

/**
 * Words for what holds the time: "Ana Ruiz, MD has an appointment 9:00–9:30 AM." Names the provider or the room,
 * never the other patient.
 */
final class ClashMessages {

    private ClashMessages() {}

    static List<String> of(Booking.Conflict conflict, ProviderId provider, @Nullable RoomId room, CalendarSetup setup,
            ZoneId zone) {
        return conflict.clashes().stream().map(clash -> of(clash, provider, room, setup, zone)).distinct().toList();
    }

    static String of(Clash clash, ProviderId provider, @Nullable RoomId room, CalendarSetup setup, ZoneId zone) {
        var when = Times.range(clash.start(), clash.end(), zone);
        return switch (clash.kind()) {
            case PROVIDER -> setup.provider(provider).map(CalendarSetup.Provider::displayName).orElse("The provider")
                    + " has an appointment " + when + ".";
            case ROOM -> (room == null ? Optional.<CalendarSetup.Room>empty() : setup.room(room))
                    .map(r -> r.name()).orElse("The room") + " is in use " + when + ".";
        };
    }

    /** The patient's other appointments at an overlapping time: a warning, the booking stands. */
    static List<String> overlaps(List<Appointment> overlaps, CalendarSetup setup, ZoneId zone) {
        return overlaps.stream().map(other -> Times.dayAndRange(other.start(), other.end(), zone) + " with "
                + setup.provider(other.provider()).map(CalendarSetup.Provider::displayName).orElse("another provider"))
                .toList();
    }
}
