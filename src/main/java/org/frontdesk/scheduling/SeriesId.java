package org.frontdesk.scheduling;

import java.util.Objects;
import java.util.UUID;

/** A recurring series' identifier. */
public record SeriesId(UUID value) {

    public SeriesId {
        Objects.requireNonNull(value, "value");
    }

    public static SeriesId random() {
        return new SeriesId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
