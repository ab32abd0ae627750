package org.frontdesk.scheduling;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A day the practice is closed (Thanksgiving), everywhere or at one location: the whole local day at the location.
 *
 * @param location null: every location
 */
public record Holiday(HolidayId id, LocalDate day, String name, @Nullable LocationId location) {

    /** @throws InvalidSetup when the name is blank or longer than 100 characters */
    public Holiday {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw InvalidSetup.of("name", "Give the holiday a name of at most 100 characters.");
        }
    }

    public static Holiday of(LocalDate day, String name, @Nullable LocationId location) {
        return new Holiday(HolidayId.random(), day, name, location);
    }

    public boolean appliesAt(LocationId at) {
        return location == null || location.equals(at);
    }
}
