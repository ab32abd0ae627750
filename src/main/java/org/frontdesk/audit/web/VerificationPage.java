package org.frontdesk.audit.web;

import java.time.Clock;
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
    private final Clock clock;

    VerificationPage(ChainCheck check, Clock clock) {
        this.check = check;
        this.clock = clock;
    }

    @PostMapping("/audit/verification")
    String verify(@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
        var result = check.run();
        model.addAttribute("verification", result);
        // The anchor is the newest entry the walk saw, not whatever was appended since (such as this check's own).
        if (result.intact() && result.lastIntact() != null) {
            model.addAttribute("head", result.lastIntact());
            model.addAttribute("headWhen", result.lastIntact().occurredAt().atZone(clock.getZone()));
        }
        return htmx ? "audit/verification :: result" : "audit/verification";
    }
}
