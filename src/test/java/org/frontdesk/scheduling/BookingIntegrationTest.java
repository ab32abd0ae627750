package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditLog;
import org.frontdesk.audit.AuditQuery;
import org.frontdesk.audit.AuditRecord;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Booking.Booked;
import org.frontdesk.scheduling.Booking.Conflict;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@FrontdeskTest
@RecordApplicationEvents
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class BookingIntegrationTest {

    @Autowired
    Appointments appointments;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AuditLog auditLog;

    @Autowired
    PracticeSetup setup;

    @Autowired
    Patients patients;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    SchedulingFixture fixture;
    Practice practice;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
    }

    @Test
    void booksAPatientForTheTypesDefaultLengthAndAuditsIt() {
        var patient = fixture.patient();
        var start = fixture.at(3, 9, 0);

        var booked = book(request(patient, start));

        var appointment = booked.appointment();
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(appointment.start()).isEqualTo(start);
        assertThat(appointment.end()).isEqualTo(start.plus(Duration.ofMinutes(30)));
        assertThat(appointment.overbooked()).isFalse();
        assertThat(appointment.reached(AppointmentStatus.BOOKED)).isPresent();
        assertThat(booked.patientDoubleBooked()).isFalse();
        assertThat(appointments.get(appointment.id())).isEqualTo(appointment);
        assertThat(auditEntries(appointment.id(), "CREATE")).isEqualTo(1);
        assertThat(events.stream(AppointmentBooked.class).filter(e -> e.appointment().equals(appointment.id())))
                .hasSize(1);
    }

    /** ADR 20: the clerk does not wait for the booking's entry to be chained; the chain's writer was asked for it. */
    @Test
    void aBookingsEntryIsChainedWithoutAnyoneWaitingForIt() throws InterruptedException {
        var patient = fixture.patient();
        var booked = book(request(patient, fixture.at(3, 11, 0))).appointment();

        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (chainedEntries(booked.id()) == 0 && System.nanoTime() < giveUp) {
            Thread.sleep(5);
        }

        assertThat(chainedEntries(booked.id())).isEqualTo(1);
        assertThat(auditLog.search(new AuditQuery(patient.value(), null, null, null, 0, 10)))
                .extracting(AuditRecord::action, AuditRecord::resourceId)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, booked.id().toString()));
    }

    @Test
    void neverBooksTwoPatientsWithOneProviderAtOverlappingTimes() {
        var first = book(request(fixture.patient(), fixture.at(3, 10, 0))).appointment();

        var elsewhere = fixture.room(practice.location());
        var outcome = appointments.book(BookingRequest.of(fixture.patient(), practice.provider(), practice.location(),
                elsewhere, practice.type(), fixture.at(3, 10, 15), null));

        assertThat(outcome).isInstanceOfSatisfying(Conflict.class, conflict -> assertThat(conflict.clashes())
                .containsExactly(new Clash(Clash.Kind.PROVIDER, first.id(), first.start(), first.end())));
        assertThat(activeAppointmentsOf(practice.provider())).isEqualTo(1);
    }

    /** ADR 14: one read answers taken time before the other checks, and the refusal is still audited. */
    @Test
    void timeAlreadyTakenIsRefusedBeforeTheOtherChecksAndTheRefusalIsAudited() {
        var first = book(request(fixture.patient(), fixture.at(3, 11, 0))).appointment();
        var unknown = new PatientId(UUID.randomUUID());

        var outcome = appointments.book(request(unknown, fixture.at(3, 11, 10)));

        assertThat(outcome).isInstanceOfSatisfying(Conflict.class, conflict -> assertThat(conflict.clashes())
                .extracting(Clash::appointment).containsOnly(first.id()));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE outcome = 'FAILED' AND action = 'CREATE'"
                        + " AND :patient = ANY (patient_ids) AND detail LIKE 'time taken%'")
                .param("patient", unknown.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(activeAppointmentsOf(practice.provider())).isEqualTo(1);
    }

    @Test
    void anEndBeforeTheStartIsBadInputEvenOnTakenTime() {
        book(request(fixture.patient(), fixture.at(3, 12, 0)));
        var start = fixture.at(3, 12, 10);

        assertInvalid(request(fixture.patient(), start).endingAt(start.minus(Duration.ofMinutes(5))), "end");
    }

    @Test
    void neverPutsTwoPatientsIntoOneRoomAtOverlappingTimes() {
        var first = book(request(fixture.patient(), fixture.at(3, 11, 0))).appointment();
        var otherProvider = fixture.provider(practice.type());

        var outcome = appointments.book(new BookingRequest(fixture.patient(), otherProvider, practice.location(),
                practice.room(), practice.type(), fixture.at(3, 11, 20), null, null, false, null));

        assertThat(outcome).isInstanceOfSatisfying(Conflict.class, conflict -> assertThat(conflict.clashes())
                .containsExactly(new Clash(Clash.Kind.ROOM, first.id(), first.start(), first.end())));
    }

    @Test
    void backToBackAppointmentsDoNotClash() {
        book(request(fixture.patient(), fixture.at(3, 12, 0)));
        var next = appointments.book(request(fixture.patient(), fixture.at(3, 12, 30)));
        assertThat(next).isInstanceOf(Booked.class);
    }

    @Test
    void aCancelledAppointmentFreesItsTime() {
        var first = book(request(fixture.patient(), fixture.at(3, 13, 0))).appointment();
        appointments.cancel(first.id(), first.version(), "patient has a cold", CancelledBy.PATIENT);

        assertThat(appointments.book(request(fixture.patient(), fixture.at(3, 13, 0)))).isInstanceOf(Booked.class);
    }

    @Test
    void theFrontDeskMayNotOverbookAndTheAttemptIsAudited() {
        book(request(fixture.patient(), fixture.at(4, 9, 0)));
        var patient = fixture.patient();
        long before = appointmentCount();

        assertThatThrownBy(() -> appointments.book(request(patient, fixture.at(4, 9, 0))
                .overbooking("urgent, doctor agreed"))).isInstanceOf(AccessDeniedException.class);

        assertThat(appointmentCount()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_type = 'Appointment'"
                        + " AND outcome = 'DENIED' AND patient_ids = ARRAY[:patient]::uuid[]")
                .param("patient", patient.value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "manager", authorities = {"ROLE_MANAGER", "PATIENT_READ", "PATIENT_WRITE",
            "SCHEDULE_READ", "SCHEDULE_WRITE", "OVERBOOK"})
    void aManagerOverbooksTakenTimeOnlyWithAReasonAndItIsStoredAsSuch() {
        var first = book(request(fixture.patient(), fixture.at(4, 10, 0))).appointment();
        long before = appointmentCount();

        assertThatThrownBy(() -> appointments.book(request(fixture.patient(), fixture.at(4, 10, 0)).overbooking(" ")))
                .isInstanceOfSatisfying(InvalidBooking.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("overbookReason"));
        assertThat(appointmentCount()).isEqualTo(before);

        var second = book(request(fixture.patient(), fixture.at(4, 10, 0)).overbooking("urgent, doctor agreed"));
        assertThat(second.appointment().overbooked()).isTrue();
        assertThat(second.appointment().overbookReason()).isEqualTo("urgent, doctor agreed");
        assertThat(activeAppointmentsOf(practice.provider())).isEqualTo(2);
        // the original still holds the time: an ordinary booking is refused, naming it and not the overbooked one
        assertThat(appointments.book(request(fixture.patient(), fixture.at(4, 10, 0))))
                .isInstanceOfSatisfying(Conflict.class, conflict -> assertThat(conflict.clashes())
                        .extracting(Clash::appointment).containsOnly(first.id()));
    }

    @Test
    @WithMockUser(username = "manager", authorities = {"ROLE_MANAGER", "PATIENT_READ", "PATIENT_WRITE",
            "SCHEDULE_READ", "SCHEDULE_WRITE", "OVERBOOK"})
    void anOverbookingIntoFreeTimeIsAnOrdinaryBooking() {
        var booked = book(request(fixture.patient(), fixture.at(4, 11, 0)).overbooking("just in case"));
        assertThat(booked.appointment().overbooked()).isFalse();
        assertThat(appointments.book(request(fixture.patient(), fixture.at(4, 11, 0)))).isInstanceOf(Conflict.class);
    }

    @Test
    void warnsButBooksWhenThePatientIsAlreadySeenByAnotherProviderAtThatTime() {
        var patient = fixture.patient();
        var first = book(request(patient, fixture.at(5, 9, 0))).appointment();
        var other = fixture.practice();

        var second = book(BookingRequest.of(patient, other.provider(), other.location(), other.room(), other.type(),
                fixture.at(5, 9, 15), null));

        assertThat(second.patientDoubleBooked()).isTrue();
        assertThat(second.patientOverlaps()).extracting(Appointment::id).containsExactly(first.id());
        var elsewhere = book(BookingRequest.of(patient, other.provider(), other.location(), other.room(),
                other.type(), fixture.at(5, 10, 0), null));
        assertThat(elsewhere.patientDoubleBooked()).isFalse();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        var patient = fixture.patient();
        long before = appointmentCount();
        var start = fixture.at(6, 9, 0);

        assertInvalid(request(patient, start).endingAt(start.minusSeconds(60)), "end");
        assertInvalid(request(patient, start).endingAt(start), "end");
        assertInvalid(request(patient, start).endingAt(start.plus(Duration.ofHours(13))), "end");
        assertInvalid(request(patient, Instant.now(clock).minus(Duration.ofDays(1))), "start");
        assertInvalid(new BookingRequest(patient, ProviderId.random(), practice.location(), practice.room(),
                practice.type(), start, null, null, false, null), "provider");
        assertInvalid(new BookingRequest(patient, practice.provider(), practice.location(), practice.room(),
                AppointmentTypeId.random(), start, null, null, false, null), "type");
        assertInvalid(new BookingRequest(new PatientId(UUID.randomUUID()), practice.provider(), practice.location(),
                RoomId.random(), practice.type(), start, null, null, false, null), "patient", "room");
        var otherLocation = fixture.practice();
        assertInvalid(new BookingRequest(patient, practice.provider(), practice.location(), otherLocation.room(),
                practice.type(), start, null, null, false, null), "room");
        assertInvalid(BookingRequest.of(patient, practice.provider(), practice.location(), null,
                otherLocation.type(), start, null), "type");

        assertThat(appointmentCount()).isEqualTo(before);
    }

    @Test
    void theErrorMessagesDoNotRepeatWhatWasTyped() {
        var reason = "x".repeat(501);
        assertThatThrownBy(() -> appointments.book(BookingRequest.of(fixture.patient(), practice.provider(),
                practice.location(), practice.room(), practice.type(), fixture.at(6, 10, 0), reason)))
                .isInstanceOfSatisfying(InvalidBooking.class, invalid -> {
                    assertThat(invalid.fieldErrors()).containsOnlyKeys("reason");
                    assertThat(invalid).hasMessageNotContaining("xxx");
                });
    }

    @Test
    @WithMockUser(username = "billing", authorities = {"ROLE_BILLING", "PATIENT_READ", "SCHEDULE_READ"})
    void billingMayNotBook() {
        assertThatThrownBy(() -> appointments.book(request(new PatientId(UUID.randomUUID()), fixture.at(6, 11, 0))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertInvalid(BookingRequest request, String... fields) {
        assertThatThrownBy(() -> appointments.book(request)).isInstanceOfSatisfying(InvalidBooking.class,
                invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys(fields));
    }

    private BookingRequest request(PatientId patient, Instant start) {
        return BookingRequest.of(patient, practice.provider(), practice.location(), practice.room(), practice.type(),
                start, "annual physical");
    }

    private Booked book(BookingRequest request) {
        var outcome = appointments.book(request);
        assertThat(outcome).isInstanceOf(Booked.class);
        return (Booked) outcome;
    }

    private long appointmentCount() {
        return jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single();
    }

    private long activeAppointmentsOf(ProviderId provider) {
        return jdbc.sql("SELECT count(*) FROM appointment WHERE provider_id = :p AND status IN "
                + AppointmentRepository.ACTIVE).param("p", provider.value()).query(Long.class).single();
    }

    /** Entries of the appointment in the chain, without waiting for the chain's writer. */
    private long chainedEntries(AppointmentId id) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_type = 'Appointment' AND resource_id = :id")
                .param("id", id.toString()).query(Long.class).single();
    }

    private long auditEntries(AppointmentId id, String action) {
        auditTrail.awaitChained(); // a booking does not wait for its entry to be chained (ADR 20)
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_type = 'Appointment' AND resource_id = :id"
                        + " AND action = :action")
                .param("id", id.toString()).param("action", action).query(Long.class).single();
    }
}
