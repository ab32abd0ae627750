package org.frontdesk.scheduling;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A new time proposed for an appointment that no longer fits: a free slot (the same provider, or another who offers
 * the type, at the same location) and the room the appointment would keep there.
 *
 * @param room the appointment's room when it is free then; null when it had none, or another appointment (or
 *     another proposal of the same batch) holds it then, so the move does not fail on the room alone
 */
public record Alternative(FreeSlot slot, @Nullable RoomId room) {

    public Alternative {
        Objects.requireNonNull(slot, "slot");
    }

    public ProviderId provider() {
        return slot.provider();
    }

    public TimeRange time() {
        return slot.time();
    }
}
