package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
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

/** Recurring series against PostgreSQL: issue 3, item 6 ("never loses the rest of the series"). */
@FrontdeskTest
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "PATIENT_READ", "PATIENT_WRITE",
        "SCHEDULE_READ", "SCHEDULE_WRITE"})
class RecurringAppointmentsIntegrationTest {

    static final LocalTime NINE = LocalTime.of(9, 0);

    @Autowired
    RecurringAppointments recurring;

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
    LocalDate nextWeek;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
        patient = fixture.patient();
        nextWeek = LocalDate.now(clock.withZone(SchedulingFixture.ZONE)).plusDays(7);
    }

    @Test
    void cancellingOneOccurrenceThenThisAndFollowingLeavesTheOtherOccurrencesBooked() {
        var series = recurring.book(weekly(Recurrence.weekly(nextWeek, NINE, 1, 8)));
        assertThat(series.occurrences()).hasSize(8).allMatch(SeriesOccurrence::booked);

        var third = series.occurrence(3).appointment();
        recurring.cancel(series.id(), 3, third.version(), "Patient away that week", CancelledBy.PATIENT);
        var after = recurring.cancelFollowing(series.id(), 6, "Treatment finished early", CancelledBy.OFFICE);

        assertThat(statuses(after)).containsExactly(AppointmentStatus.BOOKED, AppointmentStatus.BOOKED,
                AppointmentStatus.CANCELLED, AppointmentStatus.BOOKED, AppointmentStatus.BOOKED,
                AppointmentStatus.CANCELLED, AppointmentStatus.CANCELLED, AppointmentStatus.CANCELLED);
        assertThat(after.occurrence(3).appointment().cancellationReason()).isEqualTo("Patient away that week");
        assertThat(after.occurrence(7).appointment().cancellationReason()).isEqualTo("Treatment finished early");
        assertThat(after.occurrence(7).appointment().cancelledBy()).isEqualTo(CancelledBy.OFFICE);
        assertThat(after.endedBefore()).isEqualTo(6);
        assertThat(after.occurrences()).filteredOn(SeriesOccurrence::ended).extracting(SeriesOccurrence::number)
                .containsExactly(6, 7, 8);
        // nothing deleted: the rule's eight occurrences and eight appointment rows are all still there
        assertThat(jdbc.sql("SELECT count(*) FROM series_occurrence o JOIN appointment a ON a.id = o.appointment_id"
                + " WHERE o.series_id = :id").param("id", series.id().value()).query(Integer.class).single())
                .isEqualTo(8);
        assertThat(recurring.get(series.id()).occurrences()).hasSize(8);
    }

    @Test
    void movingOneOccurrenceMovesOnlyItAndTheSeriesFollowsIt() {
        var series = recurring.book(weekly(Recurrence.weekly(nextWeek, NINE, 1, 4)));
        var second = series.occurrence(2).appointment();

        var moved = recurring.move(series.id(), 2, second.version(), second.start().plusSeconds(3 * 3600));

        assertThat(moved).isInstanceOf(Booked.class);
        var after = recurring.get(series.id());
        assertThat(after.occurrence(2).appointment().id()).isEqualTo(((Booked) moved).appointment().id());
        assertThat(after.occurrence(2).appointment().start()).isEqualTo(second.start().plusSeconds(3 * 3600));
        assertThat(statuses(after)).containsOnly(AppointmentStatus.BOOKED);
        assertThat(recurring.seriesOf(((Booked) moved).appointment().id())).contains(series.id());
        assertThat(recurring.seriesOf(second.id())).contains(series.id());
        for (int n : List.of(1, 3, 4)) {
            assertThat(after.occurrence(n).appointment()).isEqualTo(series.occurrence(n).appointment());
        }
    }

    @Test
    void occurrencesThatClashAreKeptWithWhyAndCanBeBookedElsewhere() {
        var second = nextWeek.plusWeeks(1);
        var fourth = nextWeek.plusWeeks(3);
        appointments.book(BookingRequest.of(fixture.patient(), practice.provider(), practice.location(), null,
                practice.type(), second.atTime(NINE).plusMinutes(15).atZone(SchedulingFixture.ZONE).toInstant(),
                null));
        schedule.addException(TimeOff.days(practice.provider(), null, TimeOff.Kind.SICK_DAY, fourth, fourth));

        var series = recurring.book(weekly(Recurrence.weekly(nextWeek, NINE, 1, 5)));

        assertThat(series.occurrences()).filteredOn(SeriesOccurrence::booked).extracting(SeriesOccurrence::number)
                .containsExactly(1, 3, 5);
        assertThat(series.clashes()).extracting(SeriesOccurrence::number).containsExactly(2, 4);
        assertThat(series.occurrence(2).clash()).isEqualTo("The provider's time is taken.");
        assertThat(series.occurrence(4).clash()).contains("away");
        assertThat(series.occurrence(2).alternatives()).isNotEmpty()
                .allMatch(slot -> slot.provider().equals(practice.provider()))
                .allMatch(slot -> slot.time().start().atZone(SchedulingFixture.ZONE).toLocalDate().equals(second));
        assertThat(series.occurrence(4).alternatives()).isNotEmpty()
                .noneMatch(slot -> slot.time().start().atZone(SchedulingFixture.ZONE).toLocalDate().equals(fourth)
                        && slot.provider().equals(practice.provider()));
        // booking one proposal for each clash never clashes with another
        for (var slot : series.occurrence(2).alternatives()) {
            assertThat(series.occurrence(4).alternatives()).noneMatch(slot::clashesWith);
        }
        assertThat(series.occurrences()).filteredOn(SeriesOccurrence::booked)
                .allMatch(o -> o.alternatives().isEmpty());

        var later = second.atTime(LocalTime.of(11, 0)).atZone(SchedulingFixture.ZONE).toInstant();
        var booked = recurring.bookOccurrence(series.id(), 2, practice.provider(), practice.location(), later);

        assertThat(booked).isInstanceOf(Booked.class);
        var after = recurring.get(series.id());
        assertThat(after.clashes()).extracting(SeriesOccurrence::number).containsExactly(4);
        assertThat(after.occurrence(2).appointment().start()).isEqualTo(later);
        assertThatThrownBy(() -> recurring.bookOccurrence(series.id(), 2, practice.provider(), practice.location(),
                later.plusSeconds(3600))).isInstanceOf(InvalidBooking.class);
    }

    @Test
    void aWeeklySeriesAcrossTheSpringForwardKeepsNineOClockOnTheLocationsClock() {
        var zone = SchedulingFixture.ZONE;
        var gap = zone.getRules().nextTransition(clock.instant().plusSeconds(14 * 86_400L));
        while (!gap.isGap()) {
            gap = zone.getRules().nextTransition(gap.getInstant());
        }
        var springForward = gap.getDateTimeBefore().toLocalDate();

        var series = recurring.book(weekly(Recurrence.weekly(springForward.minusWeeks(2), NINE, 1, 5)));

        assertThat(series.occurrences()).allMatch(SeriesOccurrence::booked);
        assertThat(series.occurrences()).extracting(o -> o.appointment().start().atZone(zone).toLocalTime())
                .containsOnly(NINE);
        // 14:00 UTC in standard time, 13:00 UTC once daylight time begins
        assertThat(series.occurrences()).extracting(o -> o.appointment().start().atZone(ZoneOffset.UTC).getHour())
                .containsExactly(14, 14, 13, 13, 13);
    }

    @Test
    void aWeeklySeriesAcrossTheFallBackKeepsNineOClockToo() {
        var zone = SchedulingFixture.ZONE;
        var overlap = zone.getRules().nextTransition(clock.instant().plusSeconds(14 * 86_400L));
        while (!overlap.isOverlap()) {
            overlap = zone.getRules().nextTransition(overlap.getInstant());
        }
        var fallBack = overlap.getDateTimeBefore().toLocalDate();

        var series = recurring.book(weekly(Recurrence.weeklyUntil(fallBack.minusWeeks(1), NINE, 1,
                fallBack.plusWeeks(1))));

        assertThat(series.occurrences()).extracting(o -> o.appointment().start().atZone(zone).toLocalTime())
                .containsExactly(NINE, NINE, NINE);
        assertThat(series.occurrences()).extracting(o -> o.appointment().start().atZone(ZoneOffset.UTC).getHour())
                .containsExactly(13, 14, 14);
    }

    @Test
    void aMonthlySeriesBooksTheSameDayOfEachMonthAtNine() {
        var first = nextWeek.plusWeeks(1);
        var series = recurring.book(weekly(Recurrence.monthly(first, NINE, 1, 3)));

        assertThat(series.occurrences()).allMatch(SeriesOccurrence::booked);
        assertThat(series.occurrences()).extracting(o -> o.appointment().start().atZone(SchedulingFixture.ZONE)
                .toLocalDateTime()).containsExactly(first.atTime(NINE), first.plusMonths(1).atTime(NINE),
                        first.plusMonths(2).atTime(NINE));
        assertThat(recurring.get(series.id()).recurrence().unit()).as("read back")
                .isEqualTo(Recurrence.Unit.MONTHS);
    }

    @Test
    void aSeriesByWeekdayOfTheMonthIsReadBackAndTheDatabaseHoldsItToTwelveMonthsApart() {
        var first = nextWeek.plusWeeks(1);
        var series = recurring.book(weekly(new Recurrence(first, NINE, 2, Recurrence.Unit.MONTHS_BY_WEEKDAY, 2,
                null)));

        assertThat(series.occurrences()).allMatch(SeriesOccurrence::booked);
        var second = series.occurrences().get(1).appointment().start().atZone(SchedulingFixture.ZONE).toLocalDate();
        assertThat(second.getDayOfWeek()).isEqualTo(first.getDayOfWeek());
        assertThat(second.getMonth()).isEqualTo(first.plusMonths(2).getMonth());
        assertThat(recurring.get(series.id()).recurrence().unit()).as("read back")
                .isEqualTo(Recurrence.Unit.MONTHS_BY_WEEKDAY);
        assertThatThrownBy(() -> jdbc.sql("UPDATE appointment_series SET repeat_every = 13 WHERE id = :id")
                .param("id", series.id().value()).update())
                .hasMessageContaining("appointment_series_months_within_a_year");
    }

    @Test
    void aRuleThatMakesNoSenseIsRefusedSayingWhy() {
        assertRefused(() -> Recurrence.weekly(nextWeek, NINE, 1, 0), "count");
        assertRefused(() -> Recurrence.weekly(nextWeek, NINE, 1, 53), "count");
        assertRefused(() -> Recurrence.weekly(nextWeek, NINE, 0, 4), "every");
        assertRefused(() -> Recurrence.weeklyUntil(nextWeek, NINE, 1, nextWeek.minusDays(1)), "until");
        assertRefused(() -> Recurrence.weeklyUntil(nextWeek, NINE, 1, nextWeek.plusYears(2)), "until");
        assertThat(Recurrence.weeklyUntil(nextWeek, NINE, 2, nextWeek.plusWeeks(6)).dates())
                .containsExactly(nextWeek, nextWeek.plusWeeks(2), nextWeek.plusWeeks(4), nextWeek.plusWeeks(6));
    }

    @Test
    void aSeriesThatIsWrongAsAWholeStoresNothing() {
        var unknown = new SeriesRequest(new PatientId(UUID.randomUUID()), practice.provider(), practice.location(),
                null, practice.type(), null, Recurrence.weekly(nextWeek, NINE, 1, 4));
        var past = weekly(Recurrence.weekly(nextWeek.minusWeeks(2), NINE, 1, 4));

        assertRefused(() -> recurring.book(unknown), "patient");
        assertRefused(() -> recurring.book(past), "start");

        assertThat(jdbc.sql("SELECT count(*) FROM appointment_series WHERE provider_id = :p")
                .param("p", practice.provider().value()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE provider_id = :p")
                .param("p", practice.provider().value()).query(Integer.class).single()).isZero();
    }

    private SeriesRequest weekly(Recurrence rule) {
        return new SeriesRequest(patient, practice.provider(), practice.location(), practice.room(), practice.type(),
                "Physiotherapy", rule);
    }

    private static List<AppointmentStatus> statuses(AppointmentSeries series) {
        return series.occurrences().stream().map(o -> o.appointment().status()).toList();
    }

    private static void assertRefused(Runnable attempt, String field) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InvalidBooking.class,
                e -> assertThat(e.fieldErrors()).containsKey(field));
    }
}
