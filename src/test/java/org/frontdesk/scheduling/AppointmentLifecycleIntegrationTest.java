package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Booking.Booked;
import org.frontdesk.scheduling.Booking.Conflict;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@FrontdeskTest
@RecordApplicationEvents
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class AppointmentLifecycleIntegrationTest {

    @Autowired
    Appointments appointments;

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
    void aVisitGoesFromBookedToCheckedOutWithEachStepTimestampedAndAudited() {
        var a = booked(1, 9, 0);

        a = appointments.confirm(a.id(), a.version());
        a = appointments.arrive(a.id(), a.version());
        a = appointments.room(a.id(), a.version());
        a = appointments.startVisit(a.id(), a.version());
        a = appointments.checkOut(a.id(), a.version());

        assertThat(a.status()).isEqualTo(AppointmentStatus.CHECKED_OUT);
        assertThat(a.version()).isEqualTo(5);
        assertThat(a.statusTimes()).containsOnlyKeys(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED,
                AppointmentStatus.ARRIVED, AppointmentStatus.IN_ROOM, AppointmentStatus.WITH_PROVIDER,
                AppointmentStatus.CHECKED_OUT);
        assertThat(a.reached(AppointmentStatus.ARRIVED).orElseThrow())
                .isBeforeOrEqualTo(a.reached(AppointmentStatus.CHECKED_OUT).orElseThrow());
        assertThat(auditDetails(a.id(), "UPDATE"))
                .containsExactly("CONFIRMED", "ARRIVED", "IN_ROOM", "WITH_PROVIDER", "CHECKED_OUT");
        var id = a.id();
        assertThat(events.stream(PatientArrived.class).filter(e -> e.appointment().equals(id))).hasSize(1);
        assertThat(events.stream(PatientCheckedOut.class).filter(e -> e.appointment().equals(id))).hasSize(1);
    }

    @Test
    void refusesCheckingOutAPatientWhoNeverArrivedAndChangesNothing() {
        var a = booked(1, 10, 0);

        assertThatThrownBy(() -> appointments.checkOut(a.id(), a.version())).isInstanceOf(TransitionRefused.class);

        assertThat(appointments.get(a.id())).isEqualTo(a);
        assertThat(auditDetails(a.id(), "UPDATE")).isEmpty();
    }

    @Test
    void aSecondClerkWorkingFromAStaleCopyIsToldAndNothingIsOverwritten() {
        var a = booked(1, 11, 0);
        appointments.confirm(a.id(), a.version());

        assertThatThrownBy(() -> appointments.cancel(a.id(), a.version(), "patient called", CancelledBy.PATIENT))
                .isInstanceOfSatisfying(AppointmentChangedSinceRead.class,
                        stale -> assertThat(stale.currentVersion()).isEqualTo(1));
        assertThat(appointments.get(a.id()).status()).isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void aCancellationKeepsWhoCalledItOffAndWhy() {
        var a = booked(1, 12, 0);

        assertThatThrownBy(() -> appointments.cancel(a.id(), a.version(), "  ", CancelledBy.OFFICE))
                .isInstanceOf(InvalidBooking.class);
        var cancelled = appointments.cancel(a.id(), a.version(), "provider is ill", CancelledBy.OFFICE);

        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.cancelledBy()).isEqualTo(CancelledBy.OFFICE);
        assertThat(cancelled.cancellationReason()).isEqualTo("provider is ill");
        assertThat(events.stream(AppointmentCancelled.class).filter(e -> e.appointment().equals(a.id())))
                .singleElement().satisfies(e -> assertThat(e.by()).isEqualTo(CancelledBy.OFFICE));
        assertThatThrownBy(() -> appointments.arrive(cancelled.id(), cancelled.version()))
                .isInstanceOf(TransitionRefused.class);
    }

    @Test
    void aNoShowFreesTheTime() {
        var a = booked(1, 13, 0);
        var missed = appointments.noShow(a.id(), a.version());

        assertThat(missed.status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(appointments.book(request(1, 13, 0))).isInstanceOf(Booked.class);
    }

    @Test
    void reschedulingBooksTheNewTimeAndLinksTheOldAppointmentToIt() {
        var old = booked(2, 9, 0);

        var outcome = appointments.reschedule(old.id(), old.version(), fixture.at(2, 9, 15));

        assertThat(outcome).isInstanceOf(Booked.class);
        var replacement = ((Booked) outcome).appointment();
        assertThat(replacement.start()).isEqualTo(fixture.at(2, 9, 15));
        assertThat(replacement.duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(replacement.status()).isEqualTo(AppointmentStatus.BOOKED);
        var before = appointments.get(old.id());
        assertThat(before.status()).isEqualTo(AppointmentStatus.RESCHEDULED);
        assertThat(before.rescheduledTo()).isEqualTo(replacement.id());
        assertThat(events.stream(AppointmentRescheduled.class).filter(e -> e.previous().equals(old.id())))
                .singleElement().satisfies(e -> assertThat(e.replacement()).isEqualTo(replacement.id()));
        // the old time is free, the new one is taken
        assertThat(appointments.book(request(2, 8, 45))).isInstanceOf(Booked.class);
        assertThat(appointments.book(request(2, 9, 30))).isInstanceOf(Conflict.class);
    }

    @Test
    void reschedulingOntoTakenTimeChangesNothing() {
        var taken = booked(2, 11, 0);
        var old = booked(2, 10, 0);
        long rows = jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single();

        var outcome = appointments.reschedule(old.id(), old.version(), fixture.at(2, 11, 0));

        assertThat(outcome).isInstanceOfSatisfying(Conflict.class, conflict -> assertThat(conflict.clashes())
                .extracting(Clash::appointment).containsOnly(taken.id()));
        assertThat(appointments.get(old.id())).isEqualTo(old);
        assertThat(jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single()).isEqualTo(rows);
        assertThat(jdbc.sql("SELECT outcome FROM audit_event WHERE resource_type = 'Appointment'"
                + " AND resource_id = :id AND action = 'UPDATE'").param("id", old.id().toString())
                .query(String.class).list()).containsExactly("FAILED");
    }

    @Test
    void reschedulingIntoThePastIsRefusedAndChangesNothing() {
        var old = booked(2, 13, 0);

        assertThatThrownBy(() -> appointments.reschedule(old.id(), old.version(),
                java.time.Instant.now(clock).minus(Duration.ofHours(1))))
                .isInstanceOfSatisfying(InvalidBooking.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("start"));
        assertThat(appointments.get(old.id())).isEqualTo(old);
    }

    @Test
    void anAppointmentThatHasBegunCannotBeRescheduled() {
        var a = booked(2, 12, 0);
        var arrived = appointments.arrive(a.id(), a.version());

        assertThatThrownBy(() -> appointments.reschedule(arrived.id(), arrived.version(), fixture.at(3, 12, 0)))
                .isInstanceOf(TransitionRefused.class);
        assertThat(appointments.get(a.id()).status()).isEqualTo(AppointmentStatus.ARRIVED);
    }

    private Appointment booked(int days, int hour, int minute) {
        var outcome = appointments.book(request(days, hour, minute));
        assertThat(outcome).isInstanceOf(Booked.class);
        return ((Booked) outcome).appointment();
    }

    private BookingRequest request(int days, int hour, int minute) {
        return BookingRequest.of(fixture.patient(), practice.provider(), practice.location(), practice.room(),
                practice.type(), fixture.at(days, hour, minute), null);
    }

    private java.util.List<String> auditDetails(AppointmentId id, String action) {
        return jdbc.sql("SELECT detail FROM audit_event WHERE resource_type = 'Appointment' AND resource_id = :id"
                        + " AND action = :action ORDER BY id")
                .param("id", id.toString()).param("action", action).query(String.class).list();
    }
}
