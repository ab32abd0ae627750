package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The calendar's reads: a day at a location, a provider's week, and what they audit. */
@FrontdeskTest
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class CalendarsIntegrationTest {

    @Autowired
    Calendars calendars;

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
    void aDayHoldsTheLocationsAppointmentsWithNamesAndTheProvidersOtherLocationsOnlyAsBusy() {
        var elsewhere = fixture.practice();
        // mornings here, afternoons there
        var provider = fixture.unscheduledProvider();
        fixture.offer(provider, practice.type());
        fixture.offer(provider, elsewhere.type());
        fixture.workEveryDay(provider, practice.location(), LocalTime.of(7, 0), LocalTime.NOON);
        fixture.workEveryDay(provider, elsewhere.location(), LocalTime.NOON, LocalTime.of(19, 0));
        var here = booked(provider, practice.location(), 3, 9, 0);
        var there = appointments.book(BookingRequest.of(fixture.patient(), provider, elsewhere.location(),
                null, elsewhere.type(), fixture.at(3, 13, 0), null));
        assertThat(there).isInstanceOf(Booked.class);

        var day = calendars.day(practice.location(), date(3), false);

        assertThat(day.appointments()).extracting(CalendarEntry::id).containsExactly(here.id());
        var entry = day.appointments().getFirst();
        assertThat(entry.patientName()).contains(", Theodora");
        assertThat(entry.mrn()).matches("[0-9]{7,8}");
        assertThat(day.elsewhere()).contains(new CalendarDay.Busy(provider, elsewhere.location(),
                fixture.at(3, 13, 0), fixture.at(3, 13, 30)));
        assertThat(day.zone()).isEqualTo(SchedulingFixture.ZONE);
        assertThat(day.workingHours().get(provider)).as("the provider's hours here, from the template")
                .containsExactly(new CalendarDay.Hours(fixture.at(3, 7, 0), fixture.at(3, 12, 0)));
        assertThat(day.workingHours().get(practice.provider()))
                .containsExactly(new CalendarDay.Hours(fixture.at(3, 7, 0), fixture.at(3, 19, 0)));
    }

    @Test
    void everyDayViewIsOneAuditEntryListingThePatientsShown() {
        var first = booked(practice.provider(), practice.location(), 4, 9, 0);
        var second = booked(practice.provider(), practice.location(), 4, 10, 0);

        calendars.day(practice.location(), date(4), false);

        var entries = jdbc.sql("SELECT patient_ids::text FROM audit_event WHERE action = 'READ'"
                        + " AND resource_type = 'Appointment' AND detail LIKE :detail")
                .param("detail", "day " + date(4) + " at location " + practice.location() + "%")
                .query(String.class).list();
        assertThat(entries).singleElement().satisfies(ids -> assertThat(ids)
                .contains(first.patient().toString(), second.patient().toString()));
    }

    @Test
    void cancelledAppointmentsAndNoShowsAreShownOnlyWhenAskedFor() {
        var kept = booked(practice.provider(), practice.location(), 5, 9, 0);
        var cancelled = booked(practice.provider(), practice.location(), 5, 10, 0);
        appointments.cancel(cancelled.id(), cancelled.version(), "patient has a cold", CancelledBy.PATIENT);

        assertThat(calendars.day(practice.location(), date(5), false).appointments()).extracting(CalendarEntry::id)
                .containsExactly(kept.id());
        assertThat(calendars.day(practice.location(), date(5), true).appointments()).extracting(CalendarEntry::id)
                .containsExactly(kept.id(), cancelled.id());
    }

    @Test
    void theDayOfTheSpringClockChangeLasts23Hours() {
        var rules = SchedulingFixture.ZONE.getRules();
        var change = rules.nextTransition(fixture.at(2, 0, 0));
        while (!change.isGap()) {
            change = rules.nextTransition(change.getInstant());
        }
        var date = change.getDateTimeBefore().toLocalDate();

        var day = calendars.day(practice.location(), date, false);

        assertThat(Duration.between(day.start(), day.end())).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void aWeekIsTheProvidersMondayToSundayAtEveryLocation() {
        var monday = date(8).with(DayOfWeek.MONDAY);
        int offset = (int) java.time.temporal.ChronoUnit.DAYS.between(date(0), monday);
        var onMonday = booked(practice.provider(), practice.location(), offset, 9, 0);
        var onSunday = booked(practice.provider(), practice.location(), offset + 6, 17, 0);
        booked(practice.provider(), practice.location(), offset + 7, 9, 0);

        var week = calendars.week(practice.provider(), practice.location(), monday.plusDays(2), false);

        assertThat(week.monday()).isEqualTo(monday);
        assertThat(week.days()).hasSize(7).startsWith(monday);
        assertThat(week.appointments()).extracting(CalendarEntry::id).containsExactly(onMonday.id(), onSunday.id());
    }

    @Test
    void readingACalendarNeedsScheduleRead() {
        assertThatThrownBy(() -> SystemTask.run(List.of(Permission.PATIENT_READ),
                () -> calendars.day(practice.location(), date(3), false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.day(LocationId.random(), date(3), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Appointment booked(ProviderId provider, LocationId location, int days, int hour, int minute) {
        var outcome = appointments.book(BookingRequest.of(fixture.patient(), provider, location, null, practice.type(),
                fixture.at(days, hour, minute), null));
        return ((Booked) outcome).appointment();
    }

    private LocalDate date(int days) {
        return fixture.at(days, 12, 0).atZone(SchedulingFixture.ZONE).toLocalDate();
    }
}
