package org.frontdesk.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.frontdesk.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "When is the next free appointment?": free slots derived from templates minus bookings
 * ({@link Availability#freeDays}), on a quarter-hour grid, for the front desk's search, recurring series and the
 * conflict assistant. Reads no patient data, so nothing here is audited. See docs/adr/0010-free-slots.md.
 */
@Service
public class FreeSlots {

    /** Slots start on this grid from local midnight: 9:00, 9:15, ... */
    static final Duration STEP = Duration.ofMinutes(15);
    /** How far ahead a search for the next free slot looks. */
    static final int HORIZON_DAYS = 120;
    /** How far either side of the wanted time alternatives with the same provider are looked for. */
    static final int SAME_PROVIDER_REACH_DAYS = 30;
    /** Other providers are a second choice; nearby days are enough. */
    static final int OTHER_PROVIDER_REACH_DAYS = 14;
    static final int MOST_SLOTS = 200;

    private final Availability availability;
    private final AvailabilityRepository repository;
    private final Clock clock;

    FreeSlots(Availability availability, AvailabilityRepository repository, Clock clock) {
        this.availability = availability;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Free slots for the search, earliest first (same start: providers by name), across every active provider who
     * offers the type, or only the one the search names.
     *
     * @throws InvalidBooking when the type is unknown or inactive, or the named provider does not offer it
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public List<FreeSlot> find(SlotSearch search, int limit) {
        checkLimit(limit);
        var length = lengthOf(search.type());
        var providers = repository.offering(search.type());
        if (search.provider() != null) {
            if (!providers.contains(search.provider())) {
                throw new InvalidBooking(Map.of("provider", "This provider does not offer this appointment type."));
            }
            providers = List.of(search.provider());
        }
        var now = clock.instant();
        // Local dates: "today" somewhere in the practice may still be yesterday in UTC.
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        var first = search.earliest() == null || search.earliest().isBefore(today) ? today : search.earliest();
        var found = new ArrayList<FreeSlot>();
        LocalDate lastDateToRead = null;
        var days = availability.freeDays(providers, search.location(), first, first.plusDays(HORIZON_DAYS - 1));
        for (var iterator = days.iterator(); iterator.hasNext(); ) {
            var day = iterator.next();
            var date = day.day().date();
            if (lastDateToRead != null && date.isAfter(lastDateToRead)) {
                break;
            }
            if (search.earliest() != null && date.isBefore(search.earliest())
                    || !search.days().isEmpty() && !search.days().contains(date.getDayOfWeek())) {
                continue;
            }
            slotsOf(day, search.type(), length, now)
                    .filter(slot -> search.partOfDay().includes(slot.localStart().toLocalTime()))
                    .forEach(found::add);
            if (lastDateToRead == null && found.size() >= limit) {
                // a location further east may still have an earlier slot on the next local date
                lastDateToRead = date.plusDays(1);
            }
        }
        var order = providerOrder(providers);
        found.sort(Comparator.comparing((FreeSlot slot) -> slot.time().start())
                .thenComparing(slot -> order.get(slot.provider())));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }

    /**
     * Alternatives for an appointment that cannot stay where it is, at the same location: the same provider first,
     * nearest to {@code wanted} (within {@value #SAME_PROVIDER_REACH_DAYS} days either side, never in the past),
     * then other active providers who offer the type (within {@value #OTHER_PROVIDER_REACH_DAYS} days). A slot
     * that overlaps one in {@code alreadyTaken} (proposed for another appointment of the same batch) is left out,
     * so that proposals for a batch never clash with each other.
     */
    @PreAuthorize(Permission.READ_SCHEDULE)
    public List<FreeSlot> nearest(AppointmentTypeId type, ProviderId provider, LocationId location, Instant wanted,
            Duration length, Collection<FreeSlot> alreadyTaken, int limit) {
        checkLimit(limit);
        if (!length.isPositive()) {
            throw new InvalidBooking(Map.of("end", "The appointment must end after it starts."));
        }
        var zone = repository.zoneOf(location).orElseThrow(() -> new LocationNotFound(location));
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, zone);
        var wantedDay = LocalDate.ofInstant(wanted, zone);
        var byDistance = Comparator.comparing((FreeSlot slot) -> distance(slot.time().start(), wanted))
                .thenComparing(slot -> slot.time().start());
        var result = new ArrayList<FreeSlot>(limit);
        nearby(List.of(provider), location, type, length, now, alreadyTaken,
                later(today, wantedDay.minusDays(SAME_PROVIDER_REACH_DAYS)),
                wantedDay.plusDays(SAME_PROVIDER_REACH_DAYS))
                .sorted(byDistance).limit(limit).forEach(result::add);
        if (result.size() < limit) {
            var others = repository.offering(type).stream().filter(p -> !p.equals(provider)).toList();
            nearby(others, location, type, length, now, alreadyTaken,
                    later(today, wantedDay.minusDays(OTHER_PROVIDER_REACH_DAYS)),
                    wantedDay.plusDays(OTHER_PROVIDER_REACH_DAYS))
                    .sorted(byDistance).limit(limit - result.size()).forEach(result::add);
        }
        return List.copyOf(result);
    }

    private Stream<FreeSlot> nearby(List<ProviderId> providers, LocationId location, AppointmentTypeId type,
            Duration length, Instant now, Collection<FreeSlot> alreadyTaken, LocalDate first, LocalDate last) {
        if (providers.isEmpty() || last.isBefore(first)) {
            return Stream.empty();
        }
        return availability.freeDays(providers, location, first, last)
                .flatMap(day -> slotsOf(day, type, length, now))
                .filter(slot -> alreadyTaken.stream().noneMatch(slot::clashesWith));
    }

    private static Stream<FreeSlot> slotsOf(FreeDay day, AppointmentTypeId type, Duration length, Instant now) {
        var working = day.day();
        return day.slots(type, length, STEP)
                .filter(slot -> !slot.start().isBefore(now))
                .map(slot -> new FreeSlot(working.provider(), working.location(), type, slot, working.zone()));
    }

    private Duration lengthOf(AppointmentTypeId type) {
        return repository.defaultLength(type)
                .orElseThrow(() -> new InvalidBooking(Map.of("type", "Choose an appointment type the practice books.")));
    }

    private static Map<ProviderId, Integer> providerOrder(List<ProviderId> providers) {
        var order = new HashMap<ProviderId, Integer>();
        for (int i = 0; i < providers.size(); i++) {
            order.put(providers.get(i), i);
        }
        return order;
    }

    private static Duration distance(Instant a, Instant b) {
        return Duration.between(a, b).abs();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MOST_SLOTS) {
            throw new IllegalArgumentException("Ask for 1 to " + MOST_SLOTS + " slots");
        }
    }
}
