package org.frontdesk.patients.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.patients.fhir.PatientResources.json;
import static org.frontdesk.patients.fhir.PatientResources.outcome;
import static org.frontdesk.patients.fhir.PatientResources.patient;
import static org.frontdesk.patients.fhir.PatientResources.resource;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.interop.FhirClient;
import org.frontdesk.interop.FhirValidation;
import org.frontdesk.patients.PatientFixture;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the API refuses, with which status, and that a refusal stores nothing and quotes nothing. */
@FrontdeskTest
@ExtendWith(OutputCaptureExtension.class)
class PatientFhirRulesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private FhirClient frontDesk() {
        return FhirClient.as(port, "frontdesk");
    }

    private long patientCount() {
        return jdbc.sql("SELECT count(*) FROM patient").query(Long.class).single();
    }

    /** Posts the changed patient; expects a refusal with an issue at the expression, and nothing stored. */
    private HttpResponse<String> refused(int status, String expression, String secret, Consumer<org.hl7.fhir.r4.model.Patient> change) {
        var fhir = resource(PatientFixture.draft());
        change.accept(fhir);
        long before = patientCount();

        var response = frontDesk().post("Patient", json(fhir));

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(outcome(response.body()).getIssue()).anySatisfy(issue ->
                assertThat(issue.getExpression()).extracting(e -> e.getValue()).contains(expression));
        assertThat(response.body()).doesNotContain(secret);
        assertThat(patientCount()).isEqualTo(before);
        return response;
    }

    @Test
    void refusesBreachesOfTheRegistrysRulesWith422AndAFhirPathPerField() {
        var future = LocalDate.now().plusDays(3).toString();
        var response = refused(422, "Patient.birthDate", future, p -> p.setBirthDateElement(new DateType(future)));
        assertThat(FhirValidation.errorsIn(response.body())).isEmpty();
        assertThat(outcome(response.body()).getIssueFirstRep().getCode()).isEqualTo(IssueType.INVALID);

        refused(422, "Patient.telecom.where(system='phone' and use='mobile').value", "555-01",
                p -> p.getTelecom().stream().filter(t -> t.getSystem() == ContactPointSystem.PHONE).findFirst()
                        .orElseThrow().setValue("555-01"));
        refused(422, "Patient.telecom.where(system='email').value", "not-an-address",
                p -> p.getTelecom().stream().filter(t -> t.getSystem() == ContactPointSystem.EMAIL).findFirst()
                        .orElseThrow().setValue("not-an-address"));
        refused(422, "Patient.address.postalCode", "1000X", p -> p.getAddressFirstRep().setPostalCode("1000X"));
        var longName = "Q" + "u".repeat(120);
        refused(422, "Patient.name.where(use='official').family", longName, p -> p.getNameFirstRep().setFamily(longName));
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        var response = refused(422, "Patient.address.state", "Atlantis", p -> {
            p.getAddressFirstRep().setState("Atlantis");
            p.getNameFirstRep().setFamily("R2-D2");
        });

        assertThat(outcome(response.body()).getIssue()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void refusesAnImpossibleDateOrAnUnknownCodeAsMalformedWithoutQuotingIt() {
        var body = json(resource(PatientFixture.draft()));
        var feb30 = body.replaceFirst("\"birthDate\":\"[0-9-]+\"", "\"birthDate\":\"1980-02-30\"");
        var gender = body.replace("\"gender\":\"female\"", "\"gender\":\"zebra\"");
        long before = patientCount();

        for (var invalid : java.util.List.of(feb30, gender)) {
            var response = frontDesk().post("Patient", invalid);
            assertThat(response.statusCode()).as(response.body()).isBetween(400, 422);
            assertThat(response.body()).doesNotContain("1980-02-30", "zebra");
            assertThat(outcome(response.body()).getIssue()).isNotEmpty();
        }
        assertThat(patientCount()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonWith400WithoutEchoingIt() {
        long before = patientCount();

        var response = frontDesk().post("Patient", "{\"resourceType\":\"Patient\",\"name\":[{\"family\": Quillfeather}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Quillfeather");
        assertThat(outcome(response.body()).getIssueFirstRep().getDiagnostics()).contains("line 1");
        assertThat(FhirValidation.errorsIn(response.body())).isEmpty();
        assertThat(patientCount()).isEqualTo(before);
    }

    @Test
    void neitherLogsNorAnswersQuoteWhatWasSent(CapturedOutput output) {
        var marker = "Zyxquorblewick";
        var responses = java.util.List.of(
                frontDesk().post("Patient", "{\"resourceType\":\"Patient\",\"name\":[{\"family\":" + marker + "}]}"),
                frontDesk().post("Patient", json(resource(PatientFixture.draft())).replace("\"female\"", "\"" + marker + "\"")),
                frontDesk().post("Patient", "{\"resourceType\":\"Patient\",\"" + marker + "\":1}"),
                frontDesk().get("Patient?family=Smith&birthdate=" + marker),
                frontDesk().get("Patient?" + marker + "=1"));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(outcome(response.body()).getIssue()).isNotEmpty();
        });
        assertThat(responses.subList(0, 2)).allSatisfy(r -> assertThat(r.body()).doesNotContain(marker));
        assertThat(responses.get(3).body()).doesNotContain(marker);
        assertThat(output.getAll()).doesNotContain(marker);
    }

    @Test
    void theSlowerOfTwoEditorsIsRefusedAndNothingIsOverwritten() {
        var created = patient(frontDesk().post("Patient", json(PatientFixture.draft())).body());
        var id = created.getIdElement().getIdPart();
        var version = created.getMeta().getVersionId();
        var first = created.copy();
        first.getAddressFirstRep().setCity("Albany");
        var second = created.copy();
        second.getAddressFirstRep().setCity("Buffalo");

        var winner = frontDesk().with("If-Match", "W/\"" + version + "\"").put("Patient/" + id, json(first));
        var loser = frontDesk().with("If-Match", "W/\"" + version + "\"").put("Patient/" + id, json(second));
        var staleBody = frontDesk().put("Patient/" + id, json(second)); // meta.versionId is the old version

        assertThat(winner.statusCode()).isEqualTo(200);
        assertThat(loser.statusCode()).isEqualTo(412);
        assertThat(staleBody.statusCode()).isEqualTo(409);
        assertThat(outcome(loser.body()).getIssueFirstRep().getCode()).isEqualTo(IssueType.CONFLICT);
        assertThat(patient(frontDesk().get("Patient/" + id).body()).getAddressFirstRep().getCity()).isEqualTo("Albany");
    }

    @Test
    void anUpdateMustNameTheVersionItChanges() {
        var created = patient(frontDesk().post("Patient", json(PatientFixture.draft())).body());
        created.setMeta(null);
        created.setId(created.getIdElement().getIdPart()); // HAPI would write the id's version back as meta.versionId

        var response = frontDesk().put("Patient/" + created.getIdElement().getIdPart(), json(created));

        assertThat(response.statusCode()).isEqualTo(428);
        assertThat(outcome(response.body()).getIssueFirstRep().getCode()).isEqualTo(IssueType.REQUIRED);
    }
}
