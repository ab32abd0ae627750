package org.frontdesk.audit;

/** What was done. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    EXPORT,
    LOGIN,
    LOGIN_FAILED,
    MFA_FAILED,
    LOGOUT,
    STAFF_CHANGE
}
