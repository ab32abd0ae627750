package org.frontdesk.patients.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.patients.fhir.PatientResources.json;
import static org.frontdesk.patients.fhir.PatientResources.outcome;
import static org.frontdesk.patients.fhir.PatientResources.patient;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditLog;
import org.frontdesk.audit.AuditQuery;
import org.frontdesk.audit.AuditRecord;
import org.frontdesk.interop.FhirClient;
import org.frontdesk.interop.FhirValidation;
import org.frontdesk.patients.PatientFixture;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Read, create and update over real HTTP, as the roles of the office. */
@FrontdeskTest
class PatientFhirApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    private FhirClient as(String user) {
        return FhirClient.as(port, user);
    }

    private static String idOf(HttpResponse<String> created) {
        return patient(created.body()).getIdElement().getIdPart();
    }

    @Test
    void frontDeskRegistersReadsAndUpdatesAPatientAndEachStepIsAudited() {
        var created = as("frontdesk").post("Patient", json(PatientMappingTest.everything()));

        assertThat(created.statusCode()).isEqualTo(201);
        var id = idOf(created);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("Patient/" + id));
        var version = patient(created.body()).getMeta().getVersionId();
        assertThat(created.headers().firstValue("ETag")).contains("W/\"" + version + "\"");

        var read = as("frontdesk").get("Patient/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).contains("W/\"" + version + "\"");
        assertThat(FhirValidation.errorsIn(read.body())).isEmpty();
        var fhir = patient(read.body());
        assertThat(fhir.getMeta().getVersionId()).isEqualTo(version);
        assertThat(fhir.getIdentifierFirstRep().getSystem()).isEqualTo("urn:frontdesk:mrn");
        assertThat(fhir.getIdentifierFirstRep().getType().hasCoding("http://terminology.hl7.org/CodeSystem/v2-0203", "MR")).isTrue();

        fhir.getTelecom().removeIf(t -> t.getSystem() == org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.EMAIL);
        fhir.getExtension().removeIf(e -> e.getUrl().endsWith("preferred-contact-method"));
        fhir.setActive(false);
        var updated = as("frontdesk").with("If-Match", "W/\"" + version + "\"").put("Patient/" + id, json(fhir));

        assertThat(updated.statusCode()).isEqualTo(200);
        var after = patient(updated.body());
        // two changes: the demographics, then the active flag
        assertThat(Integer.parseInt(after.getMeta().getVersionId())).isEqualTo(Integer.parseInt(version) + 2);
        assertThat(after.getActive()).isFalse();
        assertThat(after.getTelecom()).noneMatch(t -> t.getValue().contains("@"));
        assertThat(auditOf(id)).extracting(AuditRecord::action)
                .contains(AuditAction.CREATE, AuditAction.READ, AuditAction.UPDATE);
        assertThat(auditOf(id)).allSatisfy(r -> {
            assertThat(r.username()).isEqualTo("frontdesk");
            assertThat(r.channel()).isEqualTo("FHIR");
        });
    }

    @Test
    void acceptsXmlBodies() {
        var xml = PatientResources.FHIR.newXmlParser().encodeResourceToString(PatientResources.resource(PatientFixture.draft()));

        var created = as("frontdesk").post("Patient", xml, "application/fhir+xml");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(patient(created.body()).getIdentifierFirstRep().getValue()).isNotBlank();
    }

    @Test
    void billingMayReadButNotRegister() {
        var id = idOf(as("frontdesk").post("Patient", json(PatientFixture.draft())));

        assertThat(as("billing").get("Patient/" + id).statusCode()).isEqualTo(200);
        var refused = as("billing").post("Patient", json(PatientFixture.draft()));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(outcome(refused.body()).getIssueFirstRep().getCode()).isEqualTo(IssueType.FORBIDDEN);
        assertThat(FhirValidation.errorsIn(refused.body())).isEmpty();
    }

    @Test
    void theAdministratorSeesNoPatientData() {
        var id = idOf(as("manager").post("Patient", json(PatientFixture.draft())));

        var read = as("admin").get("Patient/" + id);
        var search = as("admin").get("Patient?_id=" + id);

        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(search.statusCode()).isEqualTo(403);
        assertThat(read.body()).doesNotContain("Theodora");
        assertThat(outcome(search.body()).getIssueFirstRep().getCode()).isEqualTo(IssueType.FORBIDDEN);
        assertThat(auditOf(id)).anySatisfy(r -> {
            assertThat(r.username()).isEqualTo("admin");
            assertThat(r.action()).isEqualTo(AuditAction.READ);
            assertThat(r.outcome()).isEqualTo(org.frontdesk.audit.AuditOutcome.DENIED);
        });
    }

    @Test
    void anUnknownIdIsNotFound() {
        var unknown = as("doctor").get("Patient/" + UUID.randomUUID());
        var notOurs = as("doctor").get("Patient/example");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(notOurs.statusCode()).isEqualTo(404);
        assertThat(outcome(unknown.body()).getIssueFirstRep().getCode()).isEqualTo(IssueType.NOTFOUND);
    }

    @Test
    void aLikelyDuplicateIsStoppedWithTheCandidatesUntilAReasonIsGiven() {
        var first = idOf(as("frontdesk").post("Patient", json(PatientFixture.draft("Brackenthwaite", "Ottoline", "1966-02-11"))));

        var again = json(PatientFixture.draft("Brackenthwaite", "Otoline", "1966-02-11"));
        var stopped = as("frontdesk").post("Patient", again);

        assertThat(stopped.statusCode()).isEqualTo(409);
        assertThat(outcome(stopped.body()).getIssue()).allMatch(i -> i.getCode() == IssueType.DUPLICATE)
                .anyMatch(i -> i.getDiagnostics().contains("Patient/" + first));
        assertThat(stopped.body()).doesNotContain("Brackenthwaite", "1966");
        var anyway = as("frontdesk").with("Frontdesk-Duplicate-Reason", "Different person: checked photo ID").post("Patient", again);
        assertThat(anyway.statusCode()).isEqualTo(201);
    }

    private java.util.List<AuditRecord> auditOf(String id) {
        return auditLog.search(new AuditQuery(UUID.fromString(id), null, null, null, 0, 100));
    }
}
