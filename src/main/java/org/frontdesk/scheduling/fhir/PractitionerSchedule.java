package org.frontdesk.scheduling.fhir;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.frontdesk.scheduling.AppointmentType;
import org.jspecify.annotations.Nullable;

/**
 * A provider's calendar at one location, as a FHIR {@code Schedule} shows it: derived from the template on every
 * read, never stored.
 *
 * @param types the active types the provider offers, by name: what the schedule's slots can carry
 * @param from the first day the template has working time there (not before today)
 * @param until the last such day; null while any working period runs until further notice
 */
record PractitionerSchedule(
        ScheduleId id,
        String providerName,
        @Nullable String specialty,
        String locationName,
        ZoneId zone,
        List<AppointmentType> types,
        LocalDate from,
        @Nullable LocalDate until) {

    PractitionerSchedule {
        types = List.copyOf(types);
    }

    /** The slot length and grid: the shortest offered type, so that every slot can take at least one booking. */
    int slotMinutes() {
        return types.stream().mapToInt(AppointmentType::defaultMinutes).min().orElse(15);
    }
}
