package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Booking.Booked;
import org.frontdesk.scheduling.SchedulingFixture.Practice;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Free time derived from templates and appointments in PostgreSQL, as the calendar and the searches read it. */
@FrontdeskTest
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class AvailabilityIntegrationTest {

    @Autowired
    Availability availability;

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

    SchedulingFixture fixture;
    Practice practice;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
    }

    @Test
    void freeTimeIsWorkingTimeWithoutTheAppointmentsThatHoldIt() {
        var day = day(3);
        var other = fixture.provider(practice.type());
        book(fixture.at(3, 9, 0));
        var cancelled = book(fixture.at(3, 10, 0));
        appointments.cancel(cancelled.id(), cancelled.version(), "patient has a cold", CancelledBy.PATIENT);

        var free = availability.freeDays(List.of(practice.provider(), other), practice.location(), day, day).toList();

        assertThat(free).extracting(f -> f.day().provider()).containsExactly(practice.provider(), other);
        assertThat(free.getFirst().free()).containsExactly(local(3, 7, 0, 9, 0), local(3, 9, 30, 19, 0));
        assertThat(free.getLast().free()).containsExactly(local(3, 7, 0, 19, 0));
        assertThat(free.getFirst().day().workingTime()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void daysComeInDateOrderThenInTheOrderTheProvidersWereAskedFor() {
        var second = fixture.provider(practice.type());

        var days = availability.workingDays(List.of(second, practice.provider()), null, day(1), day(3)).toList();

        assertThat(days).extracting(WorkingDay::date, WorkingDay::provider).containsExactly(
                tuple(day(1), second), tuple(day(1), practice.provider()),
                tuple(day(2), second), tuple(day(2), practice.provider()),
                tuple(day(3), second), tuple(day(3), practice.provider()));
    }

    @Test
    void aSickDayLeavesADayWithoutHoursThatSaysWhyAndTheSearchMovesOn() {
        var other = fixture.provider(practice.type());
        schedule.addException(TimeOff.days(practice.provider(), null, TimeOff.Kind.SICK_DAY, day(4), day(4)));
        var from = fixture.at(4, 8, 0);

        var sick = availability.workingDays(List.of(practice.provider()), null, day(4), day(4)).findFirst()
                .orElseThrow();
        record Found(ProviderId provider, TimeRange slot) {}
        var first = availability.freeDays(List.of(practice.provider(), other), null, day(4), day(90))
                .flatMap(d -> d.firstSlot(practice.type(), Duration.ofMinutes(30), Duration.ofMinutes(15), from)
                        .map(slot -> new Found(d.day().provider(), slot)).stream())
                .findFirst().orElseThrow();

        assertThat(sick.hours()).isEmpty();
        assertThat(sick.absences()).extracting(WorkingDay.Absence::label).containsExactly("Sick day");
        assertThat(first).isEqualTo(new Found(other, new TimeRange(from, from.plus(Duration.ofMinutes(30)))));
    }

    @Test
    void fitsSaysWhetherTimeIsInsideTheTemplateAndWhyNot() {
        assertThat(availability.fits(practice.provider(), practice.location(), practice.type(), fixture.at(5, 9, 0),
                fixture.at(5, 9, 30))).isEqualTo(Fit.FITS);
        assertThat(availability.fits(practice.provider(), practice.location(), practice.type(), fixture.at(5, 18, 45),
                fixture.at(5, 19, 15))).isInstanceOfSatisfying(Fit.Outside.class,
                        outside -> assertThat(outside.why()).isEqualTo(NotWorking.OUTSIDE_HOURS));
        assertThat(availability.fits(practice.provider(), fixture.practice().location(), practice.type(),
                fixture.at(5, 9, 0), fixture.at(5, 9, 30)).fits()).as("another location").isFalse();
        assertThat(availability.zoneOf(practice.location())).contains(SchedulingFixture.ZONE);
    }

    @Test
    void aSickDayListsEveryAppointmentItLeavesWithoutItsProvider() {
        var onTheDay = List.of(book(fixture.at(6, 9, 0)).id(), book(fixture.at(6, 11, 0)).id(),
                book(fixture.at(6, 15, 30)).id());
        book(fixture.at(7, 9, 0));
        assertThat(availability.misfits(practice.provider(), day(1), null)).isEmpty();

        schedule.addException(TimeOff.days(practice.provider(), null, TimeOff.Kind.SICK_DAY, day(6), day(6)));

        var misfits = availability.misfits(practice.provider(), day(6), null);
        assertThat(misfits).extracting(Misfit::appointment).containsExactlyElementsOf(onTheDay);
        assertThat(misfits).allSatisfy(misfit -> {
            assertThat(misfit.why()).isEqualTo(NotWorking.EXCEPTION);
            assertThat(misfit.message()).isEqualTo("The provider is away then (Sick day).");
            assertThat(misfit.bookedOutsideTemplate()).isFalse();
        });
        assertThat(availability.misfits(practice.provider(), day(7), day(8))).isEmpty();
    }

    @Test
    void shorterHoursFromADateOnLeaveTheEarlyAppointmentsOutside() {
        var early = book(fixture.at(8, 8, 0));
        book(fixture.at(8, 11, 0)); // still inside the new hours
        var date = day(8);

        SystemTask.run(List.of(Permission.PRACTICE_SETUP, Permission.SCHEDULE_READ), () -> {
            var current = schedule.template(practice.provider()).stream()
                    .filter(p -> p.weekday() == date.getDayOfWeek()).findFirst().orElseThrow();
            schedule.endTemplatePeriod(current.id(), date.minusDays(1));
            return schedule.addToTemplate(TemplatePeriod.working(practice.provider(), practice.location(),
                    date.getDayOfWeek(), LocalTime.of(10, 0), LocalTime.of(19, 0), date));
        });

        assertThat(availability.misfits(practice.provider(), date, null)).singleElement().satisfies(misfit -> {
            assertThat(misfit.appointment()).isEqualTo(early.id());
            assertThat(misfit.why()).isEqualTo(NotWorking.OUTSIDE_HOURS);
        });
    }

    private Appointment book(Instant start) {
        var outcome = appointments.book(BookingRequest.of(fixture.patient(), practice.provider(), practice.location(),
                null, practice.type(), start, null));
        assertThat(outcome).isInstanceOf(Booked.class);
        return ((Booked) outcome).appointment();
    }

    private LocalDate day(int days) {
        return LocalDate.now(clock.withZone(SchedulingFixture.ZONE)).plusDays(days);
    }

    private TimeRange local(int days, int fromHour, int fromMinute, int untilHour, int untilMinute) {
        return new TimeRange(fixture.at(days, fromHour, fromMinute), fixture.at(days, untilHour, untilMinute));
    }
}
