package org.frontdesk.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a provider's template at a location: every {@code weekday} from {@code start} to {@code end} (local
 * time at the location) the provider is {@link Kind#WORKING working}, on a {@link Kind#BREAK break}, or the time is
 * a {@link Kind#BLOCK block} reserved for one appointment type ("new patients Tue 9-11"); effective from
 * {@code effectiveFrom} until {@code effectiveUntil}, both inclusive. Periods run within one day: a practice does
 * not work across midnight.
 *
 * @param end {@link LocalTime#MIDNIGHT} means the end of the day (24:00), so that a period can run until midnight
 * @param reservedFor the appointment type a block is for; null for working periods and breaks
 * @param effectiveUntil the last day the period applies; null until further notice
 */
public record TemplatePeriod(
        TemplatePeriodId id,
        ProviderId provider,
        LocationId location,
        Kind kind,
        DayOfWeek weekday,
        LocalTime start,
        LocalTime end,
        @Nullable AppointmentTypeId reservedFor,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveUntil) {

    public enum Kind {
        WORKING,
        BREAK,
        BLOCK
    }

    /** @throws InvalidSetup naming each broken rule */
    public TemplatePeriod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        var errors = new LinkedHashMap<String, String>();
        if (!wholeMinute(start)) {
            errors.put("start", "Use whole minutes.");
        }
        if (!wholeMinute(end)) {
            errors.put("end", "Use whole minutes.");
        } else if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
            errors.put("end", "The end must be after the start.");
        }
        if (kind == Kind.BLOCK && reservedFor == null) {
            errors.put("reservedFor", "Choose the appointment type the block is reserved for.");
        } else if (kind != Kind.BLOCK && reservedFor != null) {
            errors.put("reservedFor", "Only a block is reserved for an appointment type.");
        }
        if (effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) {
            errors.put("effectiveUntil", "The last day cannot be before the first.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidSetup(errors);
        }
    }

    public static TemplatePeriod working(ProviderId provider, LocationId location, DayOfWeek weekday, LocalTime start,
            LocalTime end, LocalDate effectiveFrom) {
        return new TemplatePeriod(TemplatePeriodId.random(), provider, location, Kind.WORKING, weekday, start, end,
                null, effectiveFrom, null);
    }

    public static TemplatePeriod breakTime(ProviderId provider, LocationId location, DayOfWeek weekday,
            LocalTime start, LocalTime end, LocalDate effectiveFrom) {
        return new TemplatePeriod(TemplatePeriodId.random(), provider, location, Kind.BREAK, weekday, start, end,
                null, effectiveFrom, null);
    }

    public static TemplatePeriod block(ProviderId provider, LocationId location, DayOfWeek weekday, LocalTime start,
            LocalTime end, AppointmentTypeId reservedFor, LocalDate effectiveFrom) {
        return new TemplatePeriod(TemplatePeriodId.random(), provider, location, Kind.BLOCK, weekday, start, end,
                reservedFor, effectiveFrom, null);
    }

    /** The same period, ending after {@code lastDay}. */
    public TemplatePeriod until(@Nullable LocalDate lastDay) {
        return new TemplatePeriod(id, provider, location, kind, weekday, start, end, reservedFor, effectiveFrom,
                lastDay);
    }

    /** Whether the period applies on that date: the right weekday, within the effective dates. */
    public boolean appliesOn(LocalDate date) {
        return date.getDayOfWeek() == weekday && !date.isBefore(effectiveFrom)
                && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }

    public boolean runsUntilMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    private static boolean wholeMinute(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0;
    }
}
