package org.frontdesk.scheduling;

import java.util.Objects;
import java.util.UUID;

/** A template period's identifier. */
public record TemplatePeriodId(UUID value) {

    public TemplatePeriodId {
        Objects.requireNonNull(value, "value");
    }

    public static TemplatePeriodId random() {
        return new TemplatePeriodId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
