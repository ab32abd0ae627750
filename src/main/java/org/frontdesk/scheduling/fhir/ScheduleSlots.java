package org.frontdesk.scheduling.fhir;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.frontdesk.scheduling.AppointmentType;
import org.frontdesk.scheduling.Availability;
import org.frontdesk.scheduling.FreeDay;
import org.frontdesk.scheduling.TimeRange;
import org.springframework.stereotype.Component;

/**
 * A schedule's slots, derived on every read from {@link Availability#freeDays} (templates minus breaks, exceptions,
 * holidays and bookings); never stored (ADR 13). Free slots lie on a grid of the schedule's shortest type from the
 * local midnight, and each carries the types whose whole length fits from its start, so that a block reserved for
 * one type offers only that type. Busy slots are the provider's booked time, one per run of appointments.
 */
@Component
class ScheduleSlots {

    private final Availability availability;
    private final Clock clock;

    ScheduleSlots(Availability availability, Clock clock) {
        this.availability = availability;
        this.clock = clock;
    }

    /** Slots starting in {@code [from, to)}, by start; free ones only from now on, since the past cannot be booked. */
    List<ScheduleSlot> between(PractitionerSchedule schedule, Instant from, Instant to, boolean free, boolean busy) {
        var zone = schedule.zone();
        var firstDay = from.atZone(zone).toLocalDate();
        var lastDay = to.minusNanos(1).atZone(zone).toLocalDate();
        var bookableFrom = from.isAfter(clock.instant()) ? from : clock.instant();
        var slots = new ArrayList<ScheduleSlot>();
        availability.freeDays(List.of(schedule.id().provider()), schedule.id().location(), firstDay, lastDay)
                .forEach(day -> {
                    if (free) {
                        freeSlots(schedule, day).stream()
                                .filter(s -> !s.time().start().isBefore(bookableFrom) && s.time().start().isBefore(to))
                                .forEach(slots::add);
                    }
                    if (busy) {
                        busySlots(schedule, day).stream()
                                .filter(s -> !s.time().start().isBefore(from) && s.time().start().isBefore(to))
                                .forEach(slots::add);
                    }
                });
        slots.sort(Comparator.comparing((ScheduleSlot s) -> s.time().start()));
        return slots;
    }

    /**
     * The slot with this id as things stand: free when it is still offered, busy when bookings overlap it, empty
     * when it is not (or no longer) in the provider's working time, or free but in the past.
     */
    Optional<ScheduleSlot> find(PractitionerSchedule schedule, SlotId id) {
        var time = id.time();
        var offered = between(schedule, time.start(), time.start().plusSeconds(60), true, false).stream()
                .filter(s -> s.id().equals(id)).findFirst();
        if (offered.isPresent()) {
            return offered;
        }
        var date = time.start().atZone(schedule.zone()).toLocalDate();
        boolean taken = availability.freeDays(List.of(schedule.id().provider()), schedule.id().location(), date, date)
                .anyMatch(day -> day.day().hours().stream().anyMatch(time::overlaps)
                        && day.booked().stream().anyMatch(time::overlaps));
        return taken ? Optional.of(new ScheduleSlot(id, false, List.of())) : Optional.empty();
    }

    private static List<ScheduleSlot> freeSlots(PractitionerSchedule schedule, FreeDay day) {
        var grid = Duration.ofMinutes(schedule.slotMinutes());
        Map<Instant, List<AppointmentType>> typesByStart = new TreeMap<>();
        for (var type : schedule.types()) {
            day.slots(type.id(), Duration.ofMinutes(type.defaultMinutes()), grid).forEach(
                    slot -> typesByStart.computeIfAbsent(slot.start(), start -> new ArrayList<>()).add(type));
        }
        var slots = new ArrayList<ScheduleSlot>();
        typesByStart.forEach((start, types) -> slots.add(
                new ScheduleSlot(SlotId.of(schedule.id(), new TimeRange(start, start.plus(grid))), true, types)));
        return slots;
    }

    /** Booked time within the day's working hours, to the whole minute. */
    private static List<ScheduleSlot> busySlots(PractitionerSchedule schedule, FreeDay day) {
        var busy = new LinkedHashMap<SlotId, ScheduleSlot>();
        for (var booked : day.booked()) {
            if (day.day().hours().stream().noneMatch(booked::overlaps)) {
                continue;
            }
            var start = booked.start().truncatedTo(ChronoUnit.MINUTES);
            long minutes = Math.min(999, Math.max(1, (Duration.between(start, booked.end()).toSeconds() + 59) / 60));
            var id = new SlotId(schedule.id(), start, (int) minutes);
            busy.put(id, new ScheduleSlot(id, false, List.of()));
        }
        return List.copyOf(busy.values());
    }
}
