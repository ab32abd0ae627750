package org.frontdesk.scheduling;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Time a booking of the type could take right now: inside the provider's template at the location, not in a block
 * reserved for another type, and not held by an appointment. Derived on every read; by the time it is booked it
 * may be gone, and the booking says so.
 *
 * @param zone the location's time zone, for showing the slot as the patient will live it
 */
public record FreeSlot(ProviderId provider, LocationId location, AppointmentTypeId type, TimeRange time,
        ZoneId zone) {

    public FreeSlot {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    public ZonedDateTime localStart() {
        return time.start().atZone(zone);
    }

    /** Whether booking this slot would take time another slot of the same provider takes. */
    public boolean clashesWith(FreeSlot other) {
        return provider.equals(other.provider) && time.overlaps(other.time);
    }
}
