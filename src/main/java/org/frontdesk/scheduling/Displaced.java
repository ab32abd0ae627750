package org.frontdesk.scheduling;

import java.util.List;
import java.util.Objects;

/**
 * An appointment that a template change, an exception or a holiday left outside its provider's working time, with
 * the new times the conflict assistant proposes for it, best first. The entry carries the patient's name: PHI, for
 * the page body only.
 *
 * @param alternatives ranked: the same provider nearest to the old time first, then other providers who offer the
 *     type; never overlapping an alternative proposed for another appointment of the same list; may be empty
 */
public record Displaced(CalendarEntry appointment, Misfit misfit, List<Alternative> alternatives) {

    public Displaced {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(misfit, "misfit");
        alternatives = List.copyOf(alternatives);
    }

    public AppointmentId id() {
        return appointment.id();
    }
}
