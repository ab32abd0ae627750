package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Booking.Booked;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** A booking keeps to the provider's template unless the office manager decides otherwise, with a reason. */
@FrontdeskTest
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class TemplateBookingIntegrationTest {

    @Autowired
    Appointments appointments;

    @Autowired
    ScheduleSetup schedule;

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
    PatientId patient;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
        patient = fixture.patient();
    }

    @Test
    void aBookingOutsideWorkingHoursIsRefusedWithAMessageAndNothingIsStored() {
        long before = appointmentCount();

        assertRefused(request(fixture.at(3, 6, 30)),
                "That is outside the provider's working hours at this location.");
        assertRefused(request(fixture.at(3, 18, 45)),
                "That is outside the provider's working hours at this location.");
        var withoutTemplate = fixture.unscheduledProvider();
        setup.offer(withoutTemplate, practice.type());
        assertRefused(BookingRequest.of(patient, withoutTemplate, practice.location(), null, practice.type(),
                fixture.at(3, 9, 0), null), null);

        assertThat(appointmentCount()).isEqualTo(before);
        assertThat(appointments.book(request(fixture.at(3, 18, 30)))).isInstanceOf(Booked.class);
    }

    @Test
    void aBookingInABreakOnASickDayOrOnAHolidayIsRefusedSayingWhich() {
        var breakDay = day(4);
        setup.addTemplatePeriod(TemplatePeriod.breakTime(practice.provider(), practice.location(),
                breakDay.getDayOfWeek(), LocalTime.of(12, 0), LocalTime.of(13, 0), breakDay), "test");
        schedule.addException(TimeOff.days(practice.provider(), null, TimeOff.Kind.SICK_DAY, day(5), day(5)));
        SystemTask.run(List.of(Permission.PRACTICE_SETUP),
                () -> schedule.addHoliday(Holiday.of(day(6), "Founders' day", practice.location())));

        assertRefused(request(fixture.at(4, 12, 15)), "That is during the provider's break.");
        assertRefused(request(fixture.at(5, 9, 0)), "The provider is away then (Sick day).");
        assertRefused(request(fixture.at(6, 9, 0)), "The practice is closed then (Founders' day).");
    }

    @Test
    void aBlockTakesOnlyTheTypeItIsReservedFor() {
        var newPatient = setup.addType("New patient " + UUID.randomUUID(), 60, "#116611", false);
        setup.offer(practice.provider(), newPatient);
        var date = day(7);
        setup.addTemplatePeriod(TemplatePeriod.block(practice.provider(), practice.location(), date.getDayOfWeek(),
                LocalTime.of(9, 0), LocalTime.of(11, 0), newPatient, date), "test");

        assertRefused(request(fixture.at(7, 10, 0)), null);
        assertThat(appointments.book(BookingRequest.of(patient, practice.provider(), practice.location(), null,
                newPatient, fixture.at(7, 9, 0), null))).isInstanceOf(Booked.class);
        assertThat(appointments.book(request(fixture.at(7, 11, 0)))).isInstanceOf(Booked.class);
    }

    @Test
    @WithMockUser(username = "manager", authorities = {"ROLE_MANAGER", "PATIENT_READ", "PATIENT_WRITE",
            "SCHEDULE_READ", "SCHEDULE_WRITE", "OVERBOOK"})
    void theManagerBooksOutsideTheTemplateWithAReasonAndItIsStoredAsSuch() {
        assertThatThrownBy(() -> appointments.book(request(fixture.at(8, 19, 0)).outsideTemplate(" ")))
                .isInstanceOfSatisfying(InvalidBooking.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("outsideTemplateReason"));

        var late = book(request(fixture.at(8, 19, 0)).outsideTemplate("doctor stays late for a recheck"));
        var ordinary = book(request(fixture.at(8, 9, 0)).outsideTemplate("just in case"));

        assertThat(late.outsideTemplate()).isTrue();
        assertThat(late.outsideTemplateReason()).isEqualTo("doctor stays late for a recheck");
        assertThat(ordinary.outsideTemplate()).as("it fitted, so it is an ordinary booking").isFalse();
        assertThat(ordinary.outsideTemplateReason()).isNull();
        assertThat(appointments.book(request(fixture.at(8, 19, 15)).outsideTemplate("another one")))
                .as("outside the template, but not outside the exclusion constraint")
                .isInstanceOf(Booking.Conflict.class);
    }

    @Test
    void theFrontDeskMayNotBookOutsideTheTemplateAndTheAttemptIsAudited() {
        long before = appointmentCount();

        assertThatThrownBy(() -> appointments.book(request(fixture.at(9, 20, 0)).outsideTemplate("urgent")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(appointmentCount()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_type = 'Appointment'"
                        + " AND outcome = 'DENIED' AND patient_ids = ARRAY[:patient]::uuid[]")
                .param("patient", patient.value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void reschedulingKeepsToTheTemplateToo() {
        var appointment = book(request(fixture.at(10, 9, 0)));

        assertThatThrownBy(() -> appointments.reschedule(appointment.id(), appointment.version(),
                fixture.at(10, 6, 0))).isInstanceOfSatisfying(InvalidBooking.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("start"));
        assertThat(appointments.get(appointment.id())).isEqualTo(appointment);
        assertThatThrownBy(() -> appointments.reschedule(appointment.id(), appointment.version(),
                fixture.at(10, 6, 0), "early bird")).isInstanceOf(AccessDeniedException.class);
        assertThat(appointments.reschedule(appointment.id(), appointment.version(), fixture.at(10, 10, 0)))
                .isInstanceOf(Booked.class);
    }

    @Test
    @WithMockUser(username = "manager", authorities = {"ROLE_MANAGER", "PATIENT_READ", "PATIENT_WRITE",
            "SCHEDULE_READ", "SCHEDULE_WRITE", "OVERBOOK"})
    void theManagerMovesAnAppointmentOutsideTheTemplateWithAReason() {
        var appointment = book(request(fixture.at(11, 9, 0)));

        var moved = appointments.reschedule(appointment.id(), appointment.version(), fixture.at(11, 6, 30),
                "only time the patient can come");

        assertThat(moved).isInstanceOfSatisfying(Booked.class,
                booked -> assertThat(booked.appointment().outsideTemplate()).isTrue());
    }

    /**
     * Bookings reuse a provider's day as they read it while nothing in the set-up changed (ADR 14). A change made
     * around the application (another server, a hand-made fix) moves the set-up version too, so the very next
     * booking of that day sees it.
     */
    @Test
    void aSickDayEnteredAroundTheApplicationIsSeenByTheNextBookingOfThatDay() {
        book(request(fixture.at(8, 9, 0)));

        jdbc.sql("""
                INSERT INTO provider_exception (id, provider_id, location_id, kind, first_day, starts_at, last_day,
                    ends_at, note, created_by)
                VALUES (:id, :provider, NULL, 'SICK_DAY', :day, NULL, :day, NULL, NULL, 'another-server')""")
                .param("id", UUID.randomUUID()).param("provider", practice.provider().value()).param("day", day(8))
                .update();

        assertRefused(request(fixture.at(8, 10, 0)), "The provider is away then (Sick day).");
    }

    /** The booking answers with the appointment it built rather than reading it back (ADR 14): the two agree. */
    @Test
    void theAppointmentABookingAnswersWithIsTheOneStored() {
        var plain = book(BookingRequest.of(patient, practice.provider(), practice.location(), practice.room(),
                practice.type(), fixture.at(9, 9, 0), null));
        var outside = SystemTask.run(List.of(Permission.SCHEDULE_WRITE, Permission.OVERBOOK), () -> book(
                new BookingRequest(patient, practice.provider(), practice.location(), null, practice.type(),
                        fixture.at(9, 6, 0), fixture.at(9, 6, 20), "early test", false, null, true, "fasting")));
        var overbooked = SystemTask.run(List.of(Permission.SCHEDULE_WRITE, Permission.OVERBOOK), () -> book(
                new BookingRequest(fixture.patient(), practice.provider(), practice.location(), null,
                        practice.type(), fixture.at(9, 9, 0), null, null, true, "urgent", false, null)));

        for (var answered : List.of(plain, outside, overbooked)) {
            assertThat(appointments.get(answered.id())).isEqualTo(answered);
        }
        assertThat(overbooked.overbooked()).isTrue();
        assertThat(outside.outsideTemplate()).isTrue();
    }

    private void assertRefused(BookingRequest request, @Nullable String message) {
        assertThatThrownBy(() -> appointments.book(request)).isInstanceOfSatisfying(InvalidBooking.class, invalid -> {
            assertThat(invalid.fieldErrors()).containsOnlyKeys("start");
            if (message != null) {
                assertThat(invalid.fieldErrors().get("start")).isEqualTo(message);
            }
        });
    }

    private BookingRequest request(Instant start) {
        return BookingRequest.of(patient, practice.provider(), practice.location(), null, practice.type(), start,
                null);
    }

    private Appointment book(BookingRequest request) {
        var outcome = appointments.book(request);
        assertThat(outcome).isInstanceOf(Booked.class);
        return ((Booked) outcome).appointment();
    }

    private LocalDate day(int days) {
        return LocalDate.now(clock.withZone(SchedulingFixture.ZONE)).plusDays(days);
    }

    private long appointmentCount() {
        return jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single();
    }
}
