package org.frontdesk.scheduling.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.fhir.AppointmentResources.*;

import java.net.http.HttpResponse;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditLog;
import org.frontdesk.audit.AuditQuery;
import org.frontdesk.interop.FhirClient;
import org.frontdesk.interop.FhirValidation;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Cancelling and moving an appointment through the visit by updating its status. */
@FrontdeskTest
class AppointmentFhirStatusTest {

    private static final String VISIT_STATUS =
            "https://frontdesk.example.org/fhir/StructureDefinition/appointment-visit-status";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog auditLog;

    SchedulingFixture fixture;
    Practice practice;
    String id;

    @BeforeEach
    void booked() {
        fixture = SchedulingFixture.of(context);
        practice = fixture.practice();
        var start = fixture.at(9, 9, 0);
        var created = as("frontdesk").post("Appointment", json(full(practice, fixture.patient(), start, start.plusSeconds(1800))));
        id = appointment(created.body()).getIdElement().getIdPart();
    }

    private FhirClient as(String user) {
        return FhirClient.as(port, user);
    }

    private Appointment current() {
        return appointment(as("frontdesk").get("Appointment/" + id).body());
    }

    private HttpResponse<String> put(Appointment changed) {
        return as("frontdesk").with("If-Match", "W/\"" + changed.getMeta().getVersionId() + "\"")
                .put("Appointment/" + id, json(changed));
    }

    @Test
    void cancellingByStatusFreesTheTimeAndKeepsTheReason() {
        var changed = current().setStatus(AppointmentStatus.CANCELLED);
        changed.getCancelationReason().addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason").setCode("pat");
        changed.getCancelationReason().setText("Patient is travelling");

        var response = put(changed);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(FhirValidation.errorsIn(response.body())).isEmpty();
        var cancelled = appointment(response.body());
        assertThat(cancelled.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.getCancelationReason().getText()).isEqualTo("Patient is travelling");
        assertThat(cancelled.getCancelationReason().getCodingFirstRep().getCode()).isEqualTo("pat");
        assertThat(cancelled.getMeta().getVersionId()).isEqualTo("1");
        var start = cancelled.getStart().toInstant();
        var rebooked = as("frontdesk").post("Appointment", json(full(practice, fixture.patient(), start, start.plusSeconds(1800))));
        assertThat(rebooked.statusCode()).as("the time is free again").isEqualTo(201);
        assertThat(auditLog.search(new AuditQuery(null, "frontdesk", null, null, 0, 200)))
                .anySatisfy(r -> {
                    assertThat(r.action()).isEqualTo(AuditAction.UPDATE);
                    assertThat(r.resourceId()).isEqualTo(id);
                    assertThat(r.detail()).isEqualTo("CANCELLED");
                });
    }

    @Test
    void aCancellationNeedsAReason() {
        var response = put(current().setStatus(AppointmentStatus.CANCELLED));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(outcome(response.body()).getIssueFirstRep().getExpression().getFirst().getValue())
                .isEqualTo("Appointment.cancelationReason");
        assertThat(current().getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void theVisitMovesFromArrivalToCheckOutAndAStepTheLifecycleRefusesIsUnprocessable() {
        var arrived = put(current().setStatus(AppointmentStatus.ARRIVED));
        assertThat(arrived.statusCode()).as(arrived.body()).isEqualTo(200);

        var tooEarly = put(current().setStatus(AppointmentStatus.FULFILLED));
        assertThat(tooEarly.statusCode()).isEqualTo(422);
        assertThat(outcome(tooEarly.body()).getIssueFirstRep().getCode()).isEqualTo(IssueType.BUSINESSRULE);
        assertThat(outcome(tooEarly.body()).getIssueFirstRep().getDiagnostics()).contains("in-room");

        for (var step : new String[] {"in-room", "with-provider"}) {
            var next = current();
            next.getExtensionByUrl(VISIT_STATUS).setValue(new CodeType(step));
            assertThat(put(next).statusCode()).isEqualTo(200);
        }
        var fulfilled = put(current().setStatus(AppointmentStatus.FULFILLED));
        assertThat(fulfilled.statusCode()).as(fulfilled.body()).isEqualTo(200);
        assertThat(appointment(fulfilled.body()).getStatus()).isEqualTo(AppointmentStatus.FULFILLED);

        var reopened = put(current().setStatus(AppointmentStatus.CANCELLED).setCancelationReason(
                new org.hl7.fhir.r4.model.CodeableConcept().setText("too late")));
        assertThat(reopened.statusCode()).isEqualTo(422);
        assertThat(outcome(reopened.body()).getIssueFirstRep().getDiagnostics()).contains("final");
    }

    @Test
    void checkedInMeansArrivedAndSendingTheSameStatusAgainChangesNothing() {
        var checkedIn = put(current().setStatus(AppointmentStatus.CHECKEDIN));
        assertThat(checkedIn.statusCode()).isEqualTo(200);
        assertThat(appointment(checkedIn.body()).getExtensionByUrl(VISIT_STATUS).getValue().primitiveValue())
                .isEqualTo("arrived");

        var again = put(current());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(appointment(again.body()).getMeta().getVersionId()).isEqualTo("1");
    }

    @Test
    void thePatientAcceptingConfirmsAndANoShowFreesTheTime() {
        var confirmed = current();
        confirmed.getParticipant().stream().filter(p -> p.getActor().getReference().startsWith("Patient/"))
                .forEach(p -> p.setStatus(Appointment.ParticipationStatus.ACCEPTED));
        var response = put(confirmed);
        assertThat(appointment(response.body()).getExtensionByUrl(VISIT_STATUS).getValue().primitiveValue())
                .isEqualTo("confirmed");

        var noShow = put(current().setStatus(AppointmentStatus.NOSHOW));
        assertThat(noShow.statusCode()).isEqualTo(200);
        assertThat(appointment(noShow.body()).getStatus()).isEqualTo(AppointmentStatus.NOSHOW);
    }

    @Test
    void aStaleVersionIsAPreconditionFailureAndNoVersionIsRequired() {
        var stale = current();
        assertThat(put(current().setStatus(AppointmentStatus.ARRIVED)).statusCode()).isEqualTo(200);

        var late = put(stale.setStatus(AppointmentStatus.NOSHOW));
        assertThat(late.statusCode()).isEqualTo(412);
        assertThat(outcome(late.body()).getIssueFirstRep().getCode()).isEqualTo(IssueType.CONFLICT);

        var withBodyVersion = current().setStatus(AppointmentStatus.NOSHOW);
        // the encoder writes meta.versionId from a versioned id: keep the id bare so the body says what we set
        withBodyVersion.setIdElement(withBodyVersion.getIdElement().toUnqualifiedVersionless());
        withBodyVersion.getMeta().setVersionId("0");
        assertThat(as("frontdesk").put("Appointment/" + id, json(withBodyVersion)).statusCode()).isEqualTo(409);
        withBodyVersion.getMeta().setVersionId(null);
        var unversioned = as("frontdesk").put("Appointment/" + id, json(withBodyVersion));
        assertThat(unversioned.statusCode()).as(unversioned.body()).isEqualTo(428);
    }

    @Test
    void movingOrChangingParticipantsIsNotAnUpdate() {
        var moved = current();
        moved.setStart(java.util.Date.from(moved.getStart().toInstant().plusSeconds(3600)));

        var response = put(moved);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(outcome(response.body()).getIssueFirstRep().getExpression().getFirst().getValue())
                .isEqualTo("Appointment.start");
        assertThat(current().getMeta().getVersionId()).isEqualTo("0");
    }

    @Test
    void billingMayNotChangeAppointments() {
        var changed = current().setStatus(AppointmentStatus.ARRIVED);

        var response = as("billing").with("If-Match", "W/\"0\"").put("Appointment/" + id, json(changed));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(current().getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    }
}
