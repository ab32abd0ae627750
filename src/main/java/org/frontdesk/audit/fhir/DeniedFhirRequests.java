package org.frontdesk.audit.fhir;

import java.util.List;
import java.util.UUID;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.interop.FhirRequestDenied;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records FHIR requests that a role was not allowed to make: a reviewer should see the administrator who tried
 * to open a chart, not only the clerks who did. Synchronous, in the refused request, so the entry carries its
 * user, address and channel.
 */
@Component
class DeniedFhirRequests {

    private final AuditTrail trail;

    DeniedFhirRequests(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(FhirRequestDenied denied) {
        var action = denied.interaction() == null ? AuditAction.READ : switch (denied.interaction()) {
            case SEARCH_TYPE, SEARCH_SYSTEM, GET_PAGE -> AuditAction.SEARCH;
            case CREATE -> AuditAction.CREATE;
            case UPDATE, PATCH -> AuditAction.UPDATE;
            default -> AuditAction.READ;
        };
        trail.record(new AuditEntry(action, AuditOutcome.DENIED, denied.resourceType(), denied.resourceId(),
                patientOf(denied), "refused: role lacks permission"));
    }

    private static List<UUID> patientOf(FhirRequestDenied denied) {
        if (!"Patient".equals(denied.resourceType()) || denied.resourceId() == null) {
            return List.of();
        }
        try {
            return List.of(UUID.fromString(denied.resourceId()));
        } catch (IllegalArgumentException notOurs) {
            return List.of();
        }
    }
}
