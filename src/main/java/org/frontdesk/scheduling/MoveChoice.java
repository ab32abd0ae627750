package org.frontdesk.scheduling;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the office chose for one displaced appointment: the new start, provider and room, and the version of the
 * appointment the choice was made on (a change since then refuses the whole batch).
 *
 * @param room null for no room
 */
public record MoveChoice(AppointmentId appointment, int version, ProviderId provider, Instant start,
        @Nullable RoomId room) {

    public MoveChoice {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(start, "start");
    }
}
