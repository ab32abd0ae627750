package org.frontdesk.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Turns what the front desk types (a local date and time at a location) into the instant that is stored, on the
 * days the clocks change too. Appointments are stored as UTC ranges, so once resolved nothing is ambiguous.
 */
public final class WallClock {

    private WallClock() {}

    /**
     * The instant a local time at a location names. On a fall-back day a time such as 1:30 happens twice; this
     * picks the first (daylight time, e.g. 1:30 EDT = 5:30 UTC in New York), as {@link java.time.ZonedDateTime}
     * does. The second one (1:30 EST = 6:30 UTC) is {@link #instants}{@code .get(1)}; both are bookable.
     *
     * @throws InvalidBooking naming {@code start}, when a spring-forward gap skips the time (2:30 on a day the
     *     clocks jump from 2:00 to 3:00): a time that never shows on the clock is refused, not moved
     */
    public static Instant instant(LocalDateTime local, ZoneId zone) {
        var instants = instants(local, zone);
        if (instants.isEmpty()) {
            var gap = zone.getRules().getTransition(local);
            throw new InvalidBooking(Map.of("start", "That time does not exist on that day: the clocks go forward"
                    + " from " + gap.getDateTimeBefore().toLocalTime() + " to " + gap.getDateTimeAfter().toLocalTime()
                    + "."));
        }
        return instants.getFirst();
    }

    /** Every instant a local time names at a location: none in a spring-forward gap, two in a fall-back overlap. */
    public static List<Instant> instants(LocalDateTime local, ZoneId zone) {
        return zone.getRules().getValidOffsets(local).stream().map(offset -> local.toInstant(offset)).sorted()
                .toList();
    }
}
