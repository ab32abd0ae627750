package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Booking.Booked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The days the clocks change in New York, against PostgreSQL: the next spring-forward and fall-back Sundays (14
 * March and 7 November 2027 when written), so that the test stays in the future.
 */
@FrontdeskTest
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class DaylightSavingIntegrationTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    Availability availability;

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
    LocationId clinic;
    AppointmentTypeId visit;
    /** Works all day every Sunday. */
    ProviderId allDay;
    /** Works 1:00 to 4:00 every Sunday. */
    ProviderId night;
    LocalDate springForward;
    LocalDate fallBack;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        var practice = fixture.practice();
        clinic = setup.addLocation("Night clinic " + UUID.randomUUID(), null, null, null, null, NEW_YORK);
        visit = practice.type();
        allDay = fixture.unscheduledProvider();
        night = fixture.unscheduledProvider();
        for (var provider : List.of(allDay, night)) {
            setup.offer(provider, visit);
        }
        sundays(allDay, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        sundays(night, LocalTime.of(1, 0), LocalTime.of(4, 0));
        springForward = next(ZoneOffsetTransition::isGap);
        fallBack = next(ZoneOffsetTransition::isOverlap);
    }

    @Test
    void theSpringForwardDayHas23HoursAndOneToFourIsTwoHours() {
        assertThat(springForward.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);

        assertThat(freeTime(allDay, springForward)).isEqualTo(Duration.ofHours(23));
        assertThat(freeTime(night, springForward)).isEqualTo(Duration.ofHours(2));
        assertThat(workingTime(allDay, springForward)).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void theFallBackDayHas25HoursAndOneToFourIsFourHours() {
        assertThat(freeTime(allDay, fallBack)).isEqualTo(Duration.ofHours(25));
        assertThat(freeTime(night, fallBack)).isEqualTo(Duration.ofHours(4));
        assertThat(freeTime(allDay, fallBack.plusWeeks(1))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void bothHalfPastOnesOfTheFallBackNightAreBookedAndStoredUnambiguously() {
        var halfPastOne = fallBack.atTime(1, 30);
        var first = WallClock.instant(halfPastOne, NEW_YORK);
        var second = WallClock.instants(halfPastOne, NEW_YORK).getLast();

        var early = book(night, first);
        var late = book(night, second);

        assertThat(stored(early)).isEqualTo(Instant.parse(fallBack + "T05:30:00Z"));
        assertThat(stored(late)).isEqualTo(Instant.parse(fallBack + "T06:30:00Z"));
        assertThat(freeTime(night, fallBack)).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void halfPastTwoOnTheSpringForwardNightIsRefusedAndThreeOClockIsBookable() {
        var halfPastTwo = springForward.atTime(2, 30);

        assertThatThrownBy(() -> WallClock.instant(halfPastTwo, NEW_YORK)).isInstanceOfSatisfying(
                InvalidBooking.class, invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("start"));
        var three = book(night, WallClock.instant(springForward.atTime(3, 0), NEW_YORK));
        assertThat(stored(three)).isEqualTo(Instant.parse(springForward + "T07:00:00Z")); // 3:00 EDT
        assertThat(freeTime(night, springForward)).isEqualTo(Duration.ofMinutes(90));
    }

    private void sundays(ProviderId provider, LocalTime from, LocalTime until) {
        setup.addTemplatePeriod(TemplatePeriod.working(provider, clinic, DayOfWeek.SUNDAY, from, until,
                SchedulingFixture.TEMPLATES_FROM), "test");
    }

    private Duration freeTime(ProviderId provider, LocalDate date) {
        return availability.freeDays(List.of(provider), clinic, date, date).flatMap(d -> d.free().stream())
                .map(TimeRange::duration).reduce(Duration.ZERO, Duration::plus);
    }

    private Duration workingTime(ProviderId provider, LocalDate date) {
        return availability.workingDays(List.of(provider), clinic, date, date).findFirst().orElseThrow()
                .workingTime();
    }

    private Appointment book(ProviderId provider, Instant start) {
        var outcome = appointments.book(BookingRequest.of(fixture.patient(), provider, clinic, null, visit, start,
                null));
        assertThat(outcome).isInstanceOf(Booked.class);
        return ((Booked) outcome).appointment();
    }

    private Instant stored(Appointment appointment) {
        return jdbc.sql("SELECT lower(during) FROM appointment WHERE id = :id").param("id", appointment.id().value())
                .query(OffsetDateTime.class).single().toInstant();
    }

    /** The date of the next clock change of that kind, at least a day from now. */
    private LocalDate next(Predicate<ZoneOffsetTransition> kind) {
        var from = clock.instant().plus(Duration.ofDays(1));
        var transition = NEW_YORK.getRules().nextTransition(from);
        while (!kind.test(transition)) {
            transition = NEW_YORK.getRules().nextTransition(transition.getInstant());
        }
        return transition.getDateTimeBefore().toLocalDate();
    }
}
