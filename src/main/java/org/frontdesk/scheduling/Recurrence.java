package org.frontdesk.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a series repeats: every {@code everyWeeks} weeks from {@code firstDate}, at {@code startTime} on the
 * location's clock, either {@code count} times or until {@code until} (inclusive). The time is a wall-clock time, so
 * a weekly 9:00 stays 9:00 when the clocks change.
 *
 * @param count how many occurrences, or null when the series runs until a date
 * @param until the last date an occurrence may fall on, or null when the series has a count
 */
public record Recurrence(LocalDate firstDate, LocalTime startTime, int everyWeeks, @Nullable Integer count,
        @Nullable LocalDate until) {

    /** No series is longer than a year of weekly visits; a longer one is more likely a typing mistake. */
    public static final int MOST_OCCURRENCES = 52;
    public static final int MOST_WEEKS_APART = 52;

    /** @throws InvalidBooking naming each broken rule (fields every, count, until), before anything is stored */
    public Recurrence {
        Objects.requireNonNull(firstDate, "firstDate");
        Objects.requireNonNull(startTime, "startTime");
        var errors = problems(firstDate, everyWeeks, count, until);
        if (!errors.isEmpty()) {
            throw new InvalidBooking(errors);
        }
    }

    public static Recurrence weekly(LocalDate firstDate, LocalTime startTime, int everyWeeks, int count) {
        return new Recurrence(firstDate, startTime, everyWeeks, count, null);
    }

    public static Recurrence weeklyUntil(LocalDate firstDate, LocalTime startTime, int everyWeeks, LocalDate until) {
        return new Recurrence(firstDate, startTime, everyWeeks, null, until);
    }

    /** The local dates of the occurrences, first to last: occurrence n is {@code dates().get(n - 1)}. */
    public List<LocalDate> dates() {
        var dates = new ArrayList<LocalDate>();
        for (var day = firstDate; count != null ? dates.size() < count : !day.isAfter(until);
                day = day.plusWeeks(everyWeeks)) {
            dates.add(day);
        }
        return List.copyOf(dates);
    }

    private static Map<String, String> problems(LocalDate first, int everyWeeks, @Nullable Integer count,
            @Nullable LocalDate until) {
        var errors = new LinkedHashMap<String, String>();
        if (everyWeeks < 1 || everyWeeks > MOST_WEEKS_APART) {
            errors.put("every", "Repeat every 1 to " + MOST_WEEKS_APART + " weeks.");
        }
        if ((count == null) == (until == null)) {
            errors.put("count", "Give either how many times or an end date.");
        } else if (count != null && (count < 1 || count > MOST_OCCURRENCES)) {
            errors.put("count", "A series has 1 to " + MOST_OCCURRENCES + " appointments.");
        } else if (until != null && until.isBefore(first)) {
            errors.put("until", "The end date is before the first appointment.");
        } else if (until != null && everyWeeks >= 1
                && ChronoUnit.WEEKS.between(first, until) / everyWeeks + 1 > MOST_OCCURRENCES) {
            errors.put("until", "That makes more than " + MOST_OCCURRENCES + " appointments; choose an earlier end date.");
        }
        return errors;
    }
}
