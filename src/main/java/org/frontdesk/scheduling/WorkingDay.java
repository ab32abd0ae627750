package org.frontdesk.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A provider's working time at a location on one local date, derived from the template: the working periods minus
 * breaks, exceptions and holidays, turned into instants with the location's zone (so the day a clock changes has
 * 23 or 25 hours). Appointments are not subtracted: see {@link FreeDay}.
 *
 * @param hours when the provider works: sorted, never overlapping or touching; empty on a day the template has
 *     working periods that exceptions or holidays cancel entirely
 * @param blocks pieces of {@code hours} reserved for one appointment type, sorted
 * @param absences what takes time out of the template's working periods, for the day view (breaks, exceptions,
 *     holidays), sorted
 */
public record WorkingDay(
        ProviderId provider,
        LocationId location,
        LocalDate date,
        ZoneId zone,
        List<TimeRange> hours,
        List<Block> blocks,
        List<Absence> absences) {

    /** Time reserved for one appointment type; other types may not be booked into it. */
    public record Block(TimeRange time, AppointmentTypeId type) {}

    /** @param label the holiday's name, the exception's kind, or "Break" */
    public record Absence(TimeRange time, NotWorking why, String label) {}

    public WorkingDay {
        hours = List.copyOf(hours);
        blocks = List.copyOf(blocks);
        absences = List.copyOf(absences);
    }

    public Duration workingTime() {
        return hours.stream().map(TimeRange::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /** The working hours a booking of this type may use: all of them except blocks reserved for other types. */
    public List<TimeRange> hoursFor(AppointmentTypeId type) {
        var reservedForOthers = blocks.stream().filter(b -> !b.type().equals(type)).map(Block::time).toList();
        return Ranges.minus(hours, reservedForOthers);
    }
}
