package org.frontdesk.scheduling;

import org.springframework.stereotype.Component;

/**
 * The nearest free times for each occurrence of a series that could not be booked, proposed so that two occurrences
 * are never offered the same time.
 */
@Component
class SeriesAlternatives {

    AppointmentSeries fill(AppointmentSeries series) {
        return series; // FreeSlots.nearest fills these in once it is on main
    }
}
