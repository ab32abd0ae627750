package org.frontdesk.patients.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.time.LocalDate;
import org.frontdesk.interop.FhirProperties;
import org.frontdesk.patients.Mrn;
import org.frontdesk.patients.Patient;
import org.frontdesk.patients.PatientDraft;
import org.frontdesk.patients.PatientId;
import org.hl7.fhir.r4.model.OperationOutcome;

/** FHIR JSON of invented patients, as a client would send it, and parsing of what the server returns. */
final class PatientResources {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final PatientWriter WRITER = new PatientWriter(
            new FhirProperties("urn:frontdesk:mrn", "urn:frontdesk:staff", "https://frontdesk.example.org/fhir", 20, 100, 10));

    private PatientResources() {}

    /** A new patient: no id, no version, no MRN. */
    static org.hl7.fhir.r4.model.Patient resource(PatientDraft draft) {
        var stored = new Patient(PatientId.random(), Mrn.fromSequence(100_001), 1, draft.validate(LocalDate.now()), true,
                Instant.now(), Instant.now());
        var fhir = WRITER.write(stored);
        fhir.setIdElement(null);
        fhir.setMeta(null);
        fhir.setIdentifier(null);
        return fhir;
    }

    static String json(org.hl7.fhir.r4.model.Patient patient) {
        return FHIR.newJsonParser().encodeResourceToString(patient);
    }

    static String json(PatientDraft draft) {
        return json(resource(draft));
    }

    static org.hl7.fhir.r4.model.Patient patient(String json) {
        return FHIR.newJsonParser().parseResource(org.hl7.fhir.r4.model.Patient.class, json);
    }

    static OperationOutcome outcome(String json) {
        return FHIR.newJsonParser().parseResource(OperationOutcome.class, json);
    }
}
