package org.frontdesk.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One day at one location, in the location's zone: its appointments (with patient names), and the time that the
 * practice's providers spend at other locations that day (without patients: the page only shows it as busy).
 *
 * @param start the day's first instant (midnight in {@code zone}); a DST day lasts 23 or 25 hours
 * @param end the next day's first instant
 * @param workingHours each provider's hours at the location that day, for providers whose hours are known
 */
public record CalendarDay(
        LocationId location,
        LocalDate date,
        ZoneId zone,
        Instant start,
        Instant end,
        List<CalendarEntry> appointments,
        List<Busy> elsewhere,
        Map<ProviderId, List<Hours>> workingHours) {

    /** A provider's appointment at another location: it holds the provider's time, nothing more is shown. */
    public record Busy(ProviderId provider, LocationId location, Instant start, Instant end) {}

    /** A stretch of working time. */
    public record Hours(Instant start, Instant end) {}

    public CalendarDay {
        appointments = List.copyOf(appointments);
        elsewhere = List.copyOf(elsewhere);
        workingHours = Map.copyOf(workingHours);
    }
}
