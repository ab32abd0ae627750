package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The dates of a series' rule, without a database. */
class RecurrenceTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);

    @Test
    void aMonthlySeriesKeepsItsDayOfTheMonthOrTakesTheMonthsLastDay() {
        assertThat(Recurrence.monthly(LocalDate.of(2027, 1, 31), NINE, 1, 5).dates()).containsExactly(
                LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 31));
        assertThat(Recurrence.monthly(LocalDate.of(2027, 11, 29), NINE, 3, 2).dates())
                .containsExactly(LocalDate.of(2027, 11, 29), LocalDate.of(2028, 2, 29));
    }

    @Test
    void aMonthlySeriesUntilADateEndsOnOrBeforeIt() {
        var rule = new Recurrence(LocalDate.of(2027, 1, 15), NINE, 2, Recurrence.Unit.MONTHS, null,
                LocalDate.of(2027, 9, 14));
        assertThat(rule.dates()).containsExactly(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 15),
                LocalDate.of(2027, 5, 15), LocalDate.of(2027, 7, 15));
    }

    @Test
    void aSeriesByWeekdayOfTheMonthKeepsItsPlaceAmongTheMonthsWeekdays() {
        // Tuesday 2027-01-12 is January's 2nd Tuesday
        var second = new Recurrence(LocalDate.of(2027, 1, 12), NINE, 1, Recurrence.Unit.MONTHS_BY_WEEKDAY, 4, null);
        assertThat(second.weekdayOrdinal()).isEqualTo(2);
        assertThat(second.dates()).containsExactly(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 9),
                LocalDate.of(2027, 3, 9), LocalDate.of(2027, 4, 13));
        // Thursday 2027-01-28 is the 4th Thursday: it stays the 4th in April, which has five
        var fourth = new Recurrence(LocalDate.of(2027, 1, 28), NINE, 3, Recurrence.Unit.MONTHS_BY_WEEKDAY, 2, null);
        assertThat(fourth.dates()).containsExactly(LocalDate.of(2027, 1, 28), LocalDate.of(2027, 4, 22));
    }

    @Test
    void aFifthWeekdayRepeatsAsTheMonthsLast() {
        // Friday 2027-01-29 is January's 5th Friday; February 2027 has four, April five
        var rule = new Recurrence(LocalDate.of(2027, 1, 29), NINE, 1, Recurrence.Unit.MONTHS_BY_WEEKDAY, null,
                LocalDate.of(2027, 4, 30));
        assertThat(rule.weekdayOrdinal()).isEqualTo(Recurrence.LAST);
        assertThat(rule.dates()).containsExactly(LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 26),
                LocalDate.of(2027, 3, 26), LocalDate.of(2027, 4, 30));
    }

    @Test
    void aSeriesByWeekdayOfTheMonthIsHeldToTheMonthlyLimits() {
        var first = LocalDate.of(2027, 1, 12);
        assertThatThrownBy(() -> new Recurrence(first, NINE, 13, Recurrence.Unit.MONTHS_BY_WEEKDAY, 2, null))
                .isInstanceOfSatisfying(InvalidBooking.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("every", "Repeat every 1 to 12 months."));
        assertThatThrownBy(() -> new Recurrence(first, NINE, 1, Recurrence.Unit.MONTHS_BY_WEEKDAY, null,
                first.plusYears(5))).isInstanceOfSatisfying(InvalidBooking.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("until"));
    }

    @Test
    void monthsApartAreOneToTwelveAndASeriesAtMostFiftyTwoLong() {
        var first = LocalDate.of(2027, 1, 15);
        assertThatThrownBy(() -> Recurrence.monthly(first, NINE, 13, 4)).isInstanceOfSatisfying(InvalidBooking.class,
                e -> assertThat(e.fieldErrors()).containsEntry("every", "Repeat every 1 to 12 months."));
        assertThatThrownBy(() -> Recurrence.monthly(first, NINE, 0, 4)).isInstanceOf(InvalidBooking.class);
        assertThatThrownBy(() -> new Recurrence(first, NINE, 1, Recurrence.Unit.MONTHS, null, first.plusYears(5)))
                .isInstanceOfSatisfying(InvalidBooking.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("until"));
        assertThat(Recurrence.weekly(first, NINE, 13, 2).dates()).as("13 weeks apart is fine")
                .containsExactly(first, first.plusWeeks(13));
    }
}
