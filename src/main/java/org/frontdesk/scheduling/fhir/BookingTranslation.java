package org.frontdesk.scheduling.fhir;

import static org.frontdesk.scheduling.fhir.SchedulingProfile.FIELD_PATHS;

import java.util.ArrayList;
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
 * Turns a posted {@code Appointment} into a {@link BookingRequest}: tells rooms from locations, and fills in the
 * practitioner's default type and location when the client named none. Everything else is checked by the booking
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
        var provider = incoming.provider();
        if (patient == null && unreported(problems, "patient")) {
            problems.add(problem("Name the patient: a participant with actor Patient/<id>.", "patient"));
        }
        if (provider == null && unreported(problems, "provider")) {
            problems.add(problem("Name the practitioner: a participant with actor Practitioner/<id>.", "provider"));
        }
        if (incoming.start() == null && unreported(problems, "start")) {
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
                || incoming.start() == null) {
            throw AppointmentRefusals.invalid(problems);
        }
        var request = new BookingRequest(patient, provider, location, room, type, incoming.start(), incoming.end(),
                incoming.reason(), false, null);
        return overbookReason == null ? request : request.overbooking(overbookReason);
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
