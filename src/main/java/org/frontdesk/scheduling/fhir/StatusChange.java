package org.frontdesk.scheduling.fhir;

import static org.frontdesk.scheduling.fhir.SchedulingProfile.FIELD_PATHS;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontdesk.interop.OperationOutcomes.Issue;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.Appointments;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * What an update of an {@code Appointment} asks for. Only the status moves (and a cancellation's reason comes with
 * it); everything else must be left as it is, because moving an appointment makes a new one (a reschedule) and
 * a changed participant is a different booking.
 */
final class StatusChange {

    private StatusChange() {}

    /** One issue per element the client tried to change; empty when only the status may differ. */
    static List<Issue> unchangeable(Appointment current, IncomingAppointment incoming) {
        var issues = new ArrayList<Issue>();
        if (incoming.patient() != null && !incoming.patient().equals(current.patient())) {
            issues.add(issue("The patient of an appointment cannot change; book a new one.", "patient"));
        }
        if (incoming.provider() != null && !incoming.provider().equals(current.provider())) {
            issues.add(issue("The practitioner cannot change through an update; cancel and book again.", "provider"));
        }
        for (var place : incoming.places()) {
            var room = current.room();
            if (!place.equals(current.location().value()) && (room == null || !place.equals(room.value()))) {
                issues.add(issue("The location cannot change through an update; cancel and book again.",
                        "location"));
                break;
            }
        }
        if (incoming.type() != null && !incoming.type().equals(current.type())) {
            issues.add(issue("The appointment type cannot change through an update; cancel and book again.", "type"));
        }
        if (incoming.start() != null && !incoming.start().equals(current.start())) {
            issues.add(issue("The start cannot change through an update; cancel and book again.", "start"));
        }
        if (incoming.end() != null && !incoming.end().equals(current.end())) {
            issues.add(issue("The end cannot change through an update; cancel and book again.", "end"));
        }
        if (incoming.reason() != null && !Objects.equals(incoming.reason(), current.reason())) {
            issues.add(issue("The reason for the visit cannot change through an update.", "reason"));
        }
        issues.addAll(incoming.problems());
        return issues;
    }

    /**
     * The status the client asks for, when it differs from the current one. The visit-status extension names it
     * exactly; otherwise FHIR's status stands for the first of ours it covers (arrived and checked-in for arrived,
     * cancelled for cancelled), and asks for nothing when it already covers the current status.
     *
     * @throws ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException for a status Frontdesk does not use
     */
    static Optional<AppointmentStatus> target(Appointment current, IncomingAppointment incoming) {
        if (incoming.status() == null) {
            throw AppointmentRefusals.invalid(List.of(new Issue(IssueType.REQUIRED, "Send the status.",
                    "Appointment.status")));
        }
        AppointmentStatus target;
        if (incoming.visitStatus() != null) {
            target = incoming.visitStatus();
        } else {
            var covered = SchedulingProfile.statusesOf(incoming.status());
            if (covered.isEmpty()) {
                throw AppointmentRefusals.invalid(List.of(new Issue(IssueType.NOTSUPPORTED, "Frontdesk does not use"
                        + " the status " + incoming.status().toCode() + ".", "Appointment.status")));
            }
            target = covered.contains(current.status()) ? current.status() : covered.iterator().next();
        }
        if (target == AppointmentStatus.BOOKED && current.status() == AppointmentStatus.BOOKED
                && incoming.patientAccepted()) {
            target = AppointmentStatus.CONFIRMED; // the standard way to say the patient confirmed
        }
        return target == current.status() ? Optional.empty() : Optional.of(target);
    }

    /** Moves the appointment through the lifecycle; each step is authorised and audited by {@link Appointments}. */
    static Appointment apply(Appointments appointments, Appointment current, AppointmentStatus target,
            IncomingAppointment incoming, int expectedVersion) {
        if (!current.status().mayMoveTo(target) || target == AppointmentStatus.RESCHEDULED) {
            throw AppointmentRefusals.refusedMove(current.status(), target);
        }
        var id = current.id();
        return switch (target) {
            case CONFIRMED -> appointments.confirm(id, expectedVersion);
            case ARRIVED -> appointments.arrive(id, expectedVersion);
            case IN_ROOM -> appointments.room(id, expectedVersion);
            case WITH_PROVIDER -> appointments.startVisit(id, expectedVersion);
            case CHECKED_OUT -> appointments.checkOut(id, expectedVersion);
            case NO_SHOW -> appointments.noShow(id, expectedVersion);
            case CANCELLED -> appointments.cancel(id, expectedVersion,
                    incoming.cancellationReason() == null ? "" : incoming.cancellationReason(),
                    incoming.cancelledBy());
            case BOOKED, RESCHEDULED -> throw AppointmentRefusals.refusedMove(current.status(), target);
        };
    }

    private static Issue issue(String message, String field) {
        return new Issue(IssueType.INVALID, message, FIELD_PATHS.get(field));
    }
}
