package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
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

/** Moving an appointment to another provider or room, as a drag on the calendar does. */
@FrontdeskTest
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class MovingAppointmentsIntegrationTest {

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

    SchedulingFixture fixture;
    Practice practice;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
    }

    @Test
    void movesToAnotherProviderAndRoomKeepingTypeAndLengthAndLinksTheOldAppointment() {
        var other = fixture.provider(practice.type());
        var otherRoom = fixture.room(practice.location());
        var old = booked(2, 9, 0);

        var outcome = appointments.reschedule(old.id(), old.version(), fixture.at(2, 9, 30), other, otherRoom);

        var moved = ((Booked) outcome).appointment();
        assertThat(moved.provider()).isEqualTo(other);
        assertThat(moved.room()).isEqualTo(otherRoom);
        assertThat(moved.type()).isEqualTo(old.type());
        assertThat(moved.duration()).isEqualTo(old.duration());
        assertThat(appointments.get(old.id()).rescheduledTo()).isEqualTo(moved.id());
        assertThat(auditDetails(old.id())).containsExactly("RESCHEDULED, provider changed, room changed");
        // the first provider's 9:00 is free again
        assertThat(appointments.book(BookingRequest.of(fixture.patient(), practice.provider(), practice.location(),
                practice.room(), practice.type(), fixture.at(2, 9, 0), null))).isInstanceOf(Booked.class);
    }

    @Test
    void aMoveIntoAnotherProvidersTakenTimeChangesNothingAndIsAuditedAsFailed() {
        var other = fixture.provider(practice.type());
        var taken = appointments.book(BookingRequest.of(fixture.patient(), other, practice.location(), null,
                practice.type(), fixture.at(2, 11, 0), null));
        var old = booked(2, 14, 0);

        var outcome = appointments.reschedule(old.id(), old.version(), fixture.at(2, 11, 15), other, null);

        assertThat(outcome).isInstanceOfSatisfying(Conflict.class, conflict -> assertThat(conflict.clashes())
                .extracting(Clash::appointment).containsOnly(((Booked) taken).appointment().id()));
        assertThat(appointments.get(old.id())).isEqualTo(old);
        assertThat(jdbc.sql("SELECT outcome FROM audit_event WHERE resource_type = 'Appointment'"
                + " AND resource_id = :id AND action = 'UPDATE'").param("id", old.id().toString())
                .query(String.class).list()).containsExactly("FAILED");
    }

    @Test
    void aProviderWhoDoesNotOfferTheTypeOrARoomElsewhereIsRefusedAndNothingChanges() {
        var elsewhere = fixture.practice();
        var notOffering = fixture.provider(elsewhere.type());
        var old = booked(2, 15, 0);

        assertThatThrownBy(() -> appointments.reschedule(old.id(), old.version(), fixture.at(2, 16, 0), notOffering,
                null)).isInstanceOfSatisfying(InvalidBooking.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("type"));
        assertThatThrownBy(() -> appointments.reschedule(old.id(), old.version(), fixture.at(2, 16, 0),
                practice.provider(), elsewhere.room())).isInstanceOfSatisfying(InvalidBooking.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("room"));
        assertThat(appointments.get(old.id())).isEqualTo(old);
    }

    private Appointment booked(int days, int hour, int minute) {
        var outcome = appointments.book(BookingRequest.of(fixture.patient(), practice.provider(), practice.location(),
                practice.room(), practice.type(), fixture.at(days, hour, minute), null));
        return ((Booked) outcome).appointment();
    }

    private java.util.List<String> auditDetails(AppointmentId id) {
        return jdbc.sql("SELECT detail FROM audit_event WHERE resource_type = 'Appointment' AND resource_id = :id"
                        + " AND action = 'UPDATE' ORDER BY id")
                .param("id", id.toString()).query(String.class).list();
    }
}
