package org.frontdesk.security;

/**
 * A sign-in attempt failed (wrong password, unknown user, locked or disabled account, wrong MFA code, bad API
 * token). Published for the audit trail; carries no password or code.
 *
 * @param username as typed, possibly of no existing account
 */
public record StaffSignInFailed(String username, Reason reason) {

    public enum Reason {
        BAD_CREDENTIALS,
        LOCKED,
        DISABLED,
        MFA_CODE_WRONG,
        API_TOKEN_INVALID
    }
}
