package org.frontdesk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import org.frontdesk.FrontdeskTest;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@FrontdeskTest
class FhirServerTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @LocalServerPort
    int port;

    @Test
    void publishesAValidCapabilityStatementWithoutSignIn() {
        var response = FhirClient.anonymous(port).get("metadata");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(FhirClient.FHIR_JSON));
        assertThat(FhirValidation.errorsIn(response.body())).isEmpty();
        var statement = FHIR.newJsonParser().parseResource(CapabilityStatement.class, response.body());
        assertThat(statement.getRestFirstRep().getResource()).extracting(r -> r.getType())
                .contains("Patient", "AuditEvent");
    }

    @Test
    void answersXmlWhenAskedFor() {
        var response = FhirClient.anonymous(port).get("metadata?_format=xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("<CapabilityStatement");
    }

    @Test
    void refusesAnonymousCallersWithAnOperationOutcome() {
        var response = FhirClient.anonymous(port).get("Patient?family=Smith");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body())
                .getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.LOGIN);
        assertThat(FhirValidation.errorsIn(response.body())).isEmpty();
    }

    @Test
    void answersAnUnknownResourceTypeWithNotFound() {
        var response = FhirClient.as(port, "frontdesk").get("Spaceship/1");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body()).getIssue()).isNotEmpty();
    }
}
