package org.frontdesk.scheduling;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.frontdesk.patients.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * Which appointments an {@link AppointmentSearch} lists: every criterion given must hold.
 *
 * @param location the appointment is at this location (a room's location counts)
 * @param room the appointment is in this room
 * @param from the appointment starts at or after this instant
 * @param to the appointment starts before this instant
 * @param statuses the appointment is in one of these statuses; empty for any status
 */
public record AppointmentQuery(
        @Nullable PatientId patient,
        @Nullable ProviderId provider,
        @Nullable LocationId location,
        @Nullable RoomId room,
        @Nullable Instant from,
        @Nullable Instant to,
        Set<AppointmentStatus> statuses) {

    public AppointmentQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** A provider's appointments, in any status, that start in {@code [from, to)}. */
    public static AppointmentQuery ofProvider(ProviderId provider, Instant from, Instant to) {
        return new AppointmentQuery(null, provider, null, null, from, to, Set.of());
    }
}
