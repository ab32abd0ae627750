package org.frontdesk.audit.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.frontdesk.audit.AuditRecord;

/** An entry as the review page shows it: its time in the practice's zone. */
record AuditRow(AuditRecord entry, ZonedDateTime when) {

    static AuditRow of(AuditRecord entry, ZoneId zone) {
        return new AuditRow(entry, entry.occurredAt().atZone(zone));
    }
}
