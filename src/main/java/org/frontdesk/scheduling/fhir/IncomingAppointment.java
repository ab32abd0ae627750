package org.frontdesk.scheduling.fhir;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.frontdesk.interop.OperationOutcomes.Issue;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.CancelledBy;
import org.frontdesk.scheduling.ProviderId;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a client sent in an {@code Appointment}, read but not yet checked against the practice. Ids that cannot be
 * ours are reported in {@code problems}, like any other unusable element.
 *
 * @param status FHIR's status; null when the client sent none
 * @param visitStatus our finer status from the visit-status extension, when it agrees with {@code status}
 * @param places the Location references: a location, a room, or both
 * @param slots the Slot references: where and when to book, in the client's order
 * @param patientAccepted the patient participant's status is accepted (the patient confirmed)
 * @param problems one issue per element that cannot be used; empty when everything could be read
 */
record IncomingAppointment(
        @Nullable AppointmentStatus status,
        org.frontdesk.scheduling.@Nullable AppointmentStatus visitStatus,
        @Nullable PatientId patient,
        @Nullable ProviderId provider,
        List<UUID> places,
        List<SlotId> slots,
        @Nullable AppointmentTypeId type,
        @Nullable Instant start,
        @Nullable Instant end,
        @Nullable String reason,
        boolean patientAccepted,
        @Nullable String cancellationReason,
        CancelledBy cancelledBy,
        @Nullable String versionId,
        List<Issue> problems) {

    IncomingAppointment {
        places = List.copyOf(places);
        slots = List.copyOf(slots);
        problems = List.copyOf(problems);
    }
}
