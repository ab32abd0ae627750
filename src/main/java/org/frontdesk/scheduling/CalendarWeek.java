package org.frontdesk.scheduling;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One provider's week, Monday to Sunday in {@code zone}: the provider's appointments at every location.
 *
 * @param workingHours the provider's hours per day, for days whose hours are known
 */
public record CalendarWeek(
        ProviderId provider,
        ZoneId zone,
        LocalDate monday,
        List<CalendarEntry> appointments,
        Map<LocalDate, List<CalendarDay.Hours>> workingHours) {

    public static final int DAYS = 7;

    public CalendarWeek {
        appointments = List.copyOf(appointments);
        workingHours = Map.copyOf(workingHours);
    }

    public List<LocalDate> days() {
        return monday.datesUntil(monday.plusDays(DAYS)).toList();
    }
}
