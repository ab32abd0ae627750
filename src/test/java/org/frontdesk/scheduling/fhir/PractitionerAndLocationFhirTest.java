package org.frontdesk.scheduling.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.fhir.AppointmentResources.FHIR;
import static org.frontdesk.scheduling.fhir.AppointmentResources.bundle;

import java.util.List;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.interop.FhirClient;
import org.frontdesk.interop.FhirValidation;
import org.frontdesk.scheduling.PracticeDirectory;
import org.frontdesk.scheduling.Provider;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Practitioner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The practice's providers as Practitioners (after US Core) and its locations and rooms as Locations. */
@FrontdeskTest
class PractitionerAndLocationFhirTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    PracticeDirectory directory;

    SchedulingFixture fixture;
    Practice practice;

    @BeforeEach
    void practice() {
        fixture = SchedulingFixture.of(context);
        practice = fixture.practice();
    }

    private FhirClient as(String user) {
        return FhirClient.as(port, user);
    }

    private Provider provider() {
        return SystemTask.run(List.of(Permission.SCHEDULE_READ), () -> directory.provider(practice.provider()).orElseThrow());
    }

    @Test
    void aProviderReadsAsAValidPractitionerWithTheNpiAndAFamilyName() {
        var response = as("billing").get("Practitioner/" + practice.provider());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(FhirValidation.errorsIn(response.body())).isEmpty();
        var fhir = FHIR.newJsonParser().parseResource(Practitioner.class, response.body());
        var provider = provider();
        assertThat(fhir.getIdentifierFirstRep().getSystem()).isEqualTo("http://hl7.org/fhir/sid/us-npi");
        assertThat(fhir.getIdentifierFirstRep().getValue()).isEqualTo(provider.npi().value());
        assertThat(fhir.getNameFirstRep().getText()).isEqualTo(provider.name());
        assertThat(fhir.getNameFirstRep().getFamily()).isEqualTo(provider.name().substring(provider.name().lastIndexOf(' ') + 1));
        assertThat(fhir.getNameFirstRep().getSuffixAsSingleString()).isEqualTo("MD");
        assertThat(fhir.getActive()).isTrue();
    }

    @Test
    void practitionersAreFoundByNpiAndByName() {
        var npi = provider().npi().value();

        var byNpi = bundle(as("doctor").get("Practitioner?identifier=http://hl7.org/fhir/sid/us-npi%7C" + npi).body());
        var bare = bundle(as("doctor").get("Practitioner?identifier=" + npi).body());
        var otherSystem = bundle(as("doctor").get("Practitioner?identifier=urn:other%7C" + npi).body());
        var byName = bundle(as("doctor").get("Practitioner?name=" + provider().name().replace(' ', '+')).body());

        assertThat(byNpi.getEntry()).singleElement()
                .satisfies(e -> assertThat(e.getResource().getIdElement().getIdPart()).isEqualTo(practice.provider().toString()));
        assertThat(bare.getEntry()).hasSize(1);
        assertThat(otherSystem.getEntry()).isEmpty();
        assertThat(byName.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .contains(practice.provider().toString());
    }

    @Test
    void aLocationHasItsAddressAndTimeZoneAndARoomIsPartOfIt() {
        var site = as("frontdesk").get("Location/" + practice.location());
        var room = as("frontdesk").get("Location/" + practice.room());

        assertThat(FhirValidation.errorsIn(site.body())).isEmpty();
        assertThat(FhirValidation.errorsIn(room.body())).isEmpty();
        var location = FHIR.newJsonParser().parseResource(Location.class, site.body());
        assertThat(location.getAddress().getCity()).isEqualTo("Springfield");
        assertThat(location.getAddress().getPostalCode()).isEqualTo("10001");
        assertThat(location.getPhysicalType().getCodingFirstRep().getCode()).isEqualTo("si");
        assertThat(((CodeType) location.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/timezone").getValue())
                .getValue()).isEqualTo("America/New_York");
        var exam = FHIR.newJsonParser().parseResource(Location.class, room.body());
        assertThat(exam.getPhysicalType().getCodingFirstRep().getCode()).isEqualTo("ro");
        assertThat(exam.getPartOf().getReference()).isEqualTo("Location/" + practice.location());
        assertThat(as("frontdesk").get("Location/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void locationsAreFoundByNameAndRoomsByTheirLocation() {
        var name = FHIR.newJsonParser().parseResource(Location.class,
                as("frontdesk").get("Location/" + practice.location()).body()).getName();

        var byName = bundle(as("frontdesk").get("Location?name:exact=" + name.replace(" ", "%20")).body());
        var rooms = bundle(as("frontdesk").get("Location?partof=Location/" + practice.location()).body());

        assertThat(byName.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(practice.location().toString());
        assertThat(rooms.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(practice.room().toString());
    }

    @Test
    void theAdministratorSeesNoCalendarsAndStrangersMustSignIn() {
        assertThat(as("admin").get("Practitioner/" + practice.provider()).statusCode()).isEqualTo(403);
        assertThat(as("admin").get("Location?name=Test").statusCode()).isEqualTo(403);
        assertThat(FhirClient.anonymous(port).get("Practitioner").statusCode()).isEqualTo(401);
    }

    @Test
    void theCapabilityStatementListsTheSchedulingResources() {
        var statement = FHIR.newJsonParser().parseResource(CapabilityStatement.class,
                FhirClient.anonymous(port).get("metadata").body());

        var resources = statement.getRestFirstRep().getResource();
        assertThat(resources).extracting(r -> r.getType()).contains("Appointment", "Practitioner", "Location");
        var appointment = resources.stream().filter(r -> r.getType().equals("Appointment")).findFirst().orElseThrow();
        assertThat(appointment.getInteraction()).extracting(i -> i.getCode().toCode())
                .contains("read", "create", "update", "search-type");
        assertThat(appointment.getSearchParam()).extracting(p -> p.getName())
                .contains("patient", "practitioner", "actor", "date", "status", "location");
    }
}
