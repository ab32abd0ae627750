package org.frontdesk.audit;

public enum AuditOutcome {
    SUCCESS,
    /** Refused by access control. */
    DENIED,
    /** Attempted but failed (bad credentials, invalid input, conflict). */
    FAILED
}
