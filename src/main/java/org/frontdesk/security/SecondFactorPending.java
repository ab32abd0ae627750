package org.frontdesk.security;

import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Half a sign-in: the password was right, the second factor is still due. Its only authority opens the MFA pages;
 * every other page needs the full sign-in.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

    static final String AUTHORITY = "MFA_PENDING";

    private final UUID accountId;
    private final String username;
    private final boolean enrolment;

    SecondFactorPending(UUID accountId, String username, boolean enrolment) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.accountId = accountId;
        this.username = username;
        this.enrolment = enrolment;
        setAuthenticated(true);
    }

    UUID accountId() {
        return accountId;
    }

    /** Whether the user must first set up an authenticator (an administrator without one). */
    boolean enrolment() {
        return enrolment;
    }

    String nextPage() {
        return enrolment ? "/mfa/enroll" : "/mfa";
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return username;
    }
}
