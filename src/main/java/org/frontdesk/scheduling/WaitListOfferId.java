package org.frontdesk.scheduling;

import java.util.Objects;
import java.util.UUID;

/** An offer's identifier: one freed time offered for one wait list entry. */
public record WaitListOfferId(UUID value) {

    public WaitListOfferId {
        Objects.requireNonNull(value, "value");
    }

    public static WaitListOfferId random() {
        return new WaitListOfferId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
