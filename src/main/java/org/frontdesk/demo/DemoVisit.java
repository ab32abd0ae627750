package org.frontdesk.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.TimeRange;
import org.jspecify.annotations.Nullable;

/**
 * One invented appointment on its way into the database, with the statuses it has reached and when.
 *
 * @param reached every status the visit passed through, BOOKED first; the last is {@code status}
 */
record DemoVisit(
        UUID id,
        UUID patient,
        UUID provider,
        UUID location,
        @Nullable UUID room,
        UUID type,
        TimeRange time,
        ZoneId zone,
        String reason,
        AppointmentStatus status,
        Map<AppointmentStatus, Instant> reached,
        @Nullable String cancellationReason) {

    DemoVisit(UUID id, UUID patient, UUID provider, UUID location, @Nullable UUID room, UUID type, TimeRange time,
            ZoneId zone, String reason) {
        this(id, patient, provider, location, room, type, time, zone, reason, AppointmentStatus.BOOKED, Map.of(),
                null);
    }

    DemoVisit {
        reached = Collections.unmodifiableMap(reached.isEmpty() ? new EnumMap<>(AppointmentStatus.class)
                : new EnumMap<>(reached));
    }

    /** The visit after it went through {@code steps}, the last being its status now. */
    DemoVisit through(Map<AppointmentStatus, Instant> steps, @Nullable String cancellationReason) {
        var last = steps.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return new DemoVisit(id, patient, provider, location, room, type, time, zone, reason, last, steps,
                cancellationReason);
    }

    Instant lastChange() {
        return reached.values().stream().max(Instant::compareTo).orElseThrow();
    }

    @Nullable String cancelledBy() {
        return status == AppointmentStatus.CANCELLED ? "PATIENT" : null;
    }
}
