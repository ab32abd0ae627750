package org.frontdesk.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One stored audit entry, as reviewers and exports see it. */
public record AuditRecord(
        long id, Instant occurredAt, String username, @Nullable String role, AuditAction action, AuditOutcome outcome,
        @Nullable String resourceType, @Nullable String resourceId, List<UUID> patientIds,
        @Nullable String clientAddress, String channel, @Nullable String detail) {}
