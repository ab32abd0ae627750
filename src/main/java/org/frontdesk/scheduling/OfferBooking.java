package org.frontdesk.scheduling;

import java.util.List;

/** The outcome of booking a wait list offer: booked, or the time or the entry is gone. Bad ids throw instead. */
public sealed interface OfferBooking {

    /**
     * The patient is booked; the entry is BOOKED and the other offers for the same freed time are gone.
     *
     * @param patientOverlaps the patient's other active appointments at overlapping times: a warning, as when booking
     */
    record Booked(Appointment appointment, List<Appointment> patientOverlaps) implements OfferBooking {

        public Booked {
            patientOverlaps = List.copyOf(patientOverlaps);
        }
    }

    /**
     * Nothing was booked.
     *
     * @param reason for the front desk; never patient data
     */
    record Gone(String reason) implements OfferBooking {}
}
