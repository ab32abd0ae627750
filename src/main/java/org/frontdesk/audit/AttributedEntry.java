package org.frontdesk.audit;

import org.jspecify.annotations.Nullable;

/** An entry with who, from where and by which channel, captured on the caller's thread. */
record AttributedEntry(
        AuditEntry entry, String username, @Nullable String role, @Nullable String clientAddress, String channel) {}
