package org.frontdesk.audit;

import java.util.List;
import org.frontdesk.security.StaffAccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records changes to staff accounts (created, disabled, MFA reset, API token issued...) in the trail. */
@Component
class StaffChangeAudit {

    private final AuditTrail trail;

    StaffChangeAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(StaffAccountChanged event) {
        trail.record(new AuditEntry(AuditAction.STAFF_CHANGE, AuditOutcome.SUCCESS, "StaffAccount", event.username(),
                List.of(), event.change().name()));
    }
}
