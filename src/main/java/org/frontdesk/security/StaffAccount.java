package org.frontdesk.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A staff member's login account. The password hash and MFA secret never leave the security module. */
public record StaffAccount(
        UUID id, String username, String displayName, Role role, boolean enabled, int failedLogins,
        @Nullable Instant lockedUntil, boolean mfaEnabled, boolean mfaExempt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Administrators hold the keys to every account, so they must sign in with a second factor; only the demo
     * practice's accounts are exempt, because their password is printed on the console for anyone trying it out.
     */
    public boolean mustEnrolInMfa() {
        return role == Role.ADMIN && !mfaEnabled && !mfaExempt;
    }
}
