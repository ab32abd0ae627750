package org.frontdesk.audit.fhir;

import java.util.List;
import java.util.UUID;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditLog;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditQuery;
import org.frontdesk.audit.AuditRecord;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** A reviewer's look at the trail: allowed with the audit permission only, and recorded like any other access. */
@Service
class AuditReview {

    private final AuditLog log;
    private final AuditTrail trail;

    AuditReview(AuditLog log, AuditTrail trail) {
        this.log = log;
        this.trail = trail;
    }

    @PreAuthorize(Permission.READ_AUDIT)
    public List<AuditRecord> search(AuditQuery query) {
        var found = log.search(query);
        var patients = query.patientId() == null ? List.<UUID>of() : List.of(query.patientId());
        trail.record(new AuditEntry(AuditAction.SEARCH, AuditOutcome.SUCCESS, "AuditEvent", null, patients,
                found.size() + " audit entries reviewed"));
        return found;
    }
}
