package org.frontdesk.security;

/** What a staff member may do; granted through their {@link Role}. Used as Spring Security authorities. */
public enum Permission {
    /** See and search patient demographics. */
    PATIENT_READ,
    /** Register patients and change their demographics. */
    PATIENT_WRITE,
    /** Search and export the audit trail and check that it is intact. */
    AUDIT_READ,
    /** Create, disable and reset staff accounts; issue and revoke API tokens. */
    STAFF_ADMIN,
    /** See calendars and appointments. */
    SCHEDULE_READ,
    /** Book, move, cancel appointments and move them through the visit (check-in, check-out). */
    SCHEDULE_WRITE,
    /**
     * Book a patient into time that is already taken, or outside the provider's template (working hours, breaks,
     * exceptions, holidays, blocks for another type), on purpose and with a reason.
     */
    OVERBOOK,
    /** Set up providers' templates (weekly hours, breaks, blocks), practice holidays and telemedicine links. */
    PRACTICE_SETUP;

    /** Spring Security expression helpers, so annotations name permissions, never roles. */
    public static final String READ_PATIENTS = "hasAuthority('PATIENT_READ')";
    public static final String WRITE_PATIENTS = "hasAuthority('PATIENT_WRITE')";
    public static final String READ_AUDIT = "hasAuthority('AUDIT_READ')";
    public static final String ADMINISTER_STAFF = "hasAuthority('STAFF_ADMIN')";
    public static final String READ_SCHEDULE = "hasAuthority('SCHEDULE_READ')";
    public static final String WRITE_SCHEDULE = "hasAuthority('SCHEDULE_WRITE')";
    public static final String SET_UP_PRACTICE = "hasAuthority('PRACTICE_SETUP')";
}
