package org.frontdesk.scheduling;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who added a template period and who last set its last day, as the template page shows them. Removals are in the
 * audit trail (resource type {@code TemplatePeriod}).
 */
public record TemplateChange(TemplatePeriodId period, String createdBy, Instant createdAt, @Nullable String endedBy,
        @Nullable Instant endedAt) {}
