package org.frontdesk.audit;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a module reports to the trail. Who, role, when and from where are filled in by {@link AuditTrail}.
 *
 * @param detail free text for the reviewer; must never hold PHI (names, dates of birth, phone numbers)
 */
public record AuditEntry(
        AuditAction action,
        AuditOutcome outcome,
        @Nullable String resourceType,
        @Nullable String resourceId,
        List<UUID> patientIds,
        @Nullable String detail) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        patientIds = List.copyOf(patientIds);
        if (detail != null && detail.length() > 500) {
            detail = detail.substring(0, 500);
        }
    }

    public static AuditEntry ofPatient(AuditAction action, AuditOutcome outcome, UUID patientId) {
        return new AuditEntry(action, outcome, "Patient", patientId.toString(), List.of(patientId), null);
    }
}
