package org.frontdesk.scheduling.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.fhir.AppointmentResources.*;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditLog;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditQuery;
import org.frontdesk.audit.AuditRecord;
import org.frontdesk.interop.FhirClient;
import org.frontdesk.interop.FhirValidation;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Booking and reading appointments over real HTTP, as the roles of the office. */
@FrontdeskTest
class AppointmentFhirApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void frontDeskBooksAnAppointmentThatReadsBackValidAndAudited() {
        var patient = fixture.patient();
        var start = fixture.at(3, 9, 0);

        var created = as("frontdesk").post("Appointment", json(full(practice, patient, start, start.plus(Duration.ofMinutes(30)))));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(FhirValidation.errorsIn(created.body())).isEmpty();
        var id = appointment(created.body()).getIdElement().getIdPart();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("Appointment/" + id));
        assertThat(created.headers().firstValue("ETag")).contains("W/\"0\"");

        var read = as("doctor").get("Appointment/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(FhirValidation.errorsIn(read.body())).isEmpty();
        var fhir = appointment(read.body());
        assertThat(fhir.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(fhir.getStart().toInstant()).isEqualTo(start);
        assertThat(fhir.getEnd().toInstant()).isEqualTo(start.plus(Duration.ofMinutes(30)));
        assertThat(fhir.getMinutesDuration()).isEqualTo(30);
        assertThat(fhir.getAppointmentType().getCodingFirstRep().getCode()).isEqualTo(practice.type().toString());
        assertThat(fhir.getReasonCodeFirstRep().getText()).isEqualTo("Follow-up of invented complaint");
        assertThat(fhir.getParticipant()).extracting(p -> p.getActor().getReference()).containsExactlyInAnyOrder(
                "Patient/" + patient, "Practitioner/" + practice.provider(), "Location/" + practice.location(),
                "Location/" + practice.room());
        assertThat(audit(id)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.CREATE);
            assertThat(r.username()).isEqualTo("frontdesk");
            assertThat(r.channel()).isEqualTo("FHIR");
            assertThat(r.patientIds()).containsExactly(patient.value());
        }).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.READ);
            assertThat(r.username()).isEqualTo("doctor");
        });
    }

    @Test
    void anAppointmentWithOnlyPatientPractitionerStartAndEndBooksTheProvidersDefaultType() {
        var other = fixture.type(practice.provider(), 45);
        fixture.defaults(practice.provider(), other, practice.location());
        var start = fixture.at(3, 11, 0);

        var created = as("frontdesk").post("Appointment",
                json(minimal(fixture.patient(), practice.provider(), start, start.plus(Duration.ofMinutes(20)))));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var fhir = appointment(created.body());
        assertThat(fhir.getAppointmentType().getCodingFirstRep().getCode()).isEqualTo(other.toString());
        assertThat(fhir.getParticipant()).extracting(p -> p.getActor().getReference())
                .contains("Location/" + practice.location());
        assertThat(fhir.getMinutesDuration()).isEqualTo(20);
    }

    @Test
    void withoutADefaultTypeTheClientMustNameOne() {
        var start = fixture.at(3, 11, 0);

        var refused = as("frontdesk").post("Appointment",
                json(minimal(fixture.patient(), practice.provider(), start, start.plus(Duration.ofMinutes(20)))));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(outcome(refused.body()).getIssue()).anySatisfy(i -> {
            assertThat(i.getDiagnostics()).contains("default appointment type");
            assertThat(i.getExpression()).extracting(Object::toString).contains("Appointment.appointmentType");
        });
        assertThat(stored()).isZero();
    }

    @Test
    void aClashIsAConflictThatNamesTheProviderAndTheTimeButNotThePatient() {
        var start = fixture.at(4, 10, 0);
        var first = as("frontdesk").post("Appointment", json(full(practice, fixture.patient(), start, start.plusSeconds(1800))));
        var firstId = appointment(first.body()).getIdElement().getIdPart();

        var later = start.plus(Duration.ofMinutes(15));
        var clash = as("frontdesk").post("Appointment",
                json(full(practice, fixture.patient(), later, later.plusSeconds(1800))));

        assertThat(clash.statusCode()).isEqualTo(409);
        assertThat(FhirValidation.errorsIn(clash.body())).isEmpty();
        var issues = outcome(clash.body()).getIssue();
        assertThat(issues).allMatch(i -> i.getCode() == IssueType.CONFLICT);
        assertThat(issues).anySatisfy(i -> assertThat(i.getDiagnostics())
                .contains("Practitioner/" + practice.provider(), "Appointment/" + firstId, "T10:00:00-0", "T10:30:00-0"));
        assertThat(issues).anySatisfy(i -> assertThat(i.getDiagnostics()).contains("room Location/" + practice.room()));
        assertThat(clash.body()).doesNotContain("Patient/").doesNotContain("invented complaint");
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void aRoomClashWithAnotherProviderIsAConflictNamingTheRoom() {
        var start = fixture.at(4, 13, 0);
        as("frontdesk").post("Appointment", json(full(practice, fixture.patient(), start, start.plusSeconds(1800))));
        var colleague = fixture.provider(practice.type());
        var request = full(practice, fixture.patient(), start, start.plusSeconds(1800));
        request.getParticipant().stream().filter(p -> p.getActor().getReference().startsWith("Practitioner/"))
                .forEach(p -> p.getActor().setReference("Practitioner/" + colleague));

        var clash = as("frontdesk").post("Appointment", json(request));

        assertThat(clash.statusCode()).isEqualTo(409);
        assertThat(outcome(clash.body()).getIssue()).noneMatch(i -> i.getDiagnostics().contains("Practitioner/"))
                .anyMatch(i -> i.getDiagnostics().contains("room Location/" + practice.room()));
    }

    @Test
    void onlyTheManagerMayOverbookAndTheAppointmentSaysSo() {
        var start = fixture.at(4, 15, 0);
        as("frontdesk").post("Appointment", json(full(practice, fixture.patient(), start, start.plusSeconds(1800))));
        var again = json(full(practice, fixture.patient(), start, start.plusSeconds(1800)));

        var clerk = as("frontdesk").with("Frontdesk-Overbook-Reason", "Doctor agreed: urgent").post("Appointment", again);
        var manager = as("manager").with("Frontdesk-Overbook-Reason", "Doctor agreed: urgent").post("Appointment", again);

        assertThat(clerk.statusCode()).isEqualTo(403);
        assertThat(manager.statusCode()).as(manager.body()).isEqualTo(201);
        assertThat(appointment(manager.body()).getExtensionByUrl(
                "https://frontdesk.example.org/fhir/StructureDefinition/appointment-overbooked")).isNotNull();
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void aPatientBookedWithTwoProvidersAtOnceIsBookedAndToldSoWhenAskingForTheOutcome() {
        var patient = fixture.patient();
        var start = fixture.at(4, 16, 0);
        as("frontdesk").post("Appointment", json(full(practice, patient, start, start.plusSeconds(1800))));
        var elsewhere = fixture.practice();

        var second = as("frontdesk").with("Prefer", "return=OperationOutcome")
                .post("Appointment", json(full(elsewhere, patient, start, start.plusSeconds(1800))));

        assertThat(second.statusCode()).isEqualTo(201);
        var warning = outcome(second.body()).getIssueFirstRep();
        assertThat(warning.getDiagnostics()).contains("another appointment");
        assertThat(warning.getSeverity()).isEqualTo(org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.WARNING);
    }

    @Test
    void billingAndProvidersReadButDoNotBookTheAdministratorDoesNeitherAndStrangersAreAskedToSignIn() {
        var start = fixture.at(5, 9, 0);
        var body = json(full(practice, fixture.patient(), start, start.plusSeconds(1800)));
        var id = appointment(as("frontdesk").post("Appointment", body).body()).getIdElement().getIdPart();

        assertThat(as("billing").get("Appointment/" + id).statusCode()).isEqualTo(200);
        HttpResponse<String> billing = as("billing").post("Appointment", body);
        assertThat(billing.statusCode()).isEqualTo(403);
        assertThat(outcome(billing.body()).getIssueFirstRep().getCode()).isEqualTo(IssueType.FORBIDDEN);
        assertThat(as("doctor").post("Appointment", body).statusCode()).isEqualTo(403);
        assertThat(as("admin").get("Appointment/" + id).statusCode()).isEqualTo(403);
        assertThat(as("admin").get("Appointment?practitioner=" + practice.provider()).statusCode()).isEqualTo(403);
        assertThat(FhirClient.anonymous(port).get("Appointment/" + id).statusCode()).isEqualTo(401);
        assertThat(stored()).isEqualTo(1);
        assertThat(audit(id)).anySatisfy(r -> {
            assertThat(r.username()).isEqualTo("admin");
            assertThat(r.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(as("frontdesk").get("Appointment/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(as("frontdesk").get("Appointment/not-ours").statusCode()).isEqualTo(404);
    }

    private int stored() {
        return jdbc.sql("SELECT count(*) FROM appointment WHERE provider_id = :p")
                .param("p", practice.provider().value()).query(Integer.class).single();
    }

    private java.util.List<AuditRecord> audit(String appointmentId) {
        return auditLog.search(new AuditQuery(null, null, null, null, 0, 5000)).stream()
                .filter(r -> appointmentId.equals(r.resourceId())).toList();
    }
}
