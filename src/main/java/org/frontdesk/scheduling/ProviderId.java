package org.frontdesk.scheduling;

import java.util.Objects;
import java.util.UUID;

/** A provider's internal identifier; the office knows providers by name and NPI. */
public record ProviderId(UUID value) {

    public ProviderId {
        Objects.requireNonNull(value, "value");
    }

    public static ProviderId random() {
        return new ProviderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
