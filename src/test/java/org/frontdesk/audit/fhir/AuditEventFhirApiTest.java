package org.frontdesk.audit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditLog;
import org.frontdesk.audit.AuditQuery;
import org.frontdesk.interop.FhirClient;
import org.frontdesk.interop.FhirValidation;
import org.frontdesk.patients.PatientFixture;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Reviewing the trail as FHIR AuditEvents: who may, what they see, and that looking is recorded too. */
@FrontdeskTest
class AuditEventFhirApiTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    private String registerAndRead() {
        var draft = PatientFixture.draft(); // a different invented person each time, so never a likely duplicate
        var patient = new Patient();
        patient.addName().setFamily(draft.familyName()).addGiven(draft.givenName());
        patient.setGender(org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.FEMALE);
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(draft.birthDate()));
        var created = FhirClient.as(port, "frontdesk").post("Patient", FHIR.newJsonParser().encodeResourceToString(patient));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = FHIR.newJsonParser().parseResource(Patient.class, created.body()).getIdElement().getIdPart();
        assertThat(FhirClient.as(port, "frontdesk").get("Patient/" + id).statusCode()).isEqualTo(200);
        return id;
    }

    private static Bundle bundle(String json) {
        return FHIR.newJsonParser().parseResource(Bundle.class, json);
    }

    @Test
    void theManagerSeesWhoCreatedAndReadAPatientAsValidAuditEvents() {
        var id = registerAndRead();

        var response = FhirClient.as(port, "manager").get("AuditEvent?patient=Patient/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(FhirValidation.errorsIn(response.body())).isEmpty();
        var events = bundle(response.body()).getEntry().stream().map(e -> (AuditEvent) e.getResource()).toList();
        assertThat(events).extracting(AuditEvent::getAction).contains(AuditEventAction.C, AuditEventAction.R);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
            assertThat(event.getAgentFirstRep().getWho().getIdentifier().getValue()).isEqualTo("frontdesk");
            assertThat(event.getAgentFirstRep().getRoleFirstRep().getText()).isEqualTo("FRONT_DESK");
            assertThat(event.getEntity()).anySatisfy(entity ->
                    assertThat(entity.getWhat().getReference()).isEqualTo("Patient/" + id));
            assertThat(event.getType().getCode()).isEqualTo("rest");
        });
    }

    @Test
    void filtersByAgentAndDateAndPages() {
        registerAndRead();
        var today = LocalDate.now().minusDays(1);

        var response = FhirClient.as(port, "admin").get("AuditEvent?agent=frontdesk&date=ge" + today + "&_count=2");

        assertThat(response.statusCode()).isEqualTo(200);
        var bundle = bundle(response.body());
        assertThat(bundle.getEntry()).hasSize(2);
        assertThat(bundle.getLink("next")).isNotNull();
        assertThat(bundle.getEntry()).allSatisfy(e -> assertThat(((AuditEvent) e.getResource()).getAgentFirstRep()
                .getWho().getIdentifier().getValue()).isEqualTo("frontdesk"));
        var future = FhirClient.as(port, "admin").get("AuditEvent?agent=frontdesk&date=gt" + LocalDate.now().plusDays(2));
        assertThat(bundle(future.body()).getEntry()).isEmpty();
    }

    @Test
    void onlyRolesWithTheAuditPermissionMayReviewAndReviewingIsRecorded() {
        var id = registerAndRead();

        var refused = FhirClient.as(port, "frontdesk").get("AuditEvent?patient=" + id);
        var allowed = FhirClient.as(port, "manager").get("AuditEvent?patient=" + id);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(FHIR.newJsonParser().parseResource(OperationOutcome.class, refused.body()).getIssueFirstRep().getCode())
                .isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(auditLog.search(new AuditQuery(UUID.fromString(id), "manager", null, null, 0, 10)))
                .anySatisfy(r -> {
                    assertThat(r.action()).isEqualTo(AuditAction.SEARCH);
                    assertThat(r.resourceType()).isEqualTo("AuditEvent");
                });
    }

    @Test
    void refusesAnEmptyDateRangeAndAPatientIdThatIsNotOurs() {
        var client = FhirClient.as(port, "manager");

        assertThat(client.get("AuditEvent?date=ge2026-01-02&date=le2026-01-01").statusCode()).isEqualTo(400);
        assertThat(client.get("AuditEvent?patient=Patient/example").statusCode()).isEqualTo(400);
    }
}
