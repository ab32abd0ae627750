package org.frontdesk.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a series repeats: every {@code every} weeks or months from {@code firstDate}, at {@code startTime} on the
 * location's clock, either {@code count} times or until {@code until} (inclusive). The time is a wall-clock time, so
 * a weekly 9:00 stays 9:00 when the clocks change. A monthly series keeps the first date's day of the month, or takes
 * the month's last day when the month is shorter (the 31st: Jan 31, Feb 28, Mar 31). A series by weekday of the month
 * keeps the first date's place among the month's weekdays of its kind (the 2nd Tuesday); from a fifth one, which
 * most months lack, it takes the month's last (the last Friday).
 *
 * @param count how many occurrences, or null when the series runs until a date
 * @param until the last date an occurrence may fall on, or null when the series has a count
 */
public record Recurrence(LocalDate firstDate, LocalTime startTime, int every, Unit unit, @Nullable Integer count,
        @Nullable LocalDate until) {

    /** No series is longer than a year of weekly visits; a longer one is more likely a typing mistake. */
    public static final int MOST_OCCURRENCES = 52;
    public static final int MOST_WEEKS_APART = 52;
    public static final int MOST_MONTHS_APART = 12;

    /** {@link #weekdayOrdinal()} of a date that is its month's fifth of its weekday: the series takes the last. */
    public static final int LAST = -1;

    public enum Unit {
        WEEKS,
        /** the same day of the month */
        MONTHS,
        /** the same weekday of the month: the 2nd Tuesday, the last Friday */
        MONTHS_BY_WEEKDAY
    }

    /** @throws InvalidBooking naming each broken rule (fields every, count, until), before anything is stored */
    public Recurrence {
        Objects.requireNonNull(firstDate, "firstDate");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(unit, "unit");
        var errors = problems(firstDate, every, unit, count, until);
        if (!errors.isEmpty()) {
            throw new InvalidBooking(errors);
        }
    }

    /** Every {@code everyWeeks} weeks. */
    public Recurrence(LocalDate firstDate, LocalTime startTime, int everyWeeks, @Nullable Integer count,
            @Nullable LocalDate until) {
        this(firstDate, startTime, everyWeeks, Unit.WEEKS, count, until);
    }

    public static Recurrence weekly(LocalDate firstDate, LocalTime startTime, int everyWeeks, int count) {
        return new Recurrence(firstDate, startTime, everyWeeks, Unit.WEEKS, count, null);
    }

    public static Recurrence weeklyUntil(LocalDate firstDate, LocalTime startTime, int everyWeeks, LocalDate until) {
        return new Recurrence(firstDate, startTime, everyWeeks, Unit.WEEKS, null, until);
    }

    public static Recurrence monthly(LocalDate firstDate, LocalTime startTime, int everyMonths, int count) {
        return new Recurrence(firstDate, startTime, everyMonths, Unit.MONTHS, count, null);
    }

    /**
     * Which of its month's weekdays of its kind the first date is: 1 to 4, or {@link #LAST} for a fifth, which a
     * series by weekday of the month repeats as the month's last.
     */
    public int weekdayOrdinal() {
        return ordinal(firstDate);
    }

    private static int ordinal(LocalDate date) {
        int ordinal = (date.getDayOfMonth() - 1) / 7 + 1;
        return ordinal == 5 ? LAST : ordinal;
    }

    /** The local dates of the occurrences, first to last: occurrence n is {@code dates().get(n - 1)}. */
    public List<LocalDate> dates() {
        var dates = new ArrayList<LocalDate>();
        for (int n = 0; ; n++) {
            // counted from the first date each time, so that a short month does not move the ones after it
            var day = nth(firstDate, every, unit, n);
            if (count != null ? dates.size() >= count : day.isAfter(until)) {
                return List.copyOf(dates);
            }
            dates.add(day);
        }
    }

    private static LocalDate nth(LocalDate first, int every, Unit unit, long n) {
        return switch (unit) {
            case WEEKS -> first.plusWeeks(every * n);
            case MONTHS -> first.plusMonths(every * n);
            case MONTHS_BY_WEEKDAY -> {
                var month = first.plusMonths(every * n);
                int ordinal = ordinal(first);
                yield month.with(ordinal == LAST ? TemporalAdjusters.lastInMonth(first.getDayOfWeek())
                        : TemporalAdjusters.dayOfWeekInMonth(ordinal, first.getDayOfWeek()));
            }
        };
    }

    private static Map<String, String> problems(LocalDate first, int every, Unit unit, @Nullable Integer count,
            @Nullable LocalDate until) {
        var errors = new LinkedHashMap<String, String>();
        int most = unit == Unit.WEEKS ? MOST_WEEKS_APART : MOST_MONTHS_APART;
        boolean everyRight = every >= 1 && every <= most;
        if (!everyRight) {
            errors.put("every", "Repeat every 1 to " + most + (unit == Unit.WEEKS ? " weeks." : " months."));
        }
        if ((count == null) == (until == null)) {
            errors.put("count", "Give either how many times or an end date.");
        } else if (count != null && (count < 1 || count > MOST_OCCURRENCES)) {
            errors.put("count", "A series has 1 to " + MOST_OCCURRENCES + " appointments.");
        } else if (until != null && until.isBefore(first)) {
            errors.put("until", "The end date is before the first appointment.");
        } else if (until != null && everyRight
                && (unit == Unit.WEEKS ? ChronoUnit.WEEKS : ChronoUnit.MONTHS).between(first, until) / every + 1
                        > MOST_OCCURRENCES) {
            errors.put("until", "That makes more than " + MOST_OCCURRENCES + " appointments; choose an earlier end date.");
        }
        return errors;
    }
}
