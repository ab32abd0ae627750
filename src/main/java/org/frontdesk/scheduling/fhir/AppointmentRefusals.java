package org.frontdesk.scheduling.fhir;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.frontdesk.interop.OperationOutcomes;
import org.frontdesk.interop.OperationOutcomes.Issue;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.Booking.Conflict;
import org.frontdesk.scheduling.BookingRequest;
import org.frontdesk.scheduling.Clash;
import org.frontdesk.scheduling.InvalidBooking;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** How scheduling's refusals read in FHIR: which status, and an issue per problem, never a patient's data. */
final class AppointmentRefusals {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private AppointmentRefusals() {}

    /** 422 with one issue per problem. */
    static UnprocessableEntityException invalid(List<Issue> issues) {
        return new UnprocessableEntityException("The appointment breaks " + issues.size() + " rule(s).",
                OperationOutcomes.of(issues));
    }

    /** 422 from the booking rules; their messages never repeat a value. */
    static UnprocessableEntityException invalid(InvalidBooking e) {
        var issues = new ArrayList<Issue>();
        e.fieldErrors().forEach((field, message) -> issues.add(field.equals("overbookReason")
                ? Issue.of(IssueType.INVALID, SchedulingProfile.OVERBOOK_REASON_HEADER + ": " + message)
                : new Issue(IssueType.INVALID, message, SchedulingProfile.FIELD_PATHS.get(field))));
        return invalid(issues);
    }

    /**
     * 409 naming what holds the time: the practitioner or the room, the clashing appointment and its times. Nothing
     * about its patient: the caller may not be allowed to know who it is.
     */
    static BaseServerResponseException clash(Conflict conflict, BookingRequest request, ZoneId zone) {
        var issues = new ArrayList<Issue>();
        issues.add(Issue.of(IssueType.CONFLICT, "Nothing was stored: the time is taken. To book it anyway, a manager"
                + " may repeat the request with a " + SchedulingProfile.OVERBOOK_REASON_HEADER + " header."));
        for (Clash clash : conflict.clashes()) {
            var who = clash.kind() == Clash.Kind.PROVIDER ? "Practitioner/" + request.provider()
                    : "the room Location/" + request.room();
            issues.add(Issue.of(IssueType.CONFLICT, who + " is booked from "
                    + TIME.format(clash.start().atZone(zone).toOffsetDateTime()) + " to "
                    + TIME.format(clash.end().atZone(zone).toOffsetDateTime()) + " (Appointment/"
                    + clash.appointment() + ")."));
        }
        return new UnclassifiedServerFailureException(409, "The time is taken", OperationOutcomes.of(issues));
    }

    /** 422: the lifecycle does not allow the move. */
    static UnprocessableEntityException refusedMove(AppointmentStatus from, AppointmentStatus to) {
        var next = from.next().stream().map(SchedulingProfile::visitCode).sorted()
                .collect(Collectors.joining(", "));
        var message = "An appointment that is " + SchedulingProfile.visitCode(from) + " cannot become "
                + SchedulingProfile.visitCode(to) + (next.isEmpty() ? "; it is final." : "; it can become: " + next + ".");
        return new UnprocessableEntityException(message,
                OperationOutcomes.error(IssueType.BUSINESSRULE, message, "Appointment.status"));
    }
}
