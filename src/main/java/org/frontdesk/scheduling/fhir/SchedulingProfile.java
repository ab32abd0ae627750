package org.frontdesk.scheduling.fhir;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontdesk.scheduling.AppointmentStatus;

/** The code systems, extensions and status mapping that our scheduling resources use, in one place. */
final class SchedulingProfile {

    static final String NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi";
    /** The R5 core / extensions-pack time zone extension (an IANA zone as valueCode), also usable in R4. */
    static final String TIMEZONE = "http://hl7.org/fhir/StructureDefinition/timezone";
    static final String PHYSICAL_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";
    static final String CANCELLATION_REASON = "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason";
    /** Relative to {@code frontdesk.fhir.extension-base}: the practice's own appointment types, code = type id. */
    static final String APPOINTMENT_TYPE_SYSTEM = "/CodeSystem/appointment-type";
    /** Relative to the extension base: where the visit stands in Frontdesk's finer lifecycle (valueCode). */
    static final String VISIT_STATUS = "/StructureDefinition/appointment-visit-status";
    /** Relative to the extension base: a second patient put into taken time on purpose (valueBoolean). */
    static final String OVERBOOKED = "/StructureDefinition/appointment-overbooked";
    /** Relative to the extension base: the appointment that replaced a rescheduled one (valueReference). */
    static final String RESCHEDULED_TO = "/StructureDefinition/appointment-rescheduled-to";
    /** Relative to the extension base: the type a Practitioner's appointments get when a booking names none. */
    static final String DEFAULT_TYPE = "/StructureDefinition/practitioner-default-appointment-type";

    /** The header that carries a manager's reason to book into taken time. */
    static final String OVERBOOK_REASON_HEADER = "Frontdesk-Overbook-Reason";

    private SchedulingProfile() {}

    /** FHIR's coarser status for each of ours. */
    static org.hl7.fhir.r4.model.Appointment.AppointmentStatus fhirStatus(AppointmentStatus status) {
        return switch (status) {
            case BOOKED, CONFIRMED -> org.hl7.fhir.r4.model.Appointment.AppointmentStatus.BOOKED;
            case ARRIVED, IN_ROOM, WITH_PROVIDER -> org.hl7.fhir.r4.model.Appointment.AppointmentStatus.ARRIVED;
            case CHECKED_OUT -> org.hl7.fhir.r4.model.Appointment.AppointmentStatus.FULFILLED;
            case CANCELLED, RESCHEDULED -> org.hl7.fhir.r4.model.Appointment.AppointmentStatus.CANCELLED;
            case NO_SHOW -> org.hl7.fhir.r4.model.Appointment.AppointmentStatus.NOSHOW;
        };
    }

    /** Ours that FHIR's status stands for (empty for those Frontdesk never uses, such as proposed). */
    static Set<AppointmentStatus> statusesOf(org.hl7.fhir.r4.model.Appointment.AppointmentStatus fhir) {
        if (fhir == org.hl7.fhir.r4.model.Appointment.AppointmentStatus.CHECKEDIN) {
            // the office's "check-in" is the patient's arrival
            return statusesOf(org.hl7.fhir.r4.model.Appointment.AppointmentStatus.ARRIVED);
        }
        var matching = EnumSet.noneOf(AppointmentStatus.class);
        for (var status : AppointmentStatus.values()) {
            if (fhirStatus(status) == fhir) {
                matching.add(status);
            }
        }
        return matching;
    }

    /** Our status as the visit-status extension's code, e.g. {@code in-room}. */
    static String visitCode(AppointmentStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<AppointmentStatus> fromVisitCode(String code) {
        return Optional.ofNullable(VISIT_CODES.get(code));
    }

    private static final Map<String, AppointmentStatus> VISIT_CODES = Map.ofEntries(
            Map.entry("booked", AppointmentStatus.BOOKED), Map.entry("confirmed", AppointmentStatus.CONFIRMED),
            Map.entry("arrived", AppointmentStatus.ARRIVED), Map.entry("in-room", AppointmentStatus.IN_ROOM),
            Map.entry("with-provider", AppointmentStatus.WITH_PROVIDER),
            Map.entry("checked-out", AppointmentStatus.CHECKED_OUT),
            Map.entry("cancelled", AppointmentStatus.CANCELLED), Map.entry("no-show", AppointmentStatus.NO_SHOW),
            Map.entry("rescheduled", AppointmentStatus.RESCHEDULED));

    /** Where each {@code BookingRequest} field lives in an {@code Appointment}, for OperationOutcome expressions. */
    static final Map<String, String> FIELD_PATHS = Map.of(
            "patient", "Appointment.participant.where(actor.reference.startsWith('Patient/'))",
            "provider", "Appointment.participant.where(actor.reference.startsWith('Practitioner/'))",
            "location", "Appointment.participant.where(actor.reference.startsWith('Location/'))",
            "room", "Appointment.participant.where(actor.reference.startsWith('Location/'))",
            "type", "Appointment.appointmentType",
            "start", "Appointment.start",
            "end", "Appointment.end",
            "reason", "Appointment.reasonCode.text",
            "cancellationReason", "Appointment.cancelationReason");
}
