package org.frontdesk.scheduling.fhir;

import static org.frontdesk.scheduling.fhir.SchedulingProfile.FIELD_PATHS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.frontdesk.interop.OperationOutcomes.Issue;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.PracticeDirectory;
import org.frontdesk.scheduling.RoomId;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns a posted {@code Appointment} into a {@link BookingRequest}: tells rooms from locations, takes the
 * practitioner, location and start from the slots it references, and fills in the practitioner's default type and
 * location when the client named none. Everything else is checked by the booking
 * rules themselves, so FHIR and the staff pages refuse the same things.
 */
@Component
class BookingTranslation {

    private final PracticeDirectory directory;

    BookingTranslation(PracticeDirectory directory) {
        this.directory = directory;
    }

    /** @throws ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException listing every problem found */
    BookingRequest request(IncomingAppointment incoming, @Nullable String overbookReason) {
        var problems = new ArrayList<>(incoming.problems());
        if (incoming.status() != null && incoming.status() != AppointmentStatus.BOOKED) {
            problems.add(problem("Frontdesk books appointments directly: send status booked.", "Appointment.status"));
        }
        var patient = incoming.patient();
        var fromSlots = fromSlots(incoming, problems);
        var provider = incoming.provider() != null ? incoming.provider()
                : fromSlots == null ? null : fromSlots.schedule().provider();
        var start = fromSlots != null ? fromSlots.start() : incoming.start();
        if (patient == null && unreported(problems, "patient")) {
            problems.add(problem("Name the patient: a participant with actor Patient/<id>.", "patient"));
        }
        if (provider == null && unreported(problems, "provider")) {
            problems.add(problem("Name the practitioner: a participant with actor Practitioner/<id>.", "provider"));
        }
        if (start == null && unreported(problems, "start")) {
            problems.add(problem("Send the start.", "start"));
        }
        LocationId location = null;
        RoomId room = null;
        for (var place : incoming.places()) {
            var roomAt = directory.locationOfRoom(new RoomId(place));
            if (roomAt.isPresent()) {
                if (room != null) {
                    problems.add(problem("Name at most one room.", "room"));
                }
                room = new RoomId(place);
                location = location == null ? roomAt.get() : location;
            } else {
                if (location != null && room == null) {
                    problems.add(problem("Name at most one location.", "location"));
                }
                location = new LocationId(place);
            }
        }
        if (fromSlots != null) {
            var slotLocation = fromSlots.schedule().location();
            if (location != null && !location.equals(slotLocation)) {
                problems.add(problem("The location must be the slot's (or none).", "location"));
            }
            location = slotLocation;
        }
        AppointmentTypeId type = incoming.type();
        if (provider != null && (type == null || location == null)) {
            var defaults = directory.bookingDefaults(provider);
            if (defaults.isEmpty()) {
                problems.add(problem("Unknown or inactive provider.", "provider"));
            } else {
                if (type == null && unreported(problems, "type")) {
                    type = defaults.get().type();
                    if (type == null) {
                        problems.add(problem("The practitioner has no default appointment type: send appointmentType.",
                                "type"));
                    }
                }
                if (location == null) {
                    location = defaults.get().location();
                    if (location == null) {
                        problems.add(problem("Name the location: the practitioner has no default location and the"
                                + " practice has more than one.", "location"));
                    }
                }
            }
        }
        if (!problems.isEmpty() || patient == null || provider == null || location == null || type == null
                || start == null) {
            throw AppointmentRefusals.invalid(problems);
        }
        var request = new BookingRequest(patient, provider, location, room, type, start, incoming.end(),
                incoming.reason(), false, null);
        return overbookReason == null ? request : request.overbooking(overbookReason);
    }

    /**
     * The first slot, when the appointment references slots: they must belong to one schedule, and the practitioner
     * and start, when sent, must be the schedule's and the first slot's. Whether the time is still free is for the
     * booking to find out, as for any other booking (a taken slot is a 409 naming the clash).
     */
    private static @Nullable SlotId fromSlots(IncomingAppointment incoming, List<Issue> problems) {
        if (incoming.slots().isEmpty()) {
            return null;
        }
        var first = incoming.slots().stream().min(Comparator.comparing(SlotId::start)).orElseThrow();
        if (incoming.slots().stream().anyMatch(s -> !s.schedule().equals(first.schedule()))) {
            problems.add(problem("All slots must belong to one schedule.", "Appointment.slot"));
        }
        if (incoming.provider() != null && !incoming.provider().equals(first.schedule().provider())) {
            problems.add(problem("The practitioner must be the slot's (or none).", "provider"));
        }
        if (incoming.start() != null && !incoming.start().equals(first.start())) {
            problems.add(problem("The start must be the first slot's (or none).", "start"));
        }
        return first;
    }

    /** True when no problem has been reported about the field yet, so that each field gets one issue. */
    private static boolean unreported(List<Issue> problems, String field) {
        var path = FIELD_PATHS.get(field);
        return problems.stream().noneMatch(p -> path.equals(p.expression()));
    }

    private static Issue problem(String message, String fieldOrPath) {
        var path = FIELD_PATHS.getOrDefault(fieldOrPath, fieldOrPath);
        return new Issue(IssueType.INVALID, message, path);
    }
}
