package org.frontdesk.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Set arithmetic on time ranges. A "normalised" list is sorted and its ranges neither overlap nor touch; every
 * method returns one.
 */
final class Ranges {

    private Ranges() {}

    /** The ranges joined: overlapping or touching ranges become one. */
    static List<TimeRange> union(Collection<TimeRange> ranges) {
        if (ranges.size() <= 1) {
            return List.copyOf(ranges);
        }
        var sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(TimeRange::start));
        var joined = new ArrayList<TimeRange>();
        var current = sorted.getFirst();
        for (var next : sorted.subList(1, sorted.size())) {
            if (next.start().isAfter(current.end())) {
                joined.add(current);
                current = next;
            } else if (next.end().isAfter(current.end())) {
                current = new TimeRange(current.start(), next.end());
            }
        }
        joined.add(current);
        return List.copyOf(joined);
    }

    /** What remains of {@code from} after taking out every range of {@code remove}. */
    static List<TimeRange> minus(Collection<TimeRange> from, Collection<TimeRange> remove) {
        var kept = union(from);
        if (kept.isEmpty() || remove.isEmpty()) {
            return kept;
        }
        var holes = union(remove);
        var result = new ArrayList<TimeRange>();
        int h = 0;
        for (var range : kept) {
            var start = range.start();
            while (h < holes.size() && !holes.get(h).end().isAfter(start)) {
                h++; // holes entirely before this range
            }
            int i = h;
            while (i < holes.size() && holes.get(i).start().isBefore(range.end())) {
                var hole = holes.get(i);
                if (hole.start().isAfter(start)) {
                    result.add(new TimeRange(start, hole.start()));
                }
                start = later(start, hole.end());
                i++;
            }
            if (start.isBefore(range.end())) {
                result.add(new TimeRange(start, range.end()));
            }
        }
        return List.copyOf(result);
    }

    /** The parts of {@code ranges} inside {@code window}. */
    static List<TimeRange> within(Collection<TimeRange> ranges, TimeRange window) {
        var result = new ArrayList<TimeRange>();
        for (var range : union(ranges)) {
            if (range.overlaps(window)) {
                result.add(new TimeRange(later(range.start(), window.start()), earlier(range.end(), window.end())));
            }
        }
        return List.copyOf(result);
    }

    /** Whether one range of the normalised list holds all of {@code target}. */
    static boolean covers(List<TimeRange> normalised, TimeRange target) {
        return normalised.stream().anyMatch(range -> range.contains(target));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
