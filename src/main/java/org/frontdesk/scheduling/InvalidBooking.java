package org.frontdesk.scheduling;

import java.util.Map;

/**
 * A booking request breaks one or more rules; nothing was stored. The messages name the field and the rule, never
 * the value, so they are safe to log and to return to any caller.
 */
public class InvalidBooking extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidBooking(Map<String, String> fieldErrors) {
        super("Invalid booking: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Field name (as in {@link BookingRequest}) to a message a clerk can act on. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
