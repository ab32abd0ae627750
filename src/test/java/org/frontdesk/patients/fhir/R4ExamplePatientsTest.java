package org.frontdesk.patients.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.patients.fhir.PatientResources.json;
import static org.frontdesk.patients.fhir.PatientResources.outcome;
import static org.frontdesk.patients.fhir.PatientResources.patient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.interop.FhirClient;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointUse;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Patients written by other systems: the FHIR specification's own examples. What fits our rules is registered as
 * sent; what does not (Australian phone numbers and addresses) is refused field by field, and registered once fixed.
 */
@FrontdeskTest
class R4ExamplePatientsTest {

    @LocalServerPort
    int port;

    private static String example(String name) {
        try (var in = R4ExamplePatientsTest.class.getResourceAsStream(name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void registersTheGlossyExampleAsSent() {
        var response = FhirClient.as(port, "frontdesk").post("Patient", example("Patient-glossy"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var stored = patient(response.body());
        assertThat(stored.getIdElement().getIdPart()).isNotEqualTo("glossy"); // the server assigns ids
        assertThat(stored.getNameFirstRep().getFamily()).isEqualTo("Levin");
        assertThat(stored.getNameFirstRep().getSuffixAsSingleString()).isEqualTo("The 7th");
        assertThat(stored.getIdentifierFirstRep().getSystem()).isEqualTo("urn:frontdesk:mrn");
    }

    @Test
    void refusesTheForeignContactDetailsOfTheMainExampleThenRegistersItOnceFixed() {
        var sent = example("Patient-example");

        var refused = FhirClient.as(port, "frontdesk").post("Patient", sent);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(outcome(refused.body()).getIssue()).flatExtracting(OperationOutcomeIssueComponent::getExpression)
                .extracting(e -> e.getValue())
                .contains("Patient.telecom.where(system='phone' and use='mobile').value", "Patient.address.state",
                        "Patient.address.postalCode", "Patient.contact.telecom.value");

        var fixed = patient(sent);
        fixed.getTelecom().stream().filter(t -> t.getUse() == ContactPointUse.MOBILE).forEach(t -> t.setValue("(802) 555-0134"));
        fixed.getAddressFirstRep().setState("VT").setPostalCode("05401");
        fixed.getContactFirstRep().getTelecomFirstRep().setValue("(802) 555-0178");
        var registered = FhirClient.as(port, "frontdesk").post("Patient", json(fixed));

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        var stored = patient(registered.body());
        var official = stored.getName().stream().filter(n -> n.getUse() == NameUse.OFFICIAL).findFirst().orElseThrow();
        assertThat(official.getGivenAsSingleString()).isEqualTo("Peter James");
        assertThat(stored.getName()).anySatisfy(n -> {
            assertThat(n.getUse()).isEqualTo(NameUse.USUAL);
            assertThat(n.getGivenAsSingleString()).isEqualTo("Jim");
        });
        assertThat(stored.getBirthDateElement().getValueAsString()).isEqualTo("1974-12-25");
        assertThat(stored.getContactFirstRep().getName().getText()).isEqualTo("Bénédicte du Marché");
    }
}
