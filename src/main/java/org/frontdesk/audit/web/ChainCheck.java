package org.frontdesk.audit.web;

import java.util.List;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.audit.AuditVerifier;
import org.frontdesk.audit.ChainVerification;
import org.springframework.stereotype.Component;

/** Runs the chain verification for a reviewer and records that they did, for the page and the API alike. */
@Component
class ChainCheck {

    private final AuditVerifier verifier;
    private final AuditTrail trail;

    ChainCheck(AuditVerifier verifier, AuditTrail trail) {
        this.verifier = verifier;
        this.trail = trail;
    }

    ChainVerification run() {
        var result = verifier.verify();
        var detail = result.intact()
                ? "chain verified intact, " + result.checked() + " entries"
                : "chain broken at entry " + result.firstBrokenId();
        // Recorded after the walk, so the walk never includes its own entry.
        trail.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, "AuditEvent", null, List.of(), detail));
        return result;
    }
}
