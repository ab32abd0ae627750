package org.frontdesk.scheduling.fhir;

import java.util.List;
import org.frontdesk.scheduling.AppointmentType;
import org.frontdesk.scheduling.TimeRange;

/**
 * A piece of a schedule as a FHIR {@code Slot} shows it: free, with the types that can be booked starting there
 * (each type's whole length fits in free time it may use), or busy, with none.
 */
record ScheduleSlot(SlotId id, boolean free, List<AppointmentType> types) {

    ScheduleSlot {
        types = List.copyOf(types);
    }

    TimeRange time() {
        return id.time();
    }
}
