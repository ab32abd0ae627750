package org.frontdesk.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditLog;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.audit.web.AuditSearchForm.Invalid;
import org.frontdesk.audit.web.AuditSearchForm.Valid;
import org.frontdesk.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The review page's filter as a CSV file, oldest entry first, streamed however many entries match. */
@Controller
@PreAuthorize(Permission.READ_AUDIT)
class AuditExport {

    private final AuditLog log;
    private final AuditTrail trail;
    private final Clock clock;

    AuditExport(AuditLog log, AuditTrail trail, Clock clock) {
        this.log = log;
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping("/audit/export.csv")
    void export(@ModelAttribute AuditSearchForm form, HttpServletResponse response) throws IOException {
        switch (form.parse(clock.getZone())) {
            case Invalid invalid -> response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            case Valid valid -> {
                var filter = valid.filter();
                // Recorded before the first byte leaves: an export cut short has still disclosed what it sent.
                trail.record(new AuditEntry(AuditAction.EXPORT, AuditOutcome.SUCCESS, "AuditEvent", null,
                        filter.patientId() == null ? List.of() : List.of(filter.patientId()), form.describe(valid)));
                response.setContentType("text/csv; charset=UTF-8; header=present");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("Content-Disposition",
                        "attachment; filename=\"audit-" + LocalDate.now(clock) + ".csv\"");
                response.setHeader("Cache-Control", "no-store");
                var csv = new AuditCsv(response.getWriter(), clock.getZone());
                csv.header();
                log.forEach(filter, csv::write);
                response.getWriter().flush();
            }
        }
    }
}
