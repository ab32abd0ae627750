package org.frontdesk.scheduling;

/** The outcome of booking a wait list offer: booked, or the time or the entry is gone. Bad ids throw instead. */
public sealed interface OfferBooking {

    /** The patient is booked; the entry is BOOKED and the other offers for the same freed time are gone. */
    record Booked(Appointment appointment) implements OfferBooking {}

    /**
     * Nothing was booked.
     *
     * @param reason for the front desk; never patient data
     */
    record Gone(String reason) implements OfferBooking {}
}
