package org.frontdesk.scheduling.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.fhir.AppointmentResources.*;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.interop.FhirClient;
import org.frontdesk.interop.FhirValidation;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad bookings get a 4xx that says what is wrong (never the values sent), and nothing is stored. */
@FrontdeskTest
class AppointmentFhirRulesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    SchedulingFixture fixture;
    Practice practice;
    Instant start;

    @BeforeEach
    void practice() {
        fixture = SchedulingFixture.of(context);
        practice = fixture.practice();
        start = fixture.at(6, 9, 0);
    }

    private HttpResponse<String> post(Consumer<Appointment> change) {
        var appointment = full(practice, fixture.patient(), start, start.plus(Duration.ofMinutes(30)));
        change.accept(appointment);
        return FhirClient.as(port, "frontdesk").post("Appointment", json(appointment));
    }

    private void assertRefused(HttpResponse<String> response, int status, String message, String expression) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(FhirValidation.errorsIn(response.body())).isEmpty();
        assertThat(outcome(response.body()).getIssue()).anySatisfy(issue -> {
            assertThat(issue.getDiagnostics()).contains(message);
            if (!expression.isEmpty()) {
                assertThat(issue.getExpression()).anySatisfy(e -> assertThat(e.getValue()).contains(expression));
            }
        });
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE provider_id = :p")
                .param("p", practice.provider().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertRefused(post(a -> a.setEnd(java.util.Date.from(start.minusSeconds(60)))), 422,
                "The end must be after the start.", "Appointment.end");
    }

    @Test
    void aZeroLengthAppointmentIsRefused() {
        assertRefused(post(a -> a.setEnd(java.util.Date.from(start))), 422, "The end must be after the start.",
                "Appointment.end");
    }

    @Test
    void aStartInThePastIsRefused() {
        var past = Instant.now().minus(Duration.ofDays(2));
        assertRefused(post(a -> a.setStart(java.util.Date.from(past)).setEnd(java.util.Date.from(past.plusSeconds(900)))),
                422, "The start is in the past.", "Appointment.start");
    }

    @Test
    void anUnknownPractitionerIsRefused() {
        assertRefused(post(a -> practitioner(a).setReference("Practitioner/" + UUID.randomUUID())), 422,
                "Unknown or inactive provider.", "Practitioner/");
        assertRefused(post(a -> practitioner(a).setReference("Practitioner/dr-who")), 422,
                "Unknown or inactive provider.", "Practitioner/");
    }

    @Test
    void anUnknownPatientIsRefused() {
        assertRefused(post(a -> patient(a).setReference("Patient/" + UUID.randomUUID())), 422, "Unknown patient.",
                "Patient/");
    }

    @Test
    void anUnknownTypeOrOneThePractitionerDoesNotOfferIsRefused() {
        assertRefused(post(a -> a.setAppointmentType(type(new org.frontdesk.scheduling.AppointmentTypeId(UUID.randomUUID())))),
                422, "Unknown appointment type.", "Appointment.appointmentType");
        var foreign = fixture.practice().type();
        assertRefused(post(a -> a.setAppointmentType(type(foreign))), 422,
                "The provider does not offer this appointment type.", "Appointment.appointmentType");
        assertRefused(post(a -> a.getAppointmentType().getCodingFirstRep().setSystem("http://example.org/types")), 422,
                "appointmentType must hold a coding", "Appointment.appointmentType");
    }

    @Test
    void anUnknownLocationIsRefused() {
        assertRefused(post(a -> {
            a.getParticipant().removeIf(p -> p.getActor().getReference().startsWith("Location/"));
            a.addParticipant().setActor(new Reference("Location/" + UUID.randomUUID()))
                    .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        }), 422, "Unknown location.", "Location/");
    }

    @Test
    void withoutALocationOrADefaultOneTheClientMustNameIt() {
        fixture.practice(); // a second location, so that the practice has no only one
        assertRefused(post(a -> a.getParticipant().removeIf(p -> p.getActor().getReference().startsWith("Location/"))),
                422, "Name the location", "Location/");
    }

    @Test
    void malformedTimesAreABadRequest() {
        var json = json(full(practice, fixture.patient(), start, start.plusSeconds(1800)))
                .replaceFirst("\"start\": ?\"[^\"]+\"", "\"start\":\"next tuesday at nine\"");
        var response = FhirClient.as(port, "frontdesk").post("Appointment", json);

        assertRefused(response, 400, "Element 'start' has a value that is not valid", "");
        assertThat(response.body()).doesNotContain("next tuesday");
    }

    @Test
    void aTimeWithoutAnOffsetIsRefused() {
        var local = start.atZone(SchedulingFixture.ZONE).toLocalDateTime().toString();
        var json = json(full(practice, fixture.patient(), start, start.plusSeconds(1800)))
                .replaceFirst("\"start\": ?\"[^\"]+\"", "\"start\":\"" + local + ":00\"");

        assertRefused(FhirClient.as(port, "frontdesk").post("Appointment", json), 422,
                "The start must be a time with an offset", "Appointment.start");
    }

    @Test
    void anUnknownStatusIsABadRequestAndAProposalIsNotABooking() {
        var json = json(full(practice, fixture.patient(), start, start.plusSeconds(1800)))
                .replace("\"status\":\"booked\"", "\"status\":\"maybe\"");
        assertRefused(FhirClient.as(port, "frontdesk").post("Appointment", json), 400, "Element 'status'", "");
        assertRefused(post(a -> a.setStatus(AppointmentStatus.PROPOSED)), 422, "send status booked", "Appointment.status");
    }

    @Test
    void anAppointmentNeedsAPatientAndAPractitioner() {
        assertRefused(post(a -> a.getParticipant().removeIf(p -> p.getActor().getReference().startsWith("Patient/"))),
                422, "Name the patient", "Patient/");
        assertRefused(post(a -> a.getParticipant().removeIf(p -> p.getActor().getReference().startsWith("Practitioner/"))),
                422, "Name the practitioner", "Practitioner/");
    }

    @Test
    void aSlotReferenceThatIsNotOneOfOurSlotsIsRefused() {
        assertRefused(post(a -> a.addSlot(new Reference("Slot/" + UUID.randomUUID()))), 422, "Slot", "Appointment.slot");
    }

    private static Reference practitioner(Appointment a) {
        return actor(a, "Practitioner/");
    }

    private static Reference patient(Appointment a) {
        return actor(a, "Patient/");
    }

    private static Reference actor(Appointment a, String prefix) {
        return a.getParticipant().stream().map(p -> p.getActor()).filter(r -> r.getReference().startsWith(prefix))
                .findFirst().orElseThrow();
    }
}
