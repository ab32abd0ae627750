package org.frontdesk.audit.web;

import java.time.Clock;
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
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import java.util.UUID;

/** The audit review page: who did what to which patient's data, filtered and paged, newest first. */
@Controller
@PreAuthorize(Permission.READ_AUDIT)
class AuditPages {

    private final AuditLog log;
    private final AuditTrail trail;
    private final Clock clock;

    AuditPages(AuditLog log, AuditTrail trail, Clock clock) {
        this.log = log;
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String review(@ModelAttribute("filter") AuditSearchForm form, Model model) {
        model.addAttribute("exportLink", form.link("/audit/export.csv", null));
        switch (form.parse(clock.getZone())) {
            case Invalid(var errors) -> {
                model.addAttribute("errors", errors);
                model.addAttribute("rows", List.of());
            }
            case Valid valid -> {
                // One more than a page tells whether there is a next one.
                var found = log.search(valid.filter().page(valid.offset(), AuditSearchForm.PAGE_SIZE + 1));
                var patients = valid.filter().patientId() == null ? List.<UUID>of()
                        : List.of(valid.filter().patientId());
                trail.record(new AuditEntry(AuditAction.SEARCH, AuditOutcome.SUCCESS, "AuditEvent", null, patients,
                        form.describe(valid)));
                model.addAttribute("rows", found.stream().limit(AuditSearchForm.PAGE_SIZE)
                        .map(entry -> AuditRow.of(entry, clock.getZone())).toList());
                model.addAttribute("page", valid.page());
                if (valid.page() > 1) {
                    model.addAttribute("previousLink", form.link("/audit", valid.page() - 1));
                }
                if (found.size() > AuditSearchForm.PAGE_SIZE) {
                    model.addAttribute("nextLink", form.link("/audit", valid.page() + 1));
                }
            }
        }
        model.addAttribute("zone", clock.getZone().getId());
        return "audit/review";
    }
}
