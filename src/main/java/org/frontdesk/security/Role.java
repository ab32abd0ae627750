package org.frontdesk.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * A staff member's job in the office. The permission table in the README is generated from the same facts and a
 * test keeps the two in step.
 */
public enum Role {
    FRONT_DESK("Front desk", EnumSet.of(Permission.PATIENT_READ, Permission.PATIENT_WRITE, Permission.SCHEDULE_READ,
            Permission.SCHEDULE_WRITE)),
    /** Billing reads demographics for claims and statements but does not register patients. */
    BILLING("Billing", EnumSet.of(Permission.PATIENT_READ, Permission.SCHEDULE_READ)),
    /** Providers see their calendars; the front desk books and moves their appointments. */
    PROVIDER("Provider", EnumSet.of(Permission.PATIENT_READ, Permission.SCHEDULE_READ)),
    /**
     * The office manager alone may overbook or book outside a provider's hours (a decision, not a slip), and sets up
     * providers' weekly templates and the practice's holidays. Exceptions (a sick day) are SCHEDULE_WRITE: the front
     * desk enters them when the provider calls in.
     */
    MANAGER("Office manager", EnumSet.of(Permission.PATIENT_READ, Permission.PATIENT_WRITE, Permission.AUDIT_READ,
            Permission.SCHEDULE_READ, Permission.SCHEDULE_WRITE, Permission.OVERBOOK, Permission.PRACTICE_SETUP)),
    /**
     * The practice's IT person: runs accounts and checks the audit trail, but sees no patient chart (minimum
     * necessary).
     */
    ADMIN("Administrator", EnumSet.of(Permission.AUDIT_READ, Permission.STAFF_ADMIN));

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = Set.copyOf(permissions);
    }

    public String label() {
        return label;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }
}
