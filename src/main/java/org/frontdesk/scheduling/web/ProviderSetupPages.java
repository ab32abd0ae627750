package org.frontdesk.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.frontdesk.scheduling.InvalidSetup;
import org.frontdesk.scheduling.PracticeAdministration;
import org.frontdesk.scheduling.ProviderOnFile;
import org.frontdesk.security.Permission;
import org.frontdesk.security.Role;
import org.frontdesk.security.StaffAccount;
import org.frontdesk.security.StaffAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The practice's providers: the list, adding one and editing one (name, credentials, specialty, NPI, colour, active,
 * default type and location, the types they offer, the staff account they sign in with). Anyone who sees calendars
 * may look; the office manager (PRACTICE_SETUP) changes. A bad field comes back with a message beside it and nothing
 * stored (status 400).
 */
@Controller
@PreAuthorize(Permission.READ_SCHEDULE)
class ProviderSetupPages {

    private final PracticeAdministration practice;
    private final StaffAccounts staff;

    ProviderSetupPages(PracticeAdministration practice, StaffAccounts staff) {
        this.practice = practice;
        this.staff = staff;
    }

    @GetMapping("/setup")
    String setup() {
        return "redirect:/setup/providers";
    }

    @GetMapping("/setup/providers")
    String providers(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProviderForm.empty());
        }
        prepare(model, null);
        return "setup/providers";
    }

    @PostMapping("/setup/providers")
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    String add(@ModelAttribute("form") ProviderForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var details = valid(form.parse());
            var id = practice.addProvider(details);
            redirect.addFlashAttribute("message", details.name() + " added. Now give them working hours.");
            return "redirect:/setup/providers/" + id + "/template";
        } catch (InvalidSetup e) {
            refused(model, response, e.fieldErrors());
            return providers(model);
        }
    }

    @GetMapping("/setup/providers/{id}")
    String provider(@PathVariable String id, Model model) {
        var found = found(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProviderForm.of(found));
        }
        prepare(model, found);
        return "setup/provider";
    }

    @PostMapping("/setup/providers/{id}")
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    String change(@PathVariable String id, @ModelAttribute("form") ProviderForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var found = found(id);
        try {
            practice.changeProvider(found.id(), valid(form.parse()));
            redirect.addFlashAttribute("message", "Saved.");
            return "redirect:/setup/providers/" + found.id();
        } catch (InvalidSetup e) {
            refused(model, response, e.fieldErrors());
            return provider(id, model);
        }
    }

    private void prepare(Model model, @Nullable ProviderOnFile provider) {
        var providers = practice.providers();
        model.addAttribute("provider", provider);
        model.addAttribute("providers", providers);
        model.addAttribute("types", practice.types());
        model.addAttribute("locations", practice.locations());
        // provider accounts, and whichever account is linked now whatever its role
        var linked = provider == null ? null : provider.details().staffUsername();
        model.addAttribute("accounts", staff.all().stream()
                .filter(a -> a.role() == Role.PROVIDER && a.enabled() || a.username().equalsIgnoreCase(
                        String.valueOf(linked)))
                .sorted(java.util.Comparator.comparing(StaffAccount::username)).toList());
        model.addAttribute("linkedTo", providers.stream().filter(p -> p.details().staffUsername() != null)
                .collect(java.util.stream.Collectors.toMap(p -> p.details().staffUsername(),
                        ProviderOnFile::displayName, (a, b) -> a)));
        model.addAttribute("section", "providers");
    }

    private ProviderOnFile found(String id) {
        return practice.provider(PageParameters.provider(id))
                .orElseThrow(() -> new UnreadableRequest(org.springframework.http.HttpStatus.NOT_FOUND,
                        "Unknown provider."));
    }

    static <T> T valid(SetupForm<T> parsed) {
        return switch (parsed) {
            case SetupForm.Valid<T>(var value) -> value;
            case SetupForm.Invalid<T>(var errors) -> throw new InvalidSetup(errors);
        };
    }

    static void refused(Model model, HttpServletResponse response, Map<String, String> errors) {
        model.addAttribute("errors", errors);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
}
