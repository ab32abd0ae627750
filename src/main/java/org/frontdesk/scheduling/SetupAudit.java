package org.frontdesk.scheduling;

import java.util.List;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Records each change to the practice set-up (providers, locations, rooms, types, templates, exceptions, holidays)
 * in the audit trail, in the changing transaction: who changed a template, and when, even after the row is gone.
 * The details name ids, days and times only; the set-up holds no patient data.
 */
@Component
class SetupAudit {

    private final AuditTrail trail;

    SetupAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void created(String resourceType, Object id, String detail) {
        trail.record(new AuditEntry(AuditAction.CREATE, AuditOutcome.SUCCESS, resourceType, id.toString(), List.of(),
                detail));
    }

    void changed(String resourceType, Object id, String detail) {
        trail.record(new AuditEntry(AuditAction.UPDATE, AuditOutcome.SUCCESS, resourceType, id.toString(), List.of(),
                detail));
    }

    static String describe(TemplatePeriod p) {
        return p.kind() + " " + p.weekday() + " " + p.start() + "-" + (p.runsUntilMidnight() ? "24:00" : p.end())
                + (p.reservedFor() == null ? "" : " for type " + p.reservedFor()) + " of provider " + p.provider()
                + " at location " + p.location() + " from " + p.effectiveFrom() + " until "
                + (p.effectiveUntil() == null ? "further notice" : p.effectiveUntil());
    }

    static String describe(TimeOff off) {
        return off.kind() + " of provider " + off.provider() + (off.location() == null ? " everywhere"
                : " at location " + off.location()) + " from " + off.firstDay() + (off.from() == null ? ""
                : " " + off.from()) + " until " + off.lastDay() + (off.until() == null ? "" : " " + off.until());
    }
}
