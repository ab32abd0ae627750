package org.frontdesk.scheduling.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.util.Date;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;

/** FHIR JSON of appointments as a client would post them, and parsing of what the server returns. */
final class AppointmentResources {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final String TYPE_SYSTEM = "https://frontdesk.example.org/fhir/CodeSystem/appointment-type";

    private AppointmentResources() {}

    /** Only what the issue calls the minimum: patient, practitioner, start and end. */
    static Appointment minimal(PatientId patient, ProviderId provider, Instant start, Instant end) {
        var fhir = new Appointment().setStatus(AppointmentStatus.BOOKED);
        fhir.addParticipant().setActor(new Reference("Patient/" + patient)).setStatus(ParticipationStatus.NEEDSACTION);
        fhir.addParticipant().setActor(new Reference("Practitioner/" + provider))
                .setStatus(ParticipationStatus.ACCEPTED);
        fhir.setStart(Date.from(start)).setEnd(Date.from(end));
        return fhir;
    }

    /** At the practice's location, in its room, of its type, with a reason. */
    static Appointment full(Practice practice, PatientId patient, Instant start, Instant end) {
        var fhir = minimal(patient, practice.provider(), start, end);
        fhir.addParticipant().setActor(new Reference("Location/" + practice.location()))
                .setStatus(ParticipationStatus.ACCEPTED);
        fhir.addParticipant().setActor(new Reference("Location/" + practice.room()))
                .setStatus(ParticipationStatus.ACCEPTED);
        fhir.setAppointmentType(type(practice.type()));
        fhir.addReasonCode().setText("Follow-up of invented complaint");
        return fhir;
    }

    static CodeableConcept type(AppointmentTypeId type) {
        return new CodeableConcept(new Coding(TYPE_SYSTEM, type.toString(), null));
    }

    static String json(IBaseResource resource) {
        return FHIR.newJsonParser().encodeResourceToString(resource);
    }

    static Appointment appointment(String json) {
        return FHIR.newJsonParser().parseResource(Appointment.class, json);
    }

    static Bundle bundle(String json) {
        return FHIR.newJsonParser().parseResource(Bundle.class, json);
    }

    static OperationOutcome outcome(String json) {
        return FHIR.newJsonParser().parseResource(OperationOutcome.class, json);
    }
}
