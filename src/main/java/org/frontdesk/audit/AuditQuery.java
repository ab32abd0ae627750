package org.frontdesk.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which entries to list: every criterion given must hold; {@code from} inclusive, {@code to} exclusive; newest
 * first, paged by {@code offset}/{@code limit}.
 */
public record AuditQuery(
        @Nullable UUID patientId, @Nullable String username, @Nullable Instant from, @Nullable Instant to,
        int offset, int limit) {

    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (username != null && username.isBlank()) {
            username = null;
        }
    }
}
