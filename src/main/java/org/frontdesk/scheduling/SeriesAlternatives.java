package org.frontdesk.scheduling;

import java.time.Duration;
import java.util.ArrayList;
import org.springframework.stereotype.Component;

/**
 * The nearest free times for each occurrence of a series that could not be booked. Every time proposed for one
 * occurrence is held back from the others, so that booking two proposals never clashes.
 */
@Component
class SeriesAlternatives {

    /** Enough to choose from on one line of the series page. */
    static final int PER_OCCURRENCE = 3;

    private final FreeSlots slots;
    private final PracticeSetup practice;

    SeriesAlternatives(FreeSlots slots, PracticeSetup practice) {
        this.slots = slots;
        this.practice = practice;
    }

    AppointmentSeries fill(AppointmentSeries series) {
        if (series.clashes().isEmpty()) {
            return series;
        }
        var length = Duration.ofMinutes(practice.typeLength(series.type()).orElseThrow().minutes());
        var proposed = new ArrayList<FreeSlot>();
        var occurrences = new ArrayList<SeriesOccurrence>();
        for (var occurrence : series.occurrences()) {
            if (occurrence.open()) {
                var nearest = slots.nearest(series.type(), series.provider(), series.location(),
                        occurrence.plannedStart(), length, proposed, PER_OCCURRENCE);
                proposed.addAll(nearest);
                occurrences.add(occurrence.offering(nearest));
            } else {
                occurrences.add(occurrence);
            }
        }
        return series.withOccurrences(occurrences);
    }
}
