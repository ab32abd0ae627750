package org.frontdesk.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A provider's free time at a location on one local date: the {@link WorkingDay} minus the provider's active
 * appointments (at any location; deliberately overbooked ones hold no time). Derived on every read, never stored.
 *
 * @param booked the provider's appointments that hold time on that day, normalised (sorted, joined)
 */
public record FreeDay(WorkingDay day, List<TimeRange> booked) {

    public FreeDay {
        Objects.requireNonNull(day, "day");
        booked = Ranges.union(booked);
    }

    /** Working time nobody is booked into. */
    public List<TimeRange> free() {
        return Ranges.minus(day.hours(), booked);
    }

    /** Free time a booking of this type may use: {@link #free()} without blocks reserved for other types. */
    public List<TimeRange> freeFor(AppointmentTypeId type) {
        return Ranges.minus(day.hoursFor(type), booked);
    }

    /**
     * The slots a booking of this type and length could take, in order: starts on a grid of {@code step} from the
     * local midnight that begins the day (9:00, 9:15, ... for a 15-minute step), each slot wholly inside free time
     * for the type.
     */
    public Stream<TimeRange> slots(AppointmentTypeId type, Duration length, Duration step) {
        if (!length.isPositive() || !step.isPositive()) {
            throw new IllegalArgumentException("The length and the step must be positive");
        }
        var origin = day.date().atStartOfDay(day.zone()).toInstant();
        long stepNanos = step.toNanos();
        return freeFor(type).stream().flatMap(free -> {
            long offset = Duration.between(origin, free.start()).toNanos();
            long steps = Math.ceilDiv(offset, stepNanos);
            var first = origin.plusNanos(steps * stepNanos);
            return Stream.iterate(first, start -> !start.plus(length).isAfter(free.end()), start -> start.plus(step))
                    .map(start -> new TimeRange(start, start.plus(length)));
        });
    }

    /** The first slot starting at or after {@code notBefore}, if any. */
    public Optional<TimeRange> firstSlot(AppointmentTypeId type, Duration length, Duration step,
            Instant notBefore) {
        return slots(type, length, step).filter(slot -> !slot.start().isBefore(notBefore)).findFirst();
    }
}
