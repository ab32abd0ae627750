package org.frontdesk.scheduling.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.fhir.AppointmentResources.*;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.interop.FhirClient;
import org.frontdesk.interop.FhirValidation;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.hl7.fhir.r4.model.Slot.SlotStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Schedules and slots derived from templates minus bookings, and booking from a slot (issue 3, items 11 and 12). */
@FrontdeskTest
class ScheduleAndSlotFhirTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    SchedulingFixture fixture;
    Practice practice;
    LocalDate day;

    @BeforeEach
    void practice() {
        fixture = SchedulingFixture.of(context);
        practice = fixture.practice();
        fixture.defaults(practice.provider(), practice.type(), practice.location());
        day = LocalDate.ofInstant(fixture.at(5, 12, 0), SchedulingFixture.ZONE);
    }

    private FhirClient as(String user) {
        return FhirClient.as(port, user);
    }

    @Test
    void eachProviderHasAValidScheduleAtTheirLocationFoundByActor() {
        var found = as("frontdesk").get("Schedule?actor=Practitioner/" + practice.provider());

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        var entries = bundle(found.body()).getEntry();
        assertThat(entries).hasSize(1);
        var schedule = (Schedule) entries.getFirst().getResource();
        assertThat(schedule.getActor()).extracting(Reference::getReference).containsExactly(
                "Practitioner/" + practice.provider(), "Location/" + practice.location());
        assertThat(schedule.getServiceType()).extracting(c -> c.getCodingFirstRep().getCode())
                .containsExactly(practice.type().toString());
        assertThat(schedule.getPlanningHorizon().hasStart()).isTrue();

        var read = as("doctor").get("Schedule/" + schedule.getIdElement().getIdPart());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(FhirValidation.errorsIn(read.body())).isEmpty();
        assertThat(bundle(as("frontdesk").get("Schedule?actor=Location/" + practice.location()).body()).getEntry())
                .hasSize(1);
        assertThat(bundle(as("frontdesk").get("Schedule?_id=" + schedule.getIdElement().getIdPart()).body())
                .getEntry()).hasSize(1);
        assertThat(as("frontdesk").get("Schedule/unknown").statusCode()).isEqualTo(404);
        var malformedSlot = as("frontdesk").get("Slot/not-a-slot-id");
        assertThat(malformedSlot.statusCode()).isEqualTo(404);
        assertThat(malformedSlot.body()).contains("\"resourceType\":\"OperationOutcome\"");
    }

    @Test
    void freeSlotsOfADayValidateAndCarryTheTypesBookableInThem() {
        var response = slots("status=free&start=ge" + day + "&start=lt" + day.plusDays(1));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var slots = slotsIn(response);
        // the fixture's provider works 07:00-19:00: 24 half-hour slots of the practice's only (30-minute) type
        assertThat(slots).hasSize(24);
        assertThat(slots.getFirst().getStart().toInstant()).isEqualTo(fixture.at(5, 7, 0));
        assertThat(slots.getLast().getEnd().toInstant()).isEqualTo(fixture.at(5, 19, 0));
        assertThat(slots).allSatisfy(slot -> {
            assertThat(slot.getStatus()).isEqualTo(SlotStatus.FREE);
            assertThat(slot.getSchedule().getReference()).isEqualTo("Schedule/" + scheduleId());
            assertThat(slot.getServiceType()).extracting(c -> c.getCodingFirstRep().getCode())
                    .containsExactly(practice.type().toString());
        });
        var read = as("frontdesk").get("Slot/" + slots.get(4).getIdElement().getIdPart());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(FhirValidation.errorsIn(read.body())).isEmpty();
        assertThat(FHIR.newJsonParser().parseResource(Slot.class, read.body()).getStart().toInstant())
                .isEqualTo(fixture.at(5, 9, 0));
    }

    @Test
    void aBlockReservedForOneTypeOffersOnlyThatType() {
        var newPatient = fixture.type(practice.provider(), 60);
        fixture.block(practice.provider(), practice.location(), day.getDayOfWeek(), LocalTime.of(9, 0),
                LocalTime.of(11, 0), newPatient);

        var slots = slotsIn(slots("status=free&start=ge" + day + "T09:00:00" + offset() + "&start=lt" + day
                + "T13:00:00" + offset()));

        assertThat(slots).extracting(s -> s.getStart().toInstant()).startsWith(fixture.at(5, 9, 0));
        assertThat(slots).filteredOn(s -> s.getStart().toInstant().isBefore(fixture.at(5, 11, 0)))
                .hasSize(4)
                .allSatisfy(s -> assertThat(codes(s)).containsExactly(newPatient.toString()));
        assertThat(slots).filteredOn(s -> !s.getStart().toInstant().isBefore(fixture.at(5, 11, 0)))
                .allSatisfy(s -> assertThat(codes(s)).contains(practice.type().toString()))
                .isNotEmpty();
        assertThat(slotsIn(slots("service-type=" + newPatient + "&start=ge" + day + "&start=lt" + day.plusDays(1))))
                .extracting(s -> s.getStart().toInstant()).contains(fixture.at(5, 9, 0), fixture.at(5, 12, 0))
                .doesNotContain(fixture.at(5, 18, 30));
    }

    @Test
    void aSearchWithoutABoundedStartRangeOfAtMost31DaysIsABadRequest() {
        assertBadRequest(slots("status=free"), "start");
        assertBadRequest(slots("status=free&start=ge" + day), "start");
        assertBadRequest(slots("start=ge" + day + "&start=lt" + day.plusDays(40)), "start");
        assertBadRequest(as("frontdesk").get("Slot?status=free&start=ge" + day + "&start=lt" + day.plusDays(1)),
                "schedule");
        assertBadRequest(slots("status=kaput&start=ge" + day + "&start=lt" + day.plusDays(1)), "status");
        assertThat(slots("start=ge" + day + "&start=lt" + day.plusDays(31)).statusCode()).isEqualTo(200);
    }

    @Test
    void anAppointmentBookedFromASlotTakesItsPractitionerLocationAndTimeAndTheSlotIsThenBusy() {
        var slot = slotsIn(slots("status=free&start=ge" + day + "&start=lt" + day.plusDays(1))).get(6);
        var slotId = slot.getIdElement().getIdPart();

        var created = as("frontdesk").post("Appointment", json(fromSlot(fixture.patient(), slotId)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(FhirValidation.errorsIn(created.body())).isEmpty();
        var booked = appointment(created.body());
        assertThat(booked.getStart().toInstant()).isEqualTo(fixture.at(5, 10, 0));
        assertThat(booked.getMinutesDuration()).isEqualTo(30);
        assertThat(booked.getAppointmentType().getCodingFirstRep().getCode()).isEqualTo(practice.type().toString());
        assertThat(booked.getParticipant()).extracting(p -> p.getActor().getReference())
                .contains("Practitioner/" + practice.provider(), "Location/" + practice.location());

        var after = as("frontdesk").get("Slot/" + slotId);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(FHIR.newJsonParser().parseResource(Slot.class, after.body()).getStatus())
                .isEqualTo(SlotStatus.BUSY);
        var free = slotsIn(slots("status=free&start=ge" + day + "&start=lt" + day.plusDays(1)));
        assertThat(free).hasSize(23).noneMatch(s -> s.getIdElement().getIdPart().equals(slotId));
        var busy = slotsIn(slots("status=busy&start=ge" + day + "&start=lt" + day.plusDays(1)));
        assertThat(busy).singleElement().satisfies(s -> {
            assertThat(s.getStart().toInstant()).isEqualTo(fixture.at(5, 10, 0));
            assertThat(s.getServiceType()).isEmpty();
        });
    }

    @Test
    void aTakenSlotIsAConflictNamingTheClash() {
        var slotId = slotsIn(slots("status=free&start=ge" + day + "&start=lt" + day.plusDays(1))).get(2)
                .getIdElement().getIdPart();
        var first = as("frontdesk").post("Appointment", json(fromSlot(fixture.patient(), slotId)));
        var firstId = appointment(first.body()).getIdElement().getIdPart();

        var clash = as("frontdesk").post("Appointment", json(fromSlot(fixture.patient(), slotId)));

        assertThat(clash.statusCode()).as(clash.body()).isEqualTo(409);
        assertThat(FhirValidation.errorsIn(clash.body())).isEmpty();
        assertThat(outcome(clash.body()).getIssue()).allMatch(i -> i.getCode() == IssueType.CONFLICT)
                .anySatisfy(i -> assertThat(i.getDiagnostics())
                        .contains("Practitioner/" + practice.provider(), "Appointment/" + firstId));
    }

    @Test
    void aSlotWithAnotherPractitionerOrStartIsRefused() {
        var slotId = slotsIn(slots("status=free&start=ge" + day + "&start=lt" + day.plusDays(1))).get(3)
                .getIdElement().getIdPart();
        var other = fixture.provider(practice.type());
        var wrong = minimal(fixture.patient(), other, fixture.at(5, 8, 30), fixture.at(5, 9, 0));
        wrong.addSlot(new Reference("Slot/" + slotId));

        var refused = as("frontdesk").post("Appointment", json(wrong));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(outcome(refused.body()).getIssue()).extracting(i -> i.getDiagnostics())
                .anySatisfy(m -> assertThat(m).contains("practitioner must be the slot's"));
    }

    @Test
    void theCapabilityStatementListsScheduleAndSlot() {
        var statement = FHIR.newJsonParser().parseResource(CapabilityStatement.class,
                FhirClient.anonymous(port).get("metadata").body());

        assertThat(statement.getRestFirstRep().getResource()).extracting(r -> r.getType())
                .contains("Schedule", "Slot", "Appointment");
        assertThat(statement.getRestFirstRep().getResource()).filteredOn(r -> r.getType().equals("Slot"))
                .singleElement().satisfies(r -> assertThat(r.getSearchParam()).extracting(p -> p.getName())
                        .contains("schedule", "status", "start", "service-type"));
    }

    /** Only a patient and a slot: the practitioner, location, start and type follow from them. */
    private static org.hl7.fhir.r4.model.Appointment fromSlot(PatientId patient, String slotId) {
        var fhir = new org.hl7.fhir.r4.model.Appointment().setStatus(AppointmentStatus.BOOKED);
        fhir.addParticipant().setActor(new Reference("Patient/" + patient)).setStatus(ParticipationStatus.NEEDSACTION);
        fhir.addSlot(new Reference("Slot/" + slotId));
        return fhir;
    }

    private HttpResponse<String> slots(String query) {
        return as("frontdesk").get("Slot?schedule=Schedule/" + scheduleId() + "&_count=100&" + query);
    }

    private String scheduleId() {
        return new ScheduleId(practice.provider(), practice.location()).value();
    }

    private String offset() {
        return fixture.at(5, 12, 0).atZone(SchedulingFixture.ZONE).getOffset().getId();
    }

    private static List<Slot> slotsIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(FhirValidation.errorsIn(response.body())).isEmpty();
        return bundle(response.body()).getEntry().stream().map(e -> (Slot) e.getResource()).toList();
    }

    private static List<String> codes(Slot slot) {
        return slot.getServiceType().stream().map(c -> c.getCodingFirstRep().getCode()).toList();
    }

    private static void assertBadRequest(HttpResponse<String> response, String parameter) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(FhirValidation.errorsIn(response.body())).isEmpty();
        assertThat(outcome(response.body()).getIssueFirstRep().getDiagnostics()).contains(parameter);
    }
}
