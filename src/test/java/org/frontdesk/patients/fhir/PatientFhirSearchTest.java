package org.frontdesk.patients.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.patients.fhir.PatientResources.FHIR;
import static org.frontdesk.patients.fhir.PatientResources.json;
import static org.frontdesk.patients.fhir.PatientResources.patient;

import java.util.List;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditLog;
import org.frontdesk.audit.AuditQuery;
import org.frontdesk.interop.FhirClient;
import org.frontdesk.interop.FhirValidation;
import org.frontdesk.patients.PatientDraft;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Searching by the parameters US Core asks for, with paging, as billing would. */
@FrontdeskTest
class PatientFhirSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    // Registered once for the class: registering them again would be stopped as duplicates.
    private static String family = "Marchbankley";
    private static String older;
    private static String younger;
    private static String mrn;

    @BeforeEach
    void twoSiblings() {
        if (older != null) {
            return;
        }
        older = register(new PatientDraft(family, "Cordelia", null, null, null, "1961-03-09", "FEMALE", null,
                "(718) 555-0101", null, null, null, null, null, null, null, "en", null, null, null, null));
        younger = register(new PatientDraft(family, "Barnaby", null, null, null, "1968-07-21", "MALE", null,
                "(718) 555-0177", null, null, null, null, null, null, null, "en", null, null, null, null));
        mrn = patient(FhirClient.as(port, "billing").get("Patient/" + older).body()).getIdentifierFirstRep().getValue();
    }

    private String register(PatientDraft draft) {
        var response = FhirClient.as(port, "frontdesk").post("Patient", json(draft));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return patient(response.body()).getIdElement().getIdPart();
    }

    private List<String> ids(String query) {
        var response = FhirClient.as(port, "billing").get("Patient?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FHIR.newJsonParser().parseResource(Bundle.class, response.body()).getEntry().stream()
                .map(e -> e.getResource().getIdElement().getIdPart()).toList();
    }

    @Test
    void findsByNameBirthDateIdentifierPhoneAndGender() {
        assertThat(ids("family=" + family)).containsExactlyInAnyOrder(older, younger);
        assertThat(ids("family=" + family + "&given=cord")).containsExactly(older);
        assertThat(ids("name=" + family.substring(0, 11).toLowerCase() + "&birthdate=ge1965-01-01")).containsExactly(younger);
        assertThat(ids("family=" + family + "&birthdate=le1961-03-09")).containsExactly(older);
        assertThat(ids("family=" + family + "&gender=male")).containsExactly(younger);
        assertThat(ids("birthdate=1961-03-09&family=" + family)).containsExactly(older);
        assertThat(ids("identifier=urn:frontdesk:mrn%7C" + mrn)).containsExactly(older);
        assertThat(ids("identifier=http://other.example/mrn%7C" + mrn)).isEmpty();
        assertThat(ids("phone=718-555-0177")).contains(younger).doesNotContain(older);
        assertThat(ids("_id=" + older)).containsExactly(older);
        assertThat(ids("family=" + family + "x")).isEmpty();
    }

    @Test
    void pagesResultsWithNextLinksAndEmitsAValidBundle() {
        var client = FhirClient.as(port, "billing");
        var first = client.get("Patient?family=" + family + "&_count=1");

        assertThat(FhirValidation.errorsIn(first.body())).isEmpty();
        var bundle = FHIR.newJsonParser().parseResource(Bundle.class, first.body());
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getTotal()).isEqualTo(2);
        assertThat(bundle.getEntry()).hasSize(1);
        var next = bundle.getLink("next");
        assertThat(next).isNotNull();

        var second = FHIR.newJsonParser().parseResource(Bundle.class, client.get(next.getUrl()).body());
        assertThat(second.getEntry()).hasSize(1);
        assertThat(second.getLink("previous")).isNotNull();
        assertThat(List.of(bundle.getEntryFirstRep().getResource().getIdElement().getIdPart(),
                second.getEntryFirstRep().getResource().getIdElement().getIdPart()))
                .containsExactlyInAnyOrder(older, younger);
        assertThat(FhirClient.as(port, "doctor").get(next.getUrl()).statusCode())
                .as("another user cannot open the page").isEqualTo(410);
    }

    @Test
    void everySearchIsAuditedWithThePatientsItReturned() {
        ids("family=" + family + "&given=Barn");

        var entries = auditLog.search(new AuditQuery(UUID.fromString(younger), "billing", null, null, 0, 50));
        assertThat(entries).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.SEARCH));
    }

    @Test
    void refusesASearchThatNamesNobody() {
        var response = FhirClient.as(port, "billing").get("Patient?birthdate=ge1900-01-01");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(PatientResources.outcome(response.body()).getIssueFirstRep().getDiagnostics()).contains("name");
    }

    /** Names and dates of birth can stay out of URLs altogether: search by POST with a form body. */
    @Test
    void searchesByPostSoThatNamesStayOutOfUrls() {
        var response = FhirClient.as(port, "billing").post("Patient/_search",
                "family=" + family + "&birthdate=1961-03-09", "application/x-www-form-urlencoded");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var bundle = FHIR.newJsonParser().parseResource(Bundle.class, response.body());
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart()).containsExactly(older);
    }
}
