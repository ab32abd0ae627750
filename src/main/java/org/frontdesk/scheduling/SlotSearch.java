package org.frontdesk.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the front desk asks for when a patient wants "the next free appointment".
 *
 * @param provider only this provider, or null for every active provider who offers the type
 * @param location only this location, or null for every location
 * @param days the days of the week the patient can come; empty for any day
 * @param earliest the first local date to look at; null for today
 */
public record SlotSearch(
        AppointmentTypeId type,
        @Nullable ProviderId provider,
        @Nullable LocationId location,
        Set<DayOfWeek> days,
        PartOfDay partOfDay,
        @Nullable LocalDate earliest) {

    public SlotSearch {
        Objects.requireNonNull(type, "type");
        days = Set.copyOf(days);
        Objects.requireNonNull(partOfDay, "partOfDay");
    }

    /** Any provider, any location, any day and time, from today. */
    public static SlotSearch forType(AppointmentTypeId type) {
        return new SlotSearch(type, null, null, Set.of(), PartOfDay.ANY, null);
    }

    public SlotSearch withProvider(@Nullable ProviderId who) {
        return new SlotSearch(type, who, location, days, partOfDay, earliest);
    }

    public SlotSearch withLocation(@Nullable LocationId where) {
        return new SlotSearch(type, provider, where, days, partOfDay, earliest);
    }

    public SlotSearch on(Set<DayOfWeek> which, PartOfDay when) {
        return new SlotSearch(type, provider, location, which, when, earliest);
    }

    public SlotSearch from(@Nullable LocalDate first) {
        return new SlotSearch(type, provider, location, days, partOfDay, first);
    }
}
