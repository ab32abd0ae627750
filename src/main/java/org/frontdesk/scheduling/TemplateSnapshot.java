package org.frontdesk.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.frontdesk.scheduling.TemplatePeriod.Kind;
import org.frontdesk.scheduling.WorkingDay.Absence;
import org.frontdesk.scheduling.WorkingDay.Block;
import org.jspecify.annotations.Nullable;

/**
 * The templates, exceptions and holidays of some providers over some dates, loaded at once, and the rules that turn
 * them into working time. Pure: no database, no clock, so the rules (and the days the clocks change) are tested
 * without Spring.
 *
 * <p>Local times become instants with the location's zone. A time that a spring-forward gap skips (2:30 on a day
 * the clocks jump from 2:00 to 3:00) means the jump itself, so a period from 1:00 to 4:00 lasts two hours that day
 * and one from 2:00 to 2:30 does not happen. A time that a fall-back overlap repeats means the earlier of the two
 * instants, so 1:00 to 4:00 lasts four hours. A whole day (0:00 to 24:00) therefore has 23 or 25 hours.
 */
final class TemplateSnapshot {

    private final Map<LocationId, ZoneId> zones;
    private final Map<ProviderId, Map<LocationId, Map<DayOfWeek, List<TemplatePeriod>>>> periods = new HashMap<>();
    private final Map<ProviderId, List<TimeOff>> timeOff = new HashMap<>();
    private final Map<LocalDate, List<Holiday>> holidays = new HashMap<>();
    private final Map<AppointmentTypeId, String> typeNames;
    private final Map<DayKey, Optional<WorkingDay>> workedOut = new ConcurrentHashMap<>();

    private record DayKey(ProviderId provider, LocationId location, LocalDate date) {}

    /**
     * @param zones the zone of every location that {@code template} names
     * @param typeNames the names of the types that blocks are reserved for, for messages
     */
    TemplateSnapshot(Map<LocationId, ZoneId> zones, Collection<TemplatePeriod> template,
            Collection<TimeOff> exceptions, Collection<Holiday> closedDays, Map<AppointmentTypeId, String> typeNames) {
        this.zones = Map.copyOf(zones);
        this.typeNames = Map.copyOf(typeNames);
        var ordered = new ArrayList<>(template);
        ordered.sort(Comparator.comparing(TemplatePeriod::start)); // locations in the order of their first period
        for (var period : ordered) {
            periods.computeIfAbsent(period.provider(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(period.location(), l -> new EnumMap<>(DayOfWeek.class))
                    .computeIfAbsent(period.weekday(), d -> new ArrayList<>()).add(period);
        }
        for (var off : exceptions) {
            timeOff.computeIfAbsent(off.provider(), p -> new ArrayList<>()).add(off);
        }
        for (var holiday : closedDays) {
            holidays.computeIfAbsent(holiday.day(), d -> new ArrayList<>()).add(holiday);
        }
    }

    /** The locations where the provider has template periods (of any date). */
    List<LocationId> locations(ProviderId provider) {
        return List.copyOf(periods.getOrDefault(provider, Map.of()).keySet());
    }

    Optional<ZoneId> zone(LocationId location) {
        return Optional.ofNullable(zones.get(location));
    }

    /**
     * The provider's working day at the location, when the template has working periods on that date. Worked out
     * once per snapshot: a kept one (ADR 14) answers every booking on that provider's day.
     */
    Optional<WorkingDay> day(ProviderId provider, LocationId location, LocalDate date) {
        return workedOut.computeIfAbsent(new DayKey(provider, location, date),
                key -> workOut(provider, location, date));
    }

    private Optional<WorkingDay> workOut(ProviderId provider, LocationId location, LocalDate date) {
        var zone = zones.get(location);
        var working = new ArrayList<TimeRange>();
        var breaks = new ArrayList<TimeRange>();
        var blocks = new ArrayList<Block>();
        boolean works = false;
        for (var period : periods.getOrDefault(provider, Map.of()).getOrDefault(location, Map.of())
                .getOrDefault(date.getDayOfWeek(), List.of())) {
            if (!period.appliesOn(date)) {
                continue;
            }
            works |= period.kind() == Kind.WORKING;
            var time = range(date, period, zone);
            if (time != null) {
                switch (period.kind()) {
                    case WORKING -> working.add(time);
                    case BREAK -> breaks.add(time);
                    case BLOCK -> blocks.add(new Block(time, Objects.requireNonNull(period.reservedFor())));
                }
            }
        }
        if (!works) {
            return Optional.empty();
        }
        var hours = Ranges.union(working);
        var absences = new ArrayList<Absence>();
        for (var time : breaks) {
            absent(absences, hours, time, NotWorking.BREAK, "Break");
        }
        var wholeDay = new TimeRange(startOfDay(date, zone), startOfDay(date.plusDays(1), zone));
        for (var off : timeOff.getOrDefault(provider, List.of())) {
            if (off.touches(date) && off.appliesAt(location)) {
                var from = instant(off.firstDay(), off.from(), zone);
                var until = end(off.lastDay(), off.until(), zone);
                if (from.isBefore(until)) { // not within a spring-forward gap
                    for (var piece : Ranges.within(List.of(new TimeRange(from, until)), wholeDay)) {
                        absent(absences, hours, piece, NotWorking.EXCEPTION, off.kind().label());
                    }
                }
            }
        }
        for (var holiday : holidays.getOrDefault(date, List.of())) {
            if (holiday.appliesAt(location)) {
                absent(absences, hours, wholeDay, NotWorking.HOLIDAY, holiday.name());
            }
        }
        if (!absences.isEmpty()) {
            absences.sort(Comparator.comparing((Absence a) -> a.time().start()).thenComparing(Absence::why));
            hours = Ranges.minus(hours, absences.stream().map(Absence::time).toList());
        }
        var reserved = new ArrayList<Block>();
        for (var block : blocks) {
            for (var piece : Ranges.within(hours, block.time())) {
                reserved.add(new Block(piece, block.type()));
            }
        }
        reserved.sort(Comparator.comparing(b -> b.time().start()));
        return Optional.of(new WorkingDay(provider, location, date, zone, hours, reserved, absences));
    }

    /**
     * Whether the time fits the provider's template at the location for the type. Time that runs over local
     * midnight fits when both days' working time holds it.
     */
    Fit fit(ProviderId provider, LocationId location, AppointmentTypeId type, TimeRange time) {
        var zone = zones.get(location);
        if (zone == null) {
            return outside(NotWorking.OUTSIDE_HOURS, "");
        }
        var days = new ArrayList<WorkingDay>();
        var last = time.end().minusNanos(1).atZone(zone).toLocalDate();
        for (var date = time.start().atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            day(provider, location, date).ifPresent(days::add);
        }
        var hours = Ranges.union(days.stream().flatMap(d -> d.hours().stream()).toList());
        if (Ranges.covers(hours, time)) {
            return days.stream().flatMap(d -> d.blocks().stream())
                    .filter(b -> !b.type().equals(type) && b.time().overlaps(time)).findFirst()
                    .map(b -> outside(NotWorking.RESERVED, typeNames.getOrDefault(b.type(), "another type")))
                    .orElse(Fit.FITS);
        }
        // the most telling reason first: a holiday explains more than a break
        return days.stream().flatMap(d -> d.absences().stream()).filter(a -> a.time().overlaps(time))
                .min(Comparator.comparing((Absence a) -> rank(a.why())))
                .map(a -> outside(a.why(), a.label()))
                .orElseGet(() -> outside(NotWorking.OUTSIDE_HOURS, ""));
    }

    private static int rank(NotWorking why) {
        return switch (why) {
            case HOLIDAY -> 0;
            case EXCEPTION -> 1;
            case BREAK -> 2;
            case RESERVED, OUTSIDE_HOURS -> 3;
        };
    }

    private static Fit outside(NotWorking why, String label) {
        return new Fit.Outside(why, why.message(label));
    }

    /** Records the part of {@code time} that falls in the template's working periods. */
    private static void absent(List<Absence> absences, List<TimeRange> working, TimeRange time, NotWorking why,
            String label) {
        for (var piece : Ranges.within(working, time)) {
            absences.add(new Absence(piece, why, label));
        }
    }

    /** The period's time on that date; null when a spring-forward gap swallows all of it. */
    private static @Nullable TimeRange range(LocalDate date, TemplatePeriod period, ZoneId zone) {
        var start = instant(date, period.start(), zone);
        var end = period.runsUntilMidnight() ? startOfDay(date.plusDays(1), zone) : instant(date, period.end(), zone);
        return start.isBefore(end) ? new TimeRange(start, end) : null;
    }

    /**
     * A local date and time of day as an instant; no time means the start of the day. A time in a spring-forward gap
     * means the instant of the jump; a time a fall-back repeats means the first of the two.
     */
    static Instant instant(LocalDate date, @Nullable LocalTime time, ZoneId zone) {
        if (time == null || time.equals(LocalTime.MIDNIGHT)) {
            return startOfDay(date, zone);
        }
        var local = date.atTime(time);
        var transition = zone.getRules().getTransition(local);
        return transition != null && transition.isGap() ? transition.getInstant()
                : local.atZone(zone).withEarlierOffsetAtOverlap().toInstant();
    }

    /** The end of a local range on {@code date}; no time means the end of the day. */
    private static Instant end(LocalDate date, @Nullable LocalTime time, ZoneId zone) {
        return time == null ? startOfDay(date.plusDays(1), zone) : instant(date, time, zone);
    }

    /** Local midnight, or the first instant of the day in a zone whose clocks skip midnight. */
    private static Instant startOfDay(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }
}
