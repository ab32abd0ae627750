package org.frontdesk.scheduling;

import java.util.Map;

/**
 * A template period, exception, holiday or video link breaks a rule; nothing was stored. Like {@link InvalidBooking}
 * the messages name the field and the rule, never the value.
 */
public class InvalidSetup extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidSetup(Map<String, String> fieldErrors) {
        super("Invalid set-up: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    static InvalidSetup of(String field, String message) {
        return new InvalidSetup(Map.of(field, message));
    }

    /** Field name (as in the record that was refused) to a message the office manager can act on. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
