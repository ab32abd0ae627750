package org.frontdesk.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which entries a review covers, without paging: every criterion given must hold; {@code to} exclusive. */
public record AuditFilter(@Nullable UUID patientId, @Nullable String username, @Nullable Instant from,
        @Nullable Instant to) {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null);

    public AuditFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (username != null) {
            username = username.isBlank() ? null : username.strip();
        }
    }

    public AuditQuery page(int offset, int limit) {
        return new AuditQuery(patientId, username, from, to, offset, limit);
    }
}
