package org.frontdesk.scheduling.fhir;

import java.util.Optional;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.ProviderId;
import org.jspecify.annotations.Nullable;

/**
 * The id of a {@code Schedule}: a provider at a location. Schedules are derived from templates and never stored,
 * so the id is the provider's and the location's ids themselves, 44 characters ({@link ShortUuid}).
 */
record ScheduleId(ProviderId provider, LocationId location) {

    static final int LENGTH = 2 * ShortUuid.LENGTH;

    String value() {
        return ShortUuid.encode(provider.value()) + ShortUuid.encode(location.value());
    }

    /** Empty for any text that is not one of ours. */
    static Optional<ScheduleId> parse(@Nullable String text) {
        if (text == null || text.length() != LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ScheduleId(new ProviderId(ShortUuid.decode(text.subSequence(0, ShortUuid.LENGTH))),
                    new LocationId(ShortUuid.decode(text.subSequence(ShortUuid.LENGTH, LENGTH)))));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value();
    }
}
