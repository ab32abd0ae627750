package org.frontdesk.patients.web;

import org.frontdesk.patients.AdministrativeSex;
import org.frontdesk.patients.ContactMethod;
import org.frontdesk.patients.GenderIdentity;
import org.frontdesk.patients.InvalidPatientDetails;
import org.frontdesk.patients.PatientChangedSinceRead;
import org.frontdesk.patients.PatientDraft;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.PatientNotFound;
import org.frontdesk.patients.Patients;
import org.frontdesk.patients.Registration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Patient pages. Searches are POSTed, so that what the clerk typed (names, birth dates) never lands in a URL that
 * a proxy or access log might keep.
 */
@Controller
class PatientPages {

    private final Patients patients;

    PatientPages(Patients patients) {
        this.patients = patients;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("sexes", AdministrativeSex.values());
        model.addAttribute("genderIdentities", GenderIdentity.values());
        model.addAttribute("contactMethods", ContactMethod.values());
    }

    @GetMapping("/patients")
    String searchPage() {
        return "patients/search";
    }

    @PostMapping("/patients/search")
    String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        model.addAttribute("results", query.isBlank() ? java.util.List.of() : patients.search(query, 20));
        model.addAttribute("searched", !query.isBlank());
        return "patients/search :: results";
    }

    @GetMapping("/patients/new")
    String registrationForm(Model model) {
        model.addAttribute("draft", PatientDraft.empty());
        return "patients/register";
    }

    @PostMapping("/patients")
    String register(@ModelAttribute("draft") PatientDraft draft,
            @RequestParam(name = "duplicateReason", required = false) @Nullable String duplicateReason, Model model) {
        try {
            return switch (patients.register(draft, duplicateReason)) {
                case Registration.Registered(var patient) -> "redirect:/patients/" + patient.id() + "?registered";
                case Registration.PossibleDuplicatesFound(var candidates) -> {
                    model.addAttribute("duplicates", candidates);
                    yield "patients/register";
                }
            };
        } catch (InvalidPatientDetails e) {
            model.addAttribute("errors", e.fieldErrors());
            return "patients/register";
        }
    }

    @GetMapping("/patients/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("patient", patients.get(PatientId.parse(id)));
        return "patients/show";
    }

    @GetMapping("/patients/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        var patient = patients.get(PatientId.parse(id));
        model.addAttribute("patient", patient);
        model.addAttribute("draft", PatientDraft.of(patient.details()));
        model.addAttribute("version", patient.version());
        return "patients/edit";
    }

    @PostMapping("/patients/{id}")
    String update(@PathVariable String id, @RequestParam int version, @ModelAttribute("draft") PatientDraft draft,
            Model model, RedirectAttributes redirect) {
        var patientId = PatientId.parse(id);
        try {
            patients.update(patientId, version, draft);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/patients/" + patientId;
        } catch (InvalidPatientDetails e) {
            model.addAttribute("errors", e.fieldErrors());
        } catch (PatientChangedSinceRead e) {
            model.addAttribute("stale", true);
        }
        model.addAttribute("patient", patients.get(patientId));
        model.addAttribute("version", version);
        return "patients/edit";
    }

    /** Marks a patient inactive (moved away, deceased, merged) or active again; nothing is ever deleted. */
    @PostMapping("/patients/{id}/active")
    String setActive(@PathVariable String id, @RequestParam int version, @RequestParam boolean active,
            RedirectAttributes redirect) {
        var patientId = PatientId.parse(id);
        try {
            patients.setActive(patientId, version, active);
            redirect.addFlashAttribute("saved", true);
        } catch (PatientChangedSinceRead e) {
            redirect.addFlashAttribute("staleStatus", true);
        }
        return "redirect:/patients/" + patientId;
    }

    @ExceptionHandler({PatientNotFound.class, IllegalArgumentException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "patients/not-found";
    }
}
