package org.frontdesk.scheduling;

/** Why a piece of time is not bookable working time of a provider at a location. */
public enum NotWorking {
    /** No working period of the template covers it. */
    OUTSIDE_HOURS,
    /** A break in the template. */
    BREAK,
    /** An exception: vacation, conference, sick day ({@link TimeOff}). */
    EXCEPTION,
    /** A practice holiday. */
    HOLIDAY,
    /** A block reserved for another appointment type. */
    RESERVED;

    /**
     * A message for the front desk.
     *
     * @param label the holiday's name, the exception's kind, or the type a block is reserved for
     */
    public String message(String label) {
        return switch (this) {
            case OUTSIDE_HOURS -> "That is outside the provider's working hours at this location.";
            case BREAK -> "That is during the provider's break.";
            case EXCEPTION -> "The provider is away then (" + label + ").";
            case HOLIDAY -> "The practice is closed then (" + label + ").";
            case RESERVED -> "That time is reserved for another appointment type (" + label + ").";
        };
    }
}
