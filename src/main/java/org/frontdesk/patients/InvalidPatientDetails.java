package org.frontdesk.patients;

import java.util.Map;

/**
 * The submitted demographics break one or more rules. The messages name the field and the rule, never the value,
 * so they are safe to log and to return to any caller.
 */
public class InvalidPatientDetails extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidPatientDetails(Map<String, String> fieldErrors) {
        super("Invalid patient details: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Field name (as in {@link PatientDraft}) to a message a clerk can act on. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
