package org.frontdesk.scheduling.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontdesk.scheduling.Alternative;
import org.frontdesk.scheduling.AppointmentId;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.Displaced;
import org.frontdesk.scheduling.MoveChoice;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.RoomId;
import org.jspecify.annotations.Nullable;

/**
 * One displaced appointment as the conflict assistant's page shows it: who, when, why, and the radio buttons to
 * choose its new time (the first proposal chosen, "leave it" last). A choice's value carries ids and an instant
 * only, never patient data: {@code provider|start|room}.
 */
record ConflictRow(String appointment, int version, String patientName, String mrn, String when, String type,
        String why, List<Choice> choices, boolean refused) {

    /** The value of "leave it where it is": the appointment is not moved, and the office calls the patient. */
    static final String KEEP = "keep";

    /** @param sameProvider false when the proposal is with another provider, which the page points out */
    record Choice(String id, String value, String label, boolean chosen, boolean sameProvider) {}

    static ConflictRow of(Displaced displaced, CalendarSetup setup, @Nullable AppointmentId refused) {
        var entry = displaced.appointment();
        var zone = setup.location(entry.location()).map(CalendarSetup.Location::zone)
                .orElseThrow(() -> new IllegalStateException("appointment at an unknown location"));
        var choices = new ArrayList<Choice>();
        var alternatives = displaced.alternatives();
        // booked outside the template on purpose (with OVERBOOK and a reason): moving it is a decision, not a default
        boolean leave = alternatives.isEmpty() || displaced.misfit().bookedOutsideTemplate();
        for (int i = 0; i < alternatives.size(); i++) {
            var alternative = alternatives.get(i);
            boolean same = alternative.provider().equals(entry.provider());
            choices.add(new Choice("move-" + entry.id() + "-" + i, value(alternative),
                    Times.dayAndRange(alternative.time().start(), alternative.time().end(), zone)
                            + (same ? "" : " with " + providerName(setup, alternative.provider()))
                            + (alternative.room() == null ? "" : " · " + roomName(setup, alternative.room())),
                    i == 0 && !leave, same));
        }
        choices.add(new Choice("move-" + entry.id() + "-keep", KEEP,
                alternatives.isEmpty() ? "No free time nearby: leave it and move it by hand"
                        : "Leave it where it is (call the patient)", leave, true));
        var type = setup.type(entry.type()).map(CalendarSetup.AppointmentType::name).orElse("");
        return new ConflictRow(entry.id().toString(), entry.version(), entry.patientName(), entry.mrn(),
                Times.dayAndRange(entry.start(), entry.end(), zone), type, displaced.misfit().message()
                        + (displaced.misfit().bookedOutsideTemplate() ? " It was booked outside the working time on"
                                + " purpose, so it stays unless you choose a new time." : ""),
                List.copyOf(choices), entry.id().equals(refused));
    }

    /** The move the form sent for one appointment (not {@link #KEEP}); empty when the value is malformed. */
    static Optional<MoveChoice> parse(AppointmentId appointment, int version, String value) {
        var parts = value.split("\\|", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        var provider = ScheduleInput.id(parts[0]).map(ProviderId::new);
        var room = parts[2].isEmpty() ? Optional.<RoomId>empty() : ScheduleInput.id(parts[2]).map(RoomId::new);
        Instant start;
        try {
            start = Instant.parse(parts[1]);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        if (provider.isEmpty() || !parts[2].isEmpty() && room.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MoveChoice(appointment, version, provider.get(), start, room.orElse(null)));
    }

    static String value(Alternative alternative) {
        return alternative.provider() + "|" + alternative.time().start() + "|"
                + (alternative.room() == null ? "" : alternative.room().toString());
    }

    private static String providerName(CalendarSetup setup, ProviderId provider) {
        return setup.provider(provider).map(CalendarSetup.Provider::displayName).orElse("another provider");
    }

    private static String roomName(CalendarSetup setup, RoomId room) {
        return setup.room(room).map(CalendarSetup.Room::name).orElse("room");
    }
}
