package org.frontdesk.scheduling.fhir;

import static org.frontdesk.scheduling.fhir.SchedulingProfile.*;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import org.frontdesk.interop.FhirProperties;
import org.frontdesk.scheduling.Appointment;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.AppointmentType;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.CancelledBy;
import org.hl7.fhir.r4.model.Appointment.ParticipantRequired;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * A stored appointment as a FHIR {@code Appointment}. Times are written with the practice's offset, so that a
 * person reading the JSON sees the office's clock; they are instants either way.
 */
@Component
class AppointmentWriter {

    private final FhirProperties properties;
    private final Clock clock;

    AppointmentWriter(FhirProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** @param types the practice's appointment types, to name the appointment's */
    org.hl7.fhir.r4.model.Appointment write(Appointment a, Map<AppointmentTypeId, AppointmentType> types) {
        var fhir = new org.hl7.fhir.r4.model.Appointment();
        var version = Integer.toString(a.version());
        fhir.setIdElement(new IdType("Appointment", a.id().toString(), version));
        fhir.getMeta().setVersionId(version).setLastUpdated(Date.from(lastChange(a)));
        fhir.setStatus(fhirStatus(a.status()));
        fhir.addExtension(properties.extensionBase() + VISIT_STATUS, new CodeType(visitCode(a.status())));
        if (a.overbooked()) {
            fhir.addExtension(properties.extensionBase() + OVERBOOKED, new BooleanType(true));
        }
        if (a.status() == AppointmentStatus.CANCELLED && a.cancelledBy() != null) {
            var byPatient = a.cancelledBy() == CancelledBy.PATIENT;
            fhir.setCancelationReason(new CodeableConcept(new Coding(CANCELLATION_REASON,
                    byPatient ? "pat" : "prov", byPatient ? "Patient" : "Provider")).setText(a.cancellationReason()));
        } else if (a.status() == AppointmentStatus.RESCHEDULED && a.rescheduledTo() != null) {
            fhir.setCancelationReason(new CodeableConcept().setText("Rescheduled"));
            fhir.addExtension(properties.extensionBase() + RESCHEDULED_TO,
                    new Reference("Appointment/" + a.rescheduledTo()));
        }
        var type = types.get(a.type());
        var coding = new Coding().setSystem(properties.extensionBase() + APPOINTMENT_TYPE_SYSTEM)
                .setCode(a.type().toString());
        var concept = new CodeableConcept(coding);
        if (type != null) {
            coding.setDisplay(type.name());
            concept.setText(type.name());
        }
        fhir.setAppointmentType(concept);
        if (a.reason() != null) {
            fhir.addReasonCode().setText(a.reason());
        }
        fhir.setStartElement(instant(a.start()));
        fhir.setEndElement(instant(a.end()));
        fhir.setMinutesDuration((int) Duration.between(a.start(), a.end()).toMinutes());
        a.reached(AppointmentStatus.BOOKED).ifPresent(booked -> fhir.setCreatedElement(
                new DateTimeType(Date.from(booked), TemporalPrecisionEnum.SECOND, timeZone())));
        fhir.addParticipant().setActor(new Reference("Patient/" + a.patient()))
                .setRequired(ParticipantRequired.REQUIRED).setStatus(patientStatus(a));
        fhir.addParticipant().setActor(new Reference("Practitioner/" + a.provider()))
                .setRequired(ParticipantRequired.REQUIRED).setStatus(ParticipationStatus.ACCEPTED);
        fhir.addParticipant().setActor(new Reference("Location/" + a.location()))
                .setRequired(ParticipantRequired.REQUIRED).setStatus(ParticipationStatus.ACCEPTED);
        if (a.room() != null) {
            fhir.addParticipant().setActor(new Reference("Location/" + a.room()))
                    .setRequired(ParticipantRequired.REQUIRED).setStatus(ParticipationStatus.ACCEPTED);
        }
        return fhir;
    }

    /** Accepted once the patient confirmed or came, declined when they cancelled, else still to answer. */
    private static ParticipationStatus patientStatus(Appointment a) {
        if (a.status() == AppointmentStatus.CANCELLED && a.cancelledBy() == CancelledBy.PATIENT) {
            return ParticipationStatus.DECLINED;
        }
        return a.reached(AppointmentStatus.CONFIRMED).isPresent() || a.reached(AppointmentStatus.ARRIVED).isPresent()
                ? ParticipationStatus.ACCEPTED : ParticipationStatus.NEEDSACTION;
    }

    private InstantType instant(Instant instant) {
        return new InstantType(Date.from(instant), TemporalPrecisionEnum.SECOND, timeZone());
    }

    private TimeZone timeZone() {
        return TimeZone.getTimeZone(clock.getZone());
    }

    /** Appointments change only by moving through their lifecycle, so the last status reached is the last change. */
    private static Instant lastChange(Appointment a) {
        return a.statusTimes().values().stream().max(Comparator.naturalOrder()).orElse(a.start());
    }
}
