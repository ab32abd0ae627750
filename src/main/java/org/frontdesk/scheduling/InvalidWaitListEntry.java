package org.frontdesk.scheduling;

import java.util.Map;

/**
 * A wait list request breaks one or more rules; nothing was stored. The messages name the field and the rule, never
 * the value, so they are safe to log and to show.
 */
public class InvalidWaitListEntry extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidWaitListEntry(Map<String, String> fieldErrors) {
        super("Invalid wait list entry: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Field name (as in {@link WaitListRequest}) to a message a clerk can act on. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
