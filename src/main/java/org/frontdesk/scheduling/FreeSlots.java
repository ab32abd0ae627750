package org.frontdesk.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.frontdesk.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * STAND-IN until the coordinator's FreeSlots lands on main (then main's version replaces this file in the merge):
 * the same provider only, nearest to the wanted time, on the API of PLAN.md.
 */
@Service
public class FreeSlots {

    private final Availability availability;
    private final Clock clock;

    FreeSlots(Availability availability, Clock clock) {
        this.availability = availability;
        this.clock = clock;
    }

    @PreAuthorize(Permission.READ_SCHEDULE)
    public List<FreeSlot> nearest(AppointmentTypeId type, ProviderId provider, LocationId location, Instant wanted,
            Duration length, Collection<FreeSlot> alreadyTaken, int limit) {
        var zone = availability.zoneOf(location).orElseThrow();
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, zone);
        var day = LocalDate.ofInstant(wanted, zone);
        var first = day.minusDays(30).isBefore(today) ? today : day.minusDays(30);
        try (var days = availability.freeDays(List.of(provider), location, first, day.plusDays(30))) {
            return days.flatMap(d -> d.slots(type, length, Duration.ofMinutes(15))
                            .filter(slot -> !slot.start().isBefore(now))
                            .map(slot -> new FreeSlot(provider, location, type, slot, zone)))
                    .filter(slot -> alreadyTaken.stream().noneMatch(slot::clashesWith))
                    .sorted(Comparator.comparing(slot -> Duration.between(slot.time().start(), wanted).abs()))
                    .limit(limit).toList();
        }
    }
}
