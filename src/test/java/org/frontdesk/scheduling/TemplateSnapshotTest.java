package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontdesk.scheduling.WorkingDay.Absence;
import org.junit.jupiter.api.Test;

/** The rules that turn a template, exceptions and holidays into working time; pure Java, no database. */
class TemplateSnapshotTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 14);
    static final LocalDate FALL_BACK = LocalDate.of(2027, 11, 7);
    static final LocalDate TUESDAY = LocalDate.of(2027, 6, 8);
    static final LocalDate SINCE = LocalDate.of(2027, 1, 1);

    final ProviderId provider = ProviderId.random();
    final LocationId clinic = LocationId.random();
    final LocationId annex = LocationId.random();
    final AppointmentTypeId visit = AppointmentTypeId.random();
    final AppointmentTypeId newPatient = AppointmentTypeId.random();

    final List<TemplatePeriod> template = new ArrayList<>();
    final List<TimeOff> exceptions = new ArrayList<>();
    final List<Holiday> holidays = new ArrayList<>();

    @Test
    void aWholeDayHas23HoursWhenTheClocksSpringForwardAnd25WhenTheyFallBack() {
        works(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

        assertThat(day(SPRING_FORWARD).workingTime()).isEqualTo(Duration.ofHours(23));
        assertThat(day(FALL_BACK).workingTime()).isEqualTo(Duration.ofHours(25));
        assertThat(day(FALL_BACK.plusWeeks(1)).workingTime()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void oneToFourIsTwoHoursWhenTheClocksSpringForwardAndFourWhenTheyFallBack() {
        works(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(4, 0));

        assertThat(day(SPRING_FORWARD).hours()).containsExactly(range(SPRING_FORWARD, "06:00", "08:00"));
        assertThat(day(FALL_BACK).hours()).containsExactly(range(FALL_BACK, "05:00", "09:00"));
    }

    @Test
    void timesTheSpringForwardSkipsMeanTheMomentTheClocksJump() {
        works(DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.of(4, 0));
        breaks(DayOfWeek.SUNDAY, LocalTime.of(2, 0), LocalTime.of(2, 45)); // never on the clock that day

        // 3:00 EDT is 7:00 UTC: one hour of work, no break; on other Sundays 90 minutes less a 15-minute break
        assertThat(day(SPRING_FORWARD).hours()).containsExactly(range(SPRING_FORWARD, "07:00", "08:00"));
        assertThat(day(SPRING_FORWARD).absences()).isEmpty();
        assertThat(day(SPRING_FORWARD.plusWeeks(1)).workingTime()).isEqualTo(Duration.ofMinutes(75));
    }

    @Test
    void bothHalfPastOnesOfTheFallBackNightFitAWholeDayTemplate() {
        works(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        var first = Instant.parse("2027-11-07T05:30:00Z"); // 1:30 EDT
        var second = Instant.parse("2027-11-07T06:30:00Z"); // 1:30 EST

        assertThat(snapshot().fit(provider, clinic, visit, new TimeRange(first, first.plusSeconds(1800))))
                .isEqualTo(Fit.FITS);
        assertThat(snapshot().fit(provider, clinic, visit, new TimeRange(second, second.plusSeconds(1800))))
                .isEqualTo(Fit.FITS);
    }

    @Test
    void breaksExceptionsAndHolidaysAreTakenOutOfWorkingTime() {
        works(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0));
        breaks(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(13, 0));
        exceptions.add(TimeOff.hours(provider, null, TimeOff.Kind.SICK_DAY, TUESDAY, LocalTime.of(15, 0),
                LocalTime.of(16, 0)));

        var day = day(TUESDAY);

        // June: EDT, UTC-4
        assertThat(day.hours()).containsExactly(range(TUESDAY, "12:00", "16:00"), range(TUESDAY, "17:00", "19:00"),
                range(TUESDAY, "20:00", "21:00"));
        assertThat(day.absences()).containsExactly(
                new Absence(range(TUESDAY, "16:00", "17:00"), NotWorking.BREAK, "Break"),
                new Absence(range(TUESDAY, "19:00", "20:00"), NotWorking.EXCEPTION, "Sick day"));
    }

    @Test
    void aHolidayClosesTheDayAndSaysWhyButOnlyWhereItApplies() {
        works(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0));
        template.add(TemplatePeriod.working(provider, annex, DayOfWeek.WEDNESDAY, LocalTime.of(8, 0),
                LocalTime.of(17, 0), SINCE));
        holidays.add(Holiday.of(TUESDAY, "Founders' day", clinic));
        holidays.add(Holiday.of(TUESDAY.plusDays(1), "Clinic inventory", clinic));

        var closed = day(TUESDAY);

        assertThat(closed.hours()).isEmpty();
        assertThat(closed.absences()).extracting(Absence::why, Absence::label)
                .containsExactly(tuple(NotWorking.HOLIDAY, "Founders' day"));
        assertThat(fit(TUESDAY, "14:00", "14:30")).isEqualTo(
                new Fit.Outside(NotWorking.HOLIDAY, "The practice is closed then (Founders' day)."));
        assertThat(snapshot().day(provider, annex, TUESDAY.plusDays(1)).orElseThrow().workingTime())
                .isEqualTo(Duration.ofHours(9));
    }

    @Test
    void aVacationTakesWholeDaysFromTheFirstToTheLast() {
        for (var day : DayOfWeek.values()) {
            works(day, LocalTime.of(8, 0), LocalTime.of(17, 0));
        }
        exceptions.add(TimeOff.days(provider, clinic, TimeOff.Kind.VACATION, TUESDAY.minusDays(1), TUESDAY));

        assertThat(day(TUESDAY.minusDays(2)).workingTime()).isEqualTo(Duration.ofHours(9));
        assertThat(day(TUESDAY.minusDays(1)).hours()).isEmpty();
        assertThat(day(TUESDAY).hours()).isEmpty();
        assertThat(day(TUESDAY.plusDays(1)).workingTime()).isEqualTo(Duration.ofHours(9));
        assertThat(fit(TUESDAY, "09:00", "09:30")).isInstanceOfSatisfying(Fit.Outside.class,
                outside -> assertThat(outside.message()).isEqualTo("The provider is away then (Vacation)."));
    }

    @Test
    void anExceptionMayRunFromOneAfternoonUntilTheNextMorning() {
        works(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0));
        works(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0));
        exceptions.add(new TimeOff(TimeOffId.random(), provider, null, TimeOff.Kind.CONFERENCE, TUESDAY,
                LocalTime.of(14, 0), TUESDAY.plusDays(1), LocalTime.of(10, 0), "Cardiology update"));

        assertThat(day(TUESDAY).hours()).containsExactly(range(TUESDAY, "12:00", "18:00"));
        assertThat(day(TUESDAY.plusDays(1)).hours()).containsExactly(range(TUESDAY.plusDays(1), "14:00", "21:00"));
    }

    @Test
    void aPeriodAppliesOnlyBetweenItsEffectiveDates() {
        template.add(TemplatePeriod.working(provider, clinic, DayOfWeek.TUESDAY, LocalTime.of(8, 0),
                LocalTime.of(12, 0), TUESDAY.minusDays(1)).until(TUESDAY.plusWeeks(1)));

        assertThat(snapshot().day(provider, clinic, TUESDAY.minusWeeks(1))).isEmpty();
        assertThat(snapshot().day(provider, clinic, TUESDAY)).isPresent();
        assertThat(snapshot().day(provider, clinic, TUESDAY.plusWeeks(1))).isPresent();
        assertThat(snapshot().day(provider, clinic, TUESDAY.plusWeeks(2))).isEmpty();
    }

    @Test
    void aBlockIsReservedForItsTypeWhichMayStillBookElsewhere() {
        works(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0));
        template.add(TemplatePeriod.block(provider, clinic, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(11, 0),
                newPatient, SINCE));

        assertThat(day(TUESDAY).blocks()).containsExactly(
                new WorkingDay.Block(range(TUESDAY, "13:00", "15:00"), newPatient));
        assertThat(fit(TUESDAY, "10:45", "11:15", visit)).isEqualTo(new Fit.Outside(NotWorking.RESERVED,
                "That time is reserved for another appointment type (New patient)."));
        assertThat(fit(TUESDAY, "09:30", "10:00", newPatient)).isEqualTo(Fit.FITS);
        assertThat(fit(TUESDAY, "14:00", "14:30", newPatient)).isEqualTo(Fit.FITS);
        assertThat(fit(TUESDAY, "11:00", "11:30", visit)).isEqualTo(Fit.FITS);
    }

    @Test
    void aRefusalNamesTheMostTellingReason() {
        works(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0));
        breaks(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(13, 0));

        assertThat(fit(TUESDAY, "11:45", "12:15")).isEqualTo(
                new Fit.Outside(NotWorking.BREAK, "That is during the provider's break."));
        assertThat(fit(TUESDAY, "16:45", "17:15")).isEqualTo(new Fit.Outside(NotWorking.OUTSIDE_HOURS,
                "That is outside the provider's working hours at this location."));
        assertThat(fit(TUESDAY.plusDays(1), "09:00", "09:30")).extracting(f -> ((Fit.Outside) f).why())
                .isEqualTo(NotWorking.OUTSIDE_HOURS);
        assertThat(snapshot().fit(provider, annex, visit, range(TUESDAY, "13:00", "13:30")))
                .extracting(f -> ((Fit.Outside) f).why()).isEqualTo(NotWorking.OUTSIDE_HOURS);
    }

    @Test
    void timeOverMidnightFitsWhenBothDaysWorkAtTheTimes() {
        works(DayOfWeek.TUESDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT);
        works(DayOfWeek.WEDNESDAY, LocalTime.MIDNIGHT, LocalTime.of(2, 0));

        var overMidnight = new TimeRange(Instant.parse("2027-06-09T03:30:00Z"), Instant.parse("2027-06-09T04:30:00Z"));
        assertThat(snapshot().fit(provider, clinic, visit, overMidnight)).isEqualTo(Fit.FITS);
        assertThat(snapshot().fit(provider, clinic, visit,
                new TimeRange(overMidnight.start(), overMidnight.end().plus(Duration.ofHours(2)))).fits()).isFalse();
    }

    private void works(DayOfWeek weekday, LocalTime from, LocalTime until) {
        template.add(TemplatePeriod.working(provider, clinic, weekday, from, until, SINCE));
    }

    private void breaks(DayOfWeek weekday, LocalTime from, LocalTime until) {
        template.add(TemplatePeriod.breakTime(provider, clinic, weekday, from, until, SINCE));
    }

    private TemplateSnapshot snapshot() {
        return new TemplateSnapshot(Map.of(clinic, NEW_YORK, annex, NEW_YORK), template, exceptions, holidays,
                Map.of(newPatient, "New patient"));
    }

    private WorkingDay day(LocalDate date) {
        return snapshot().day(provider, clinic, date).orElseThrow();
    }

    private Fit fit(LocalDate date, String fromLocal, String untilLocal) {
        return fit(date, fromLocal, untilLocal, visit);
    }

    private Fit fit(LocalDate date, String fromLocal, String untilLocal, AppointmentTypeId type) {
        var from = date.atTime(LocalTime.parse(fromLocal)).atZone(NEW_YORK).toInstant();
        var until = date.atTime(LocalTime.parse(untilLocal)).atZone(NEW_YORK).toInstant();
        return snapshot().fit(provider, clinic, type, new TimeRange(from, until));
    }

    /** A range on that date in UTC times of day. */
    private static TimeRange range(LocalDate date, String fromUtc, String untilUtc) {
        return new TimeRange(Instant.parse(date + "T" + fromUtc + ":00Z"),
                Instant.parse(date + "T" + untilUtc + ":00Z"));
    }
}
