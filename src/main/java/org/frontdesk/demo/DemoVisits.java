package org.frontdesk.demo;

import static org.frontdesk.scheduling.AppointmentStatus.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.frontdesk.scheduling.AppointmentStatus;

/**
 * Gives the demo's visits their place in the lifecycle. Future visits are booked, the next two days' mostly
 * confirmed. Today's show every state of the flow board for each provider, whatever the hour the demo starts:
 * the visits before now are checked out (some no-shows), the one before now is with the provider, the next is in a
 * room, two have arrived, one was cancelled by the patient, the rest are confirmed or booked. Each step is stamped
 * no later than now, so that wait times read sensibly.
 */
final class DemoVisits {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Instant now;
    private final Random random;

    DemoVisits(Instant now, Random random) {
        this.now = now;
        this.random = random;
    }

    /** @param visits sorted by start */
    List<DemoVisit> statuses(List<DemoVisit> visits, LocalDate today) {
        var result = new ArrayList<DemoVisit>(visits.size());
        var todays = new LinkedHashMap<UUID, List<DemoVisit>>();
        for (var visit : visits) {
            var date = visit.time().start().atZone(visit.zone()).toLocalDate();
            if (date.equals(today)) {
                todays.computeIfAbsent(visit.provider(), p -> new ArrayList<>()).add(visit);
            } else {
                result.add(ahead(visit, date.isBefore(today.plusDays(3))));
            }
        }
        todays.values().forEach(day -> result.addAll(today(day)));
        return result;
    }

    private DemoVisit ahead(DemoVisit visit, boolean soon) {
        var steps = booked();
        if (soon && random.nextInt(10) < 6) {
            steps.put(CONFIRMED, now.minus(Duration.ofHours(2 + random.nextInt(20))));
        }
        return visit.through(steps, null);
    }

    /** One provider's day, sorted by start. */
    private List<DemoVisit> today(List<DemoVisit> day) {
        int n = day.size();
        int started = (int) day.stream().filter(v -> !v.time().start().isAfter(now)).count();
        // at least three behind and six ahead when the day is long enough, whatever the hour: the six are the one in
        // a room, two arrived, the cancelled one, and one each confirmed and booked
        int pivot = Math.max(Math.min(3, n), Math.min(started, n - 6));
        var result = new ArrayList<DemoVisit>(n);
        for (int i = 0; i < n; i++) {
            var visit = day.get(i);
            var steps = booked();
            String cancelled = null;
            if (i < pivot - 1) {
                finished(visit, steps, i % 5 == 1);
            } else if (i == pivot - 1) {
                ago(steps, ARRIVED, 35);
                ago(steps, IN_ROOM, 22);
                ago(steps, WITH_PROVIDER, 12);
            } else if (i == pivot) {
                ago(steps, ARRIVED, 20);
                ago(steps, IN_ROOM, 6);
            } else if (i == pivot + 1 || i == pivot + 2) {
                ago(steps, CONFIRMED, 600);
                ago(steps, ARRIVED, i == pivot + 1 ? 11 : 3);
            } else if (i == pivot + 3) {
                ago(steps, CANCELLED, 95);
                cancelled = "Patient called: feeling better";
            } else if (i % 2 == 0) {
                ago(steps, CONFIRMED, 300);
            }
            result.add(visit.through(steps, cancelled));
        }
        return result;
    }

    /** Checked out (or a no-show) at the visit's own times, moved back so that nothing happens after now. */
    private void finished(DemoVisit visit, Map<AppointmentStatus, Instant> steps, boolean noShow) {
        var start = visit.time().start();
        var times = new EnumMap<AppointmentStatus, Instant>(AppointmentStatus.class);
        times.put(CONFIRMED, start.minus(Duration.ofHours(20)));
        if (noShow) {
            times.put(NO_SHOW, start.plus(Duration.ofMinutes(15)));
        } else {
            times.put(ARRIVED, start.minus(Duration.ofMinutes(8)));
            times.put(IN_ROOM, start.plus(Duration.ofMinutes(2)));
            times.put(WITH_PROVIDER, start.plus(Duration.ofMinutes(7)));
            times.put(CHECKED_OUT, visit.time().end().plus(Duration.ofMinutes(3)));
        }
        var latest = times.values().stream().max(Instant::compareTo).orElseThrow();
        var shift = latest.isAfter(now.minus(MINUTE)) ? Duration.between(now.minus(MINUTE), latest) : Duration.ZERO;
        times.forEach((status, at) -> steps.put(status, at.minus(shift)));
        var booked = steps.get(BOOKED);
        var earliest = times.values().stream().min(Instant::compareTo).orElseThrow().minus(shift);
        if (!booked.isBefore(earliest)) {
            steps.put(BOOKED, earliest.minus(Duration.ofDays(1)));
        }
    }

    private void ago(Map<AppointmentStatus, Instant> steps, AppointmentStatus status, int minutes) {
        steps.put(status, now.minus(Duration.ofMinutes(minutes)));
    }

    /** Booked two to forty days ago. */
    private Map<AppointmentStatus, Instant> booked() {
        var steps = new EnumMap<AppointmentStatus, Instant>(AppointmentStatus.class);
        steps.put(BOOKED, now.minus(Duration.ofDays(2 + random.nextInt(39))).minus(Duration.ofMinutes(random
                .nextInt(600))));
        return steps;
    }
}
