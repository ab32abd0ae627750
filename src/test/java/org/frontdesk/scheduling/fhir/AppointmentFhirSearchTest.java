package org.frontdesk.scheduling.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.fhir.AppointmentResources.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditLog;
import org.frontdesk.audit.AuditQuery;
import org.frontdesk.interop.FhirClient;
import org.frontdesk.interop.FhirValidation;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Searching appointments by practitioner, patient, location, date and status, a page at a time. */
@FrontdeskTest
class AppointmentFhirSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog auditLog;

    SchedulingFixture fixture;
    Practice practice;
    PatientId regular;
    List<String> dayOne;
    String nextDay;

    @BeforeEach
    void fiveAppointmentsOnOneDayAndOneTheDayAfter() {
        fixture = SchedulingFixture.of(context);
        practice = fixture.practice();
        regular = fixture.patient();
        dayOne = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var start = fixture.at(7, 9 + i / 2, (i % 2) * 30);
            dayOne.add(book(i == 2 ? regular : fixture.patient(), start, i % 2 == 0));
        }
        nextDay = book(regular, fixture.at(8, 9, 0), false);
    }

    private String book(PatientId patient, Instant start, boolean inTheRoom) {
        var appointment = full(practice, patient, start, start.plusSeconds(1800));
        if (!inTheRoom) {
            appointment.getParticipant().removeIf(p -> p.getActor().getReference().equals("Location/" + practice.room()));
        }
        var created = as("frontdesk").post("Appointment", json(appointment));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return appointment(created.body()).getIdElement().getIdPart();
    }

    private FhirClient as(String user) {
        return FhirClient.as(port, user);
    }

    private String day(int days) {
        return fixture.at(days, 12, 0).atZone(SchedulingFixture.ZONE).toLocalDate().toString();
    }

    private Bundle search(String query) {
        var response = as("doctor").get("Appointment?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return bundle(response.body());
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
    }

    @Test
    void aPractitionersDayComesInStartOrderAPageAtATime() {
        var first = as("doctor").get("Appointment?practitioner=Practitioner/" + practice.provider()
                + "&date=ge" + day(7) + "&date=lt" + day(8) + "&_count=2");

        assertThat(FhirValidation.errorsIn(first.body())).isEmpty();
        var page = bundle(first.body());
        assertThat(page.getTotal()).isEqualTo(5);
        var seen = new ArrayList<>(ids(page));
        while (page.getLink("next") != null) {
            page = bundle(as("doctor").get(page.getLink("next").getUrl()).body());
            seen.addAll(ids(page));
        }
        assertThat(seen).containsExactlyElementsOf(dayOne);
        var starts = search("practitioner=" + practice.provider() + "&date=" + day(7)).getEntry().stream()
                .map(e -> ((Appointment) e.getResource()).getStart()).toList();
        assertThat(starts).hasSize(5).isSorted();
    }

    @Test
    void aDateIsThePracticesDayAndATimeIsAnInstant() {
        assertThat(ids(search("practitioner=" + practice.provider() + "&date=" + day(8)))).containsExactly(nextDay);
        var tenOClock = fixture.at(7, 10, 0).atZone(SchedulingFixture.ZONE).toOffsetDateTime().toString()
                .replace("+", "%2B");
        assertThat(ids(search("practitioner=" + practice.provider() + "&date=ge" + tenOClock + "&date=lt" + day(8))))
                .containsExactlyElementsOf(dayOne.subList(2, 5));
    }

    @Test
    void byPatientActorAndRoom() {
        assertThat(ids(search("patient=Patient/" + regular))).containsExactly(dayOne.get(2), nextDay);
        assertThat(ids(search("actor=Patient/" + regular + "&date=" + day(8)))).containsExactly(nextDay);
        assertThat(ids(search("actor=Practitioner/" + practice.provider()))).hasSize(6);
        assertThat(ids(search("location=Location/" + practice.room())))
                .containsExactly(dayOne.get(0), dayOne.get(2), dayOne.get(4));
        assertThat(ids(search("location=" + practice.location()))).hasSize(6);
    }

    @Test
    void byStatusAfterACancellation() {
        var cancelled = appointment(as("frontdesk").get("Appointment/" + nextDay).body());
        cancelled.setStatus(Appointment.AppointmentStatus.CANCELLED).getCancelationReason().setText("Patient called");
        var update = as("frontdesk").with("If-Match", "W/\"0\"").put("Appointment/" + nextDay, json(cancelled));
        assertThat(update.statusCode()).as(update.body()).isEqualTo(200);

        assertThat(ids(search("practitioner=" + practice.provider() + "&status=cancelled"))).containsExactly(nextDay);
        assertThat(ids(search("practitioner=" + practice.provider() + "&status=booked,arrived"))).hasSize(5);
        assertThat(ids(search("practitioner=" + practice.provider() + "&status=proposed"))).isEmpty();
        var unknown = as("doctor").get("Appointment?practitioner=" + practice.provider() + "&status=maybe");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(FhirValidation.errorsIn(unknown.body())).isEmpty();
    }

    @Test
    void eachPageIsAuditedWithThePatientsOnIt() {
        search("patient=Patient/" + regular);

        var entries = auditLog.search(new AuditQuery(regular.value(), "doctor", null, null, 0, 20));
        assertThat(entries).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.SEARCH);
            assertThat(r.resourceType()).isEqualTo("Appointment");
            assertThat(r.patientIds()).containsExactly(regular.value());
            assertThat(r.channel()).isEqualTo("FHIR");
        });
    }

    @Test
    void referencesToOtherTypesAreABadRequest() {
        assertThat(as("doctor").get("Appointment?patient=Practitioner/" + practice.provider()).statusCode()).isEqualTo(400);
        assertThat(as("doctor").get("Appointment?actor=Device/x").statusCode()).isEqualTo(400);
        assertThat(as("doctor").get("Appointment?date=ge" + day(8) + "&date=lt" + day(7)).statusCode()).isEqualTo(400);
    }
}
