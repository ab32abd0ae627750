package org.frontdesk.security;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's staff page: accounts, their MFA, and API tokens. */
@Controller
class StaffAdminPages {

    private static final String PAGE = "admin/staff";

    private final StaffAdministration administration;
    private final ApiTokens tokens;

    StaffAdminPages(StaffAdministration administration, ApiTokens tokens) {
        this.administration = administration;
        this.tokens = tokens;
    }

    @GetMapping("/admin/staff")
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NewStaffAccount.empty());
        }
        model.addAttribute("accounts", administration.accounts());
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("roles", Role.values());
        return PAGE;
    }

    @PostMapping("/admin/staff")
    String open(@ModelAttribute("form") NewStaffAccount form, Model model, RedirectAttributes redirect) {
        return switch (administration.open(form)) {
            case AccountOpening.Opened(var account) -> {
                redirect.addFlashAttribute("message", "Account " + account.username() + " opened.");
                yield "redirect:/admin/staff";
            }
            case AccountOpening.Refused(var problems) -> {
                model.addAttribute("form", form.withoutPassword());
                model.addAttribute("errors", problems);
                yield page(model);
            }
        };
    }

    @PostMapping("/admin/staff/{username}/disable")
    String disable(@PathVariable String username, RedirectAttributes redirect) {
        return done(administration.disable(username), "Account " + username + " disabled.",
                "You cannot disable your own account.", redirect);
    }

    @PostMapping("/admin/staff/{username}/enable")
    String enable(@PathVariable String username, RedirectAttributes redirect) {
        return done(administration.enable(username), "Account " + username + " enabled.", "No such account.", redirect);
    }

    @PostMapping("/admin/staff/{username}/reset-mfa")
    String resetMfa(@PathVariable String username, RedirectAttributes redirect) {
        return done(administration.resetMfa(username), "MFA reset for " + username + "; a new authenticator is set up "
                + "at the next sign-in.", "No such account.", redirect);
    }

    /** Shown on this response only, never stored or redirected, so the token appears exactly once. */
    @PostMapping("/admin/staff/{username}/tokens")
    String issueToken(@PathVariable String username, @RequestParam(defaultValue = "") String name, Model model) {
        try {
            model.addAttribute("issued", tokens.issue(username, name));
        } catch (IllegalArgumentException e) {
            model.addAttribute("tokenErrors", Map.of(username, "Give the token a name (up to 100 characters)."));
        }
        return page(model);
    }

    @PostMapping("/admin/staff/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("message", "Token revoked.");
        return "redirect:/admin/staff";
    }

    private static String done(boolean changed, String message, String refusal, RedirectAttributes redirect) {
        redirect.addFlashAttribute(changed ? "message" : "problem", changed ? message : refusal);
        return "redirect:/admin/staff";
    }
}
