package org.frontdesk.patients.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.time.LocalDate;
import org.frontdesk.interop.FhirProperties;
import org.frontdesk.interop.FhirValidation;
import org.frontdesk.patients.Mrn;
import org.frontdesk.patients.Patient;
import org.frontdesk.patients.PatientDraft;
import org.frontdesk.patients.PatientId;
import org.junit.jupiter.api.Test;

/** The mapping alone, without a server: every demographic goes out as valid FHIR and comes back unchanged. */
class PatientMappingTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final FhirProperties PROPERTIES =
            new FhirProperties("urn:frontdesk:mrn", "urn:frontdesk:staff", "https://frontdesk.example.org/fhir", 20, 100, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final PatientWriter writer = new PatientWriter(PROPERTIES);
    private final PatientReader reader = new PatientReader(PROPERTIES);

    static PatientDraft everything() {
        return new PatientDraft("Quillfeather-Ashby", "Marguerite", "Anne Louise", "Jr.", "Daisy", "1979-08-14",
                "FEMALE", "TRANSGENDER_FEMALE", "(917) 555-0142", "(212) 555-0199", "marguerite@example.org",
                "12 Test Lane", "Apt 4B", "Springfield", "NY", "10001-1234", "es", "SMS", "Rowan Quillfeather",
                "Brother", "(646) 555-0123");
    }

    private static Patient stored(PatientDraft draft) {
        return new Patient(PatientId.random(), Mrn.fromSequence(100_001), 3, draft.validate(TODAY), true,
                Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-02T10:00:00Z"));
    }

    @Test
    void writesEveryDemographicAsValidFhir() {
        var patient = stored(everything());

        var json = FHIR.newJsonParser().encodeResourceToString(writer.write(patient));

        assertThat(FhirValidation.errorsIn(json)).isEmpty();
        assertThat(json).contains("\"versionId\":\"3\"", "\"system\":\"urn:frontdesk:mrn\"", "\"code\":\"MR\"",
                "\"use\":\"official\"", "\"use\":\"usual\"", "\"Daisy\"", "\"gender\":\"female\"",
                "us-core-genderIdentity", "407376001", "\"use\":\"mobile\"", "\"use\":\"home\"",
                "\"postalCode\":\"10001-1234\"", "\"code\":\"es\"", "\"code\":\"C\"", "\"Brother\"",
                "preferred-contact-method", "\"valueCode\":\"sms\"");
    }

    @Test
    void readsBackWhatItWrote() {
        var patient = stored(everything());
        var json = FHIR.newJsonParser().encodeResourceToString(writer.write(patient));

        var incoming = reader.read(FHIR.newJsonParser().parseResource(org.hl7.fhir.r4.model.Patient.class, json));

        assertThat(incoming.draft().validate(TODAY)).isEqualTo(patient.details());
        assertThat(incoming.active()).isTrue();
        assertThat(incoming.versionId()).isEqualTo("3");
    }

    @Test
    void aGenderIdentityCodeWeDoNotKeepIsRefusedNotDropped() {
        var fhir = writer.write(stored(everything()));
        fhir.getExtensionByUrl(PatientProfile.US_CORE_GENDER_IDENTITY)
                .setValue(new org.hl7.fhir.r4.model.CodeableConcept(
                        new org.hl7.fhir.r4.model.Coding("http://snomed.info/sct", "12345", null)));

        var draft = reader.read(fhir).draft();

        assertThat(draft.genderIdentity()).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> draft.validate(TODAY))
                .isInstanceOfSatisfying(org.frontdesk.patients.InvalidPatientDetails.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("genderIdentity"));
    }

    @Test
    void everyFieldTheRegistryChecksHasAFhirPath() {
        assertThat(PatientProfile.FIELD_PATHS.keySet()).containsAll(
                java.util.Arrays.stream(PatientDraft.class.getRecordComponents()).map(c -> c.getName()).toList());
    }
}
