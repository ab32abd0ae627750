package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Set;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.Patients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@FrontdeskTest
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class AppointmentSearchTest {

    @Autowired
    AppointmentSearch search;

    @Autowired
    Appointments appointments;

    @Autowired
    PracticeSetup setup;

    @Autowired
    Patients patients;

    @Autowired
    Clock clock;

    SchedulingFixture fixture;
    SchedulingFixture.Practice practice;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
    }

    private Appointment book(int days, int hour) {
        var request = BookingRequest.of(fixture.patient(), practice.provider(), practice.location(), null,
                practice.type(), fixture.at(days, hour, 0), null);
        return ((Booking.Booked) appointments.book(request)).appointment();
    }

    @Test
    void findsAProvidersAppointmentsByStartTimeAndStatusAPageAtATime() {
        var early = book(10, 9);
        var late = book(10, 14);
        var tomorrow = book(11, 9);
        appointments.cancel(late.id(), late.version(), "Office closed early", CancelledBy.OFFICE);
        var day = AppointmentQuery.ofProvider(practice.provider(), fixture.at(10, 0, 0), fixture.at(11, 0, 0));

        assertThat(search.count(day)).isEqualTo(2);
        assertThat(search.find(day, 0, 10)).extracting(Appointment::id).containsExactly(early.id(), late.id());
        assertThat(search.find(day, 1, 10)).extracting(Appointment::id).containsExactly(late.id());
        var booked = new AppointmentQuery(null, practice.provider(), null, null, null, null,
                Set.of(AppointmentStatus.BOOKED));
        assertThat(search.find(booked, 0, 10)).extracting(Appointment::id).containsExactly(early.id(), tomorrow.id());
        var byPatient = new AppointmentQuery(tomorrow.patient(), null, null, null, null, null, Set.of());
        assertThat(search.find(byPatient, 0, 10)).extracting(Appointment::id).containsExactly(tomorrow.id());
    }

    @Test
    @WithMockUser(username = "admin", authorities = {"ROLE_ADMIN", "AUDIT_READ", "STAFF_ADMIN"})
    void needsThePermissionToReadCalendars() {
        var all = new AppointmentQuery(null, null, null, null, null, null, Set.of());
        assertThatThrownBy(() -> search.find(all, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.count(all)).isInstanceOf(AccessDeniedException.class);
    }
}
