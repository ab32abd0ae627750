package org.frontdesk.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.frontdesk.security.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Free time, derived on every read from the providers' templates minus breaks, exceptions, holidays and
 * appointments; never stored (docs/adr/0005-free-time-from-templates.md). Templates, exceptions and holidays of any
 * number of providers load in one query; appointments load per run of days, so a search that stops early reads
 * little. Nothing here is patient data, so reads need SCHEDULE_READ and write no audit entries.
 */
@Service
public class Availability {

    /** The longest date range one call derives: a year, so that a typo cannot walk a century. */
    static final int LONGEST_RANGE_DAYS = 366;

    /** How far any zone's local day reaches beyond the UTC day. */
    private static final Duration ZONE_REACH = Duration.ofHours(15);

    private final AvailabilityRepository repository;
    private final Clock clock;

    Availability(AvailabilityRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * The providers' working days (template minus breaks, exceptions and holidays; appointments not subtracted),
     * ordered by date, then provider in the order given, then location. A provider-date without working periods in
     * the template gives no day; one that an exception or holiday cancels gives a day with no hours and the reason.
     *
     * @param location one location, or null for every location the providers work at
     * @param firstDay the first local date, inclusive
     * @param lastDay the last local date, inclusive; at most {@value #LONGEST_RANGE_DAYS} days after the first
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public Stream<WorkingDay> workingDays(Collection<ProviderId> providers, @Nullable LocationId location,
            LocalDate firstDay, LocalDate lastDay) {
        checkRange(firstDay, lastDay);
        var who = List.copyOf(new LinkedHashSet<>(providers));
        if (who.isEmpty()) {
            return Stream.empty();
        }
        var snapshot = repository.snapshot(who, location, firstDay, lastDay);
        return firstDay.datesUntil(lastDay.plusDays(1)).flatMap(date -> days(snapshot, who, location, date, date)
                .stream());
    }

    /**
     * The providers' free time day by day, in the order of {@link #workingDays}. The stream is lazy: appointments
     * are read for 1 day, then the next 2, 4, 8, ... days as the stream is consumed, so a search for the next free
     * slot that stops at the first fit reads a few days only.
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public Stream<FreeDay> freeDays(Collection<ProviderId> providers, @Nullable LocationId location,
            LocalDate firstDay, LocalDate lastDay) {
        checkRange(firstDay, lastDay);
        var who = List.copyOf(new LinkedHashSet<>(providers));
        if (who.isEmpty()) {
            return Stream.empty();
        }
        var snapshot = repository.snapshot(who, location, firstDay, lastDay);
        return Stream.iterate(new Run(firstDay, firstDay), run -> !run.first().isAfter(lastDay),
                        run -> run.next(lastDay))
                .flatMap(run -> free(days(snapshot, who, location, run.first(), run.last())).stream());
    }

    /**
     * Whether {@code [start, end)} of this type fits the provider's template at the location: inside working time,
     * not in a break, an exception or a holiday, not in a block reserved for another type. Whether the time is
     * taken is for the booking to find out (ADR 4).
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public Fit fits(ProviderId provider, LocationId location, AppointmentTypeId type, Instant start, Instant end) {
        return repository.fit(provider, location, type, new TimeRange(start, end));
    }

    /**
     * The provider's appointments that start between the two local dates (and not in the past), are booked or
     * confirmed, and no longer fit the template: what a template change, a new exception or a holiday leaves to
     * move. Overbooked appointments are included; appointments booked outside the template on purpose are flagged.
     *
     * @param lastDay the last local date, inclusive; null for every future appointment
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public List<Misfit> misfits(ProviderId provider, LocalDate firstDay, @Nullable LocalDate lastDay) {
        var from = later(firstDay.atStartOfDay(ZoneOffset.UTC).toInstant().minus(ZONE_REACH), now());
        var until = lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plus(ZONE_REACH);
        var appointments = repository.movable(provider, from, until);
        if (appointments.isEmpty()) {
            return List.of();
        }
        var first = LocalDate.ofInstant(appointments.getFirst().time().start(), ZoneOffset.UTC).minusDays(1);
        var last = LocalDate.ofInstant(appointments.stream().map(a -> a.time().end()).max(Instant::compareTo)
                .orElseThrow(), ZoneOffset.UTC).plusDays(1);
        var snapshot = repository.snapshot(List.of(provider), null, first, last);
        var misfits = new ArrayList<Misfit>();
        for (var appointment : appointments) {
            var zone = snapshot.zone(appointment.location()).or(() -> repository.zoneOf(appointment.location()))
                    .orElseThrow();
            var date = appointment.time().start().atZone(zone).toLocalDate();
            if (date.isBefore(firstDay) || lastDay != null && date.isAfter(lastDay)) {
                continue;
            }
            if (snapshot.fit(provider, appointment.location(), appointment.type(), appointment.time())
                    instanceof Fit.Outside(var why, var message)) {
                misfits.add(new Misfit(appointment.id(), appointment.location(), appointment.type(),
                        appointment.time(), why, message, appointment.outsideTemplate()));
            }
        }
        return List.copyOf(misfits);
    }

    /** The location's time zone, which turns its local times into the instants that are stored. */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public Optional<ZoneId> zoneOf(LocationId location) {
        return repository.zoneOf(location);
    }

    private static List<WorkingDay> days(TemplateSnapshot snapshot, List<ProviderId> providers,
            @Nullable LocationId location, LocalDate first, LocalDate last) {
        var days = new ArrayList<WorkingDay>();
        for (var date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (var provider : providers) {
                for (var at : location == null ? snapshot.locations(provider) : List.of(location)) {
                    snapshot.day(provider, at, date).ifPresent(days::add);
                }
            }
        }
        return days;
    }

    /** The days with the time their providers' appointments hold: one query for all of them. */
    private List<FreeDay> free(List<WorkingDay> days) {
        var worked = days.stream().filter(d -> !d.hours().isEmpty()).toList();
        if (worked.isEmpty()) {
            return days.stream().map(d -> new FreeDay(d, List.of())).toList();
        }
        var span = new TimeRange(
                worked.stream().map(d -> d.hours().getFirst().start()).min(Instant::compareTo).orElseThrow(),
                worked.stream().map(d -> d.hours().getLast().end()).max(Instant::compareTo).orElseThrow());
        var booked = repository.booked(worked.stream().map(WorkingDay::provider).distinct().toList(), span);
        return days.stream().map(day -> new FreeDay(day, during(booked.getOrDefault(day.provider(), List.of()), day)))
                .toList();
    }

    /**
     * The appointments that overlap the day's working hours, by binary search: {@code booked} is sorted, and since
     * one provider's (not overbooked) appointments never overlap, their ends are sorted too.
     */
    private static List<TimeRange> during(List<TimeRange> booked, WorkingDay day) {
        if (booked.isEmpty() || day.hours().isEmpty()) {
            return List.of();
        }
        var from = day.hours().getFirst().start();
        var until = day.hours().getLast().end();
        int low = 0;
        int high = booked.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (booked.get(middle).end().isAfter(from)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        int end = low;
        while (end < booked.size() && booked.get(end).start().isBefore(until)) {
            end++;
        }
        return booked.subList(low, end);
    }

    private static void checkRange(LocalDate firstDay, LocalDate lastDay) {
        if (lastDay.isBefore(firstDay) || ChronoUnit.DAYS.between(firstDay, lastDay) >= LONGEST_RANGE_DAYS) {
            throw new IllegalArgumentException("The last day must be on or after the first, within a year");
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A run of consecutive days read together; each run is twice as long as the one before. */
    private record Run(LocalDate first, LocalDate last) {

        Run next(LocalDate end) {
            long length = ChronoUnit.DAYS.between(first, last) + 1;
            var start = last.plusDays(1);
            var until = start.plusDays(2 * length - 1);
            return new Run(start, until.isAfter(end) ? end : until);
        }
    }
}
