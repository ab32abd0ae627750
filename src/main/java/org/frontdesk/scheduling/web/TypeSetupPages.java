package org.frontdesk.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.AppointmentTypeOnFile;
import org.frontdesk.scheduling.InvalidSetup;
import org.frontdesk.scheduling.PracticeAdministration;
import org.frontdesk.security.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Appointment types: name, default duration, colour, telemedicine with its video link (https only), and which
 * providers offer each. A type is deactivated, never deleted, once no booked appointment ahead is of it.
 */
@Controller
@PreAuthorize(Permission.READ_SCHEDULE)
class TypeSetupPages {

    private final PracticeAdministration practice;

    TypeSetupPages(PracticeAdministration practice) {
        this.practice = practice;
    }

    @GetMapping("/setup/types")
    String types(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TypeForm.empty());
        }
        prepare(model, null);
        return "setup/types";
    }

    @PostMapping("/setup/types")
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    String add(@ModelAttribute("form") TypeForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var details = ProviderSetupPages.valid(form.parse());
            practice.addType(details);
            redirect.addFlashAttribute("message", details.name() + " added.");
            return "redirect:/setup/types";
        } catch (InvalidSetup e) {
            ProviderSetupPages.refused(model, response, e.fieldErrors());
            return types(model);
        }
    }

    @GetMapping("/setup/types/{id}")
    String type(@PathVariable String id, Model model) {
        var found = found(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TypeForm.of(found));
        }
        prepare(model, found);
        return "setup/type";
    }

    @PostMapping("/setup/types/{id}")
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    String change(@PathVariable String id, @ModelAttribute("form") TypeForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var found = found(id);
        try {
            practice.changeType(found.id(), ProviderSetupPages.valid(form.parse()));
            redirect.addFlashAttribute("message", "Saved.");
            return "redirect:/setup/types/" + found.id();
        } catch (InvalidSetup e) {
            ProviderSetupPages.refused(model, response, e.fieldErrors());
            return type(id, model);
        }
    }

    private void prepare(Model model, @Nullable AppointmentTypeOnFile type) {
        var providers = practice.providers();
        var types = practice.types();
        model.addAttribute("type", type);
        model.addAttribute("types", types);
        model.addAttribute("providers", providers);
        // "Ana Ruiz, MD, Sam Calder, DO" per type, in the providers' order
        model.addAttribute("offeredByNames", types.stream().collect(java.util.stream.Collectors.toMap(t -> t.id(),
                t -> providers.stream().filter(p -> t.details().offeredBy().contains(p.id()))
                        .map(p -> p.displayName()).reduce((a, b) -> a + "; " + b).orElse("—"))));
        model.addAttribute("section", "types");
    }

    private AppointmentTypeOnFile found(String id) {
        var type = ScheduleInput.id(id).map(AppointmentTypeId::new)
                .orElseThrow(() -> new UnreadableRequest(HttpStatus.NOT_FOUND, "Unknown appointment type."));
        return practice.types().stream().filter(t -> t.id().equals(type)).findFirst()
                .orElseThrow(() -> new UnreadableRequest(HttpStatus.NOT_FOUND, "Unknown appointment type."));
    }
}
