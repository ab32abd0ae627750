package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Booking.Booked;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A booking checks its request against a copy of the set-up kept in memory, and its one statement stores nothing
 * when the set-up has changed since that copy was read (ADR 20). Each test books once, so that a copy that knows the
 * practice is kept, then changes the set-up the way another server or a hand-made fix would, in plain SQL, and books
 * again: the booking must follow the set-up as it is now.
 */
@FrontdeskTest
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class KeptSetupBookingTest {

    @Autowired
    Appointments appointments;

    @Autowired
    PracticeSetup setup;

    @Autowired
    BookingCheck check;

    @Autowired
    Patients patients;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    SchedulingFixture fixture;
    Practice practice;
    PatientId patient;

    @BeforeEach
    void aCopyThatKnowsThePractice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
        patient = fixture.patient();
        book(fixture.at(3, 9, 0));
        assertThat(check.keptSetup().activeProviders()).contains(practice.provider());
    }

    @Test
    void aTypesNewLengthCountsFromTheNextBooking() {
        jdbc.sql("UPDATE appointment_type SET default_minutes = 45 WHERE id = :id")
                .param("id", practice.type().value()).update();

        var booked = book(fixture.at(3, 10, 0));

        assertThat(Duration.between(booked.appointment().start(), booked.appointment().end()))
                .isEqualTo(Duration.ofMinutes(45));
        assertThat(storedLength(booked.appointment().id())).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void aProviderDeactivatedSinceTakesNoBookings() {
        jdbc.sql("UPDATE provider SET active = false WHERE id = :id").param("id", practice.provider().value())
                .update();

        assertRefused(fixture.at(3, 11, 0), Map.of("provider", "Unknown or inactive provider."));
    }

    @Test
    void aRoomTakenOutOfUseSinceTakesNoBookings() {
        jdbc.sql("UPDATE room SET active = false WHERE id = :id").param("id", practice.room().value()).update();

        assertRefused(fixture.at(3, 11, 0), Map.of("room", "This room is no longer in use."));
    }

    @Test
    void aTypeNoLongerOfferedSinceIsRefused() {
        jdbc.sql("DELETE FROM provider_appointment_type WHERE provider_id = :p AND appointment_type_id = :t")
                .param("p", practice.provider().value()).param("t", practice.type().value()).update();

        assertRefused(fixture.at(3, 11, 0), Map.of("type", "The provider does not offer this appointment type."));
    }

    @Test
    void aProviderAddedSinceIsBookedAtOnce() {
        var newcomer = fixture.provider(practice.type());

        var outcome = appointments.book(BookingRequest.of(patient, newcomer, practice.location(), null,
                practice.type(), fixture.at(3, 9, 0), null));

        assertThat(outcome).isInstanceOf(Booked.class);
        assertThat(check.keptSetup().activeProviders()).contains(newcomer);
    }

    @Test
    void aPatientNotOnFileIsNamedWithEveryOtherBrokenRule() {
        assertThatThrownBy(() -> appointments.book(BookingRequest.of(new PatientId(UUID.randomUUID()),
                practice.provider(), practice.location(), practice.room(), practice.type(), fixture.at(3, 12, 0),
                "x".repeat(501))))
                .isInstanceOfSatisfying(InvalidBooking.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsOnlyKeys("patient", "reason").containsEntry("patient", "Unknown patient."));
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE provider_id = :p")
                .param("p", practice.provider().value()).query(Integer.class).single()).isEqualTo(1);
    }

    private void assertRefused(Instant start, Map<String, String> errors) {
        assertThatThrownBy(() -> appointments.book(request(start))).isInstanceOfSatisfying(InvalidBooking.class,
                invalid -> assertThat(invalid.fieldErrors()).isEqualTo(errors));
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE provider_id = :p")
                .param("p", practice.provider().value()).query(Integer.class).single()).isEqualTo(1);
    }

    private Booked book(Instant start) {
        var outcome = appointments.book(request(start));
        assertThat(outcome).isInstanceOf(Booked.class);
        return (Booked) outcome;
    }

    private BookingRequest request(Instant start) {
        return BookingRequest.of(patient, practice.provider(), practice.location(), practice.room(), practice.type(),
                start, null);
    }

    private Duration storedLength(AppointmentId id) {
        return Duration.ofSeconds(jdbc.sql("SELECT extract(epoch FROM upper(during) - lower(during))::bigint"
                + " FROM appointment WHERE id = :id").param("id", id.value()).query(Long.class).single());
    }
}
