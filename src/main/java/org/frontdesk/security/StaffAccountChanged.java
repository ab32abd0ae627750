package org.frontdesk.security;

/**
 * An administrator (or the staff member themselves) changed an account. Published for the audit trail; carries no
 * password, secret or token.
 *
 * @param username the account changed
 * @param changedBy who changed it
 */
public record StaffAccountChanged(String username, Change change, String changedBy) {

    public enum Change {
        CREATED,
        DISABLED,
        ENABLED,
        MFA_ENROLLED,
        MFA_RESET,
        API_TOKEN_ISSUED,
        API_TOKEN_REVOKED
    }
}
