package org.frontdesk.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A piece of time {@code [start, end)}, as PostgreSQL's {@code tstzrange} stores an appointment: the end is
 * exclusive, so back-to-back ranges do not overlap. Never empty.
 */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A time range ends after it starts");
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
