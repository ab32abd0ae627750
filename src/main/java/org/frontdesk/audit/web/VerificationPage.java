package org.frontdesk.audit.web;

import java.time.Clock;
import org.frontdesk.audit.AuditVerifier;
import org.frontdesk.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The review page's "Verify the trail" button. A POST because it does work (and writes an audit entry); htmx swaps
 * in the result, a plain form post gets the result as a page.
 */
@Controller
@PreAuthorize(Permission.READ_AUDIT)
class VerificationPage {

    private final ChainCheck check;
    private final AuditVerifier verifier;
    private final Clock clock;

    VerificationPage(ChainCheck check, AuditVerifier verifier, Clock clock) {
        this.check = check;
        this.verifier = verifier;
        this.clock = clock;
    }

    @PostMapping("/audit/verification")
    String verify(@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
        model.addAttribute("verification", check.run());
        verifier.head().ifPresent(head -> {
            model.addAttribute("head", head);
            model.addAttribute("headWhen", head.occurredAt().atZone(clock.getZone()));
        });
        return htmx ? "audit/verification :: result" : "audit/verification";
    }
}
