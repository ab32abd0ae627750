package org.frontdesk.scheduling;

import java.util.List;

/** The outcome of a booking: booked, or refused because the time is taken. Bad input throws instead. */
public sealed interface Booking {

    /**
     * @param patientOverlaps the patient's other active appointments at overlapping times (with other providers):
     *     a warning for the front desk, not a refusal
     */
    record Booked(Appointment appointment, List<Appointment> patientOverlaps) implements Booking {

        public Booked {
            patientOverlaps = List.copyOf(patientOverlaps);
        }

        public boolean patientDoubleBooked() {
            return !patientOverlaps.isEmpty();
        }
    }

    /** Nothing was stored; {@code clashes} names what holds the time (never empty). */
    record Conflict(List<Clash> clashes) implements Booking {

        public Conflict {
            clashes = List.copyOf(clashes);
        }
    }
}
