package org.frontdesk.audit;

import java.util.List;
import org.frontdesk.security.StaffSignInFailed;
import org.frontdesk.security.StaffSignedIn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins and failed sign-in attempts. Listens synchronously, on the request's thread, so that the entry
 * carries the client's address and channel.
 */
@Component
class SignInAudit {

    /** A typed username is kept as typed, but not without bound: the field is free text on the login form. */
    static final int MAX_USERNAME_LENGTH = 100;

    private final AuditTrail trail;

    SignInAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(StaffSignedIn event) {
        trail.record(new AuditEntry(AuditAction.LOGIN, AuditOutcome.SUCCESS, null, null, List.of(), null),
                event.username(), event.role().name());
    }

    @EventListener
    void on(StaffSignInFailed event) {
        var action = switch (event.reason()) {
            case MFA_CODE_WRONG -> AuditAction.MFA_FAILED;
            case BAD_CREDENTIALS, LOCKED, DISABLED, API_TOKEN_INVALID -> AuditAction.LOGIN_FAILED;
        };
        trail.record(new AuditEntry(action, AuditOutcome.FAILED, null, null, List.of(), event.reason().name()),
                bounded(event.username()), null);
    }

    private static String bounded(String typed) {
        return typed.length() <= MAX_USERNAME_LENGTH ? typed : typed.substring(0, MAX_USERNAME_LENGTH);
    }
}
