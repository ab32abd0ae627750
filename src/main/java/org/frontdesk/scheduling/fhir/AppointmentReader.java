package org.frontdesk.scheduling.fhir;

import static org.frontdesk.scheduling.fhir.SchedulingProfile.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.frontdesk.interop.FhirProperties;
import org.frontdesk.interop.OperationOutcomes.Issue;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.CancelledBy;
import org.frontdesk.scheduling.ProviderId;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads the parts of an incoming {@code Appointment} that Frontdesk keeps; the inverse of {@link AppointmentWriter}. */
@Component
class AppointmentReader {

    /** An instant must say which offset it is in: a time without one would be read in someone's guess of a zone. */
    private static final Pattern HAS_OFFSET = Pattern.compile(".*T.*(Z|[+-][0-9]{2}:[0-9]{2})$");

    private final FhirProperties properties;

    AppointmentReader(FhirProperties properties) {
        this.properties = properties;
    }

    IncomingAppointment read(Appointment fhir) {
        var problems = new ArrayList<Issue>();
        PatientId patient = null;
        ProviderId provider = null;
        var places = new ArrayList<UUID>();
        boolean patientAccepted = false;
        for (var participant : fhir.getParticipant()) {
            var reference = participant.getActor().getReferenceElement();
            var kind = reference.getResourceType();
            var id = uuid(reference.getIdPart());
            if (kind == null || reference.getIdPart() == null) {
                problems.add(problem("Each participant's actor must reference a Patient, Practitioner or Location"
                        + " by id.", "Appointment.participant.actor"));
                continue;
            }
            switch (kind) {
                case "Patient" -> {
                    if (patient != null) {
                        problems.add(problem("An appointment is for one patient.", FIELD_PATHS.get("patient")));
                    }
                    patient = id == null ? unknown(problems, "patient", "Unknown patient.") : new PatientId(id);
                    patientAccepted = participant.getStatus() == ParticipationStatus.ACCEPTED;
                }
                case "Practitioner" -> {
                    if (provider != null) {
                        problems.add(problem("An appointment is with one practitioner.", FIELD_PATHS.get("provider")));
                    }
                    provider = id == null ? unknown(problems, "provider", "Unknown or inactive provider.")
                            : new ProviderId(id);
                }
                case "Location" -> {
                    if (id == null) {
                        unknown(problems, "location", "Unknown location.");
                    } else {
                        places.add(id);
                    }
                }
                default -> problems.add(problem("Frontdesk books patients, practitioners and locations; " + kind
                        + " participants are not supported.", "Appointment.participant.actor"));
            }
        }
        if (places.size() > 2) {
            problems.add(problem("Name at most a location and a room.", FIELD_PATHS.get("location")));
        }
        var slots = new ArrayList<SlotId>();
        for (var slot : fhir.getSlot()) {
            var reference = slot.getReferenceElement();
            var id = "Slot".equals(reference.getResourceType()) ? SlotId.parse(reference.getIdPart())
                    : Optional.<SlotId>empty();
            id.ifPresentOrElse(slots::add, () -> problems.add(problem("Each slot must reference a Slot of this server"
                    + " by id, as a Slot search returns it.", "Appointment.slot")));
        }
        var start = instant(fhir.getStartElement(), "start", problems);
        var end = instant(fhir.getEndElement(), "end", problems);
        var reason = reason(fhir);
        var cancellation = fhir.getCancelationReason();
        var cancellationText = cancellation.hasText() ? cancellation.getText()
                : cancellation.getCoding().stream().filter(c -> c.hasDisplay()).map(c -> c.getDisplay()).findFirst()
                        .orElse(null);
        var byPatient = cancellation.getCoding().stream()
                .anyMatch(c -> CANCELLATION_REASON.equals(c.getSystem()) && c.getCode() != null
                        && c.getCode().startsWith("pat"));
        return new IncomingAppointment(fhir.hasStatus() ? fhir.getStatus() : null, visitStatus(fhir), patient,
                provider, places, slots, type(fhir, problems), start, end, reason, patientAccepted, cancellationText,
                byPatient ? CancelledBy.PATIENT : CancelledBy.OFFICE,
                fhir.getMeta().hasVersionId() ? fhir.getMeta().getVersionId() : null, problems);
    }

    private @Nullable AppointmentTypeId type(Appointment fhir, List<Issue> problems) {
        if (!fhir.hasAppointmentType()) {
            return null;
        }
        var system = properties.extensionBase() + APPOINTMENT_TYPE_SYSTEM;
        var ours = fhir.getAppointmentType().getCoding().stream().filter(c -> system.equals(c.getSystem()))
                .findFirst();
        var id = ours.map(c -> uuid(c.getCode())).orElse(null);
        if (id == null) {
            problems.add(problem("appointmentType must hold a coding of " + system + " with a type's id as code.",
                    FIELD_PATHS.get("type")));
            return null;
        }
        return new AppointmentTypeId(id);
    }

    /** Our finer status, used only when it says the same as FHIR's: a client that changed only status sends a stale one. */
    private org.frontdesk.scheduling.@Nullable AppointmentStatus visitStatus(Appointment fhir) {
        var extension = fhir.getExtensionByUrl(properties.extensionBase() + VISIT_STATUS);
        if (extension == null || !(extension.getValue() instanceof CodeType code) || !fhir.hasStatus()) {
            return null;
        }
        return fromVisitCode(code.getValue())
                .filter(ours -> fhirStatus(ours) == fhir.getStatus())
                .orElse(null);
    }

    /** The reason for the visit: {@code reasonCode} text (or its first coding's display), else {@code comment}. */
    private static @Nullable String reason(Appointment fhir) {
        for (var concept : fhir.getReasonCode()) {
            if (concept.hasText()) {
                return concept.getText();
            }
            for (var coding : concept.getCoding()) {
                if (coding.hasDisplay()) {
                    return coding.getDisplay();
                }
            }
        }
        return fhir.hasComment() ? fhir.getComment() : null;
    }

    private static @Nullable Instant instant(InstantType element, String field, List<Issue> problems) {
        if (!element.hasValue()) {
            return null;
        }
        if (!HAS_OFFSET.matcher(element.getValueAsString()).matches()) {
            problems.add(problem("The " + field + " must be a time with an offset or Z, e.g. 2026-11-24T09:00:00-05:00.",
                    FIELD_PATHS.get(field)));
            return null;
        }
        return element.getValue().toInstant();
    }

    private static <T> @Nullable T unknown(List<Issue> problems, String field, String message) {
        problems.add(problem(message, FIELD_PATHS.get(field)));
        return null;
    }

    private static Issue problem(String message, @Nullable String expression) {
        return new Issue(IssueType.INVALID, message, expression);
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
