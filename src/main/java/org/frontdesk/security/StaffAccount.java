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
}
