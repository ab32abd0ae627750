package org.frontdesk.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.Calendars;
import org.frontdesk.scheduling.InvalidWaitListEntry;
import org.frontdesk.scheduling.OfferBooking;
import org.frontdesk.scheduling.PartOfDay;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.WaitList;
import org.frontdesk.scheduling.WaitListEntry;
import org.frontdesk.scheduling.WaitListEntryId;
import org.frontdesk.scheduling.WaitListFilter;
import org.frontdesk.scheduling.WaitListNotFound;
import org.frontdesk.scheduling.WaitListOffer;
import org.frontdesk.scheduling.WaitListOfferId;
import org.frontdesk.scheduling.WaitListPriority;
import org.frontdesk.scheduling.WaitingPatient;
import org.frontdesk.security.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The wait list page: current offers of freed time on top (book one with one click), then the waiting patients by
 * priority with filters, the form to add one (opened with the patient chosen from their page) and removal with a
 * reason. Everything goes through {@link WaitList}, which authorises and audits it.
 */
@Controller
@PreAuthorize(Permission.READ_SCHEDULE)
class WaitListPages {

    private final WaitList waitList;
    private final Calendars calendars;
    private final Patients patients;
    private final Clock clock;

    WaitListPages(WaitList waitList, Calendars calendars, Patients patients, Clock clock) {
        this.waitList = waitList;
        this.calendars = calendars;
        this.patients = patients;
        this.clock = clock;
    }

    /** @param patient a patient id, when opened from the patient's page to add them */
    @GetMapping("/schedule/wait-list")
    String page(@RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String priority,
            @RequestParam(required = false) @Nullable String patient, Model model) {
        var filter = new WaitListFilter(ScheduleInput.id(type).map(AppointmentTypeId::new).orElse(null),
                ScheduleInput.id(provider).map(ProviderId::new).orElse(null),
                java.util.Arrays.stream(WaitListPriority.values()).filter(p -> p.name().equals(priority)).findFirst()
                        .orElse(null));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WaitListForm.empty(patient, LocalDate.now(clock)));
        }
        var form = (WaitListForm) model.getAttribute("form");
        model.addAttribute("patient", ScheduleInput.id(form == null ? null : form.patient()).map(PatientId::new)
                .flatMap(patients::find).orElse(null));
        model.addAttribute("filter", filter);
        model.addAttribute("offers", waitList.offers().stream().map(o -> new OfferLine(o,
                Times.dayAndRange(o.time().start(), o.time().end(), o.zone()))).toList());
        model.addAttribute("lines", waitList.waiting(filter).stream().map(l -> new EntryLine(l, when(l.entry())))
                .toList());
        model.addAttribute("setup", calendars.setup());
        model.addAttribute("priorities", WaitListPriority.values());
        model.addAttribute("partsOfDay", PartOfDay.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        return "schedule/wait-list";
    }

    /**
     * The number of freed times on offer beside "Wait list" in the navigation, which every page asks for once when
     * it loads (never polled, so that an open page does not keep an idle session from timing out).
     */
    @GetMapping("/schedule/wait-list/offered")
    String offered(Model model) {
        model.addAttribute("offered", waitList.freedTimesOnOffer());
        return "fragments :: offered";
    }

    /** A waiting patient with the days and part of the day they can come, as the desk reads them. */
    record EntryLine(WaitingPatient waiting, String when) {}

    /** "Any day", or e.g. "Tue, Thu · mornings". */
    static String when(WaitListEntry entry) {
        var days = entry.days().size() == DayOfWeek.values().length ? "Any day"
                : entry.days().stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.US))
                        .collect(Collectors.joining(", "));
        return days + switch (entry.partOfDay()) {
            case ANY -> "";
            case MORNING -> " · mornings";
            case AFTERNOON -> " · afternoons";
        };
    }

    /** An offer with its time as the desk reads it, in the location's zone. */
    record OfferLine(WaitListOffer offer, String when) {}

    @PostMapping("/schedule/wait-list")
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    String add(@ModelAttribute("form") WaitListForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            switch (form.parse()) {
                case WaitListForm.Invalid(var errors) -> throw new InvalidWaitListEntry(errors);
                case WaitListForm.Valid(var request) -> waitList.add(request);
            }
        } catch (InvalidWaitListEntry e) {
            model.addAttribute("errors", e.fieldErrors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(null, null, null, null, model);
        }
        redirect.addFlashAttribute("message", "Added to the wait list.");
        return "redirect:/schedule/wait-list";
    }

    @PostMapping("/schedule/wait-list/{id}/remove")
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    String remove(@PathVariable String id, @RequestParam(defaultValue = "0") int version,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var entry = new WaitListEntryId(ScheduleInput.id(id)
                .orElseThrow(() -> new UnreadableRequest(HttpStatus.NOT_FOUND, "Unknown wait list entry.")));
        try {
            waitList.remove(entry, version, reason);
        } catch (InvalidWaitListEntry e) {
            model.addAttribute("removeErrors", Map.of(entry.toString(), e.fieldErrors().get("reason")));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(null, null, null, null, model);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("warning", "That entry was changed or closed meanwhile; nothing was removed.");
            return "redirect:/schedule/wait-list";
        }
        redirect.addFlashAttribute("message", "Taken off the wait list.");
        return "redirect:/schedule/wait-list";
    }

    @PostMapping("/schedule/wait-list/offers/{id}/book")
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    String book(@PathVariable String id, RedirectAttributes redirect) {
        var offer = new WaitListOfferId(ScheduleInput.id(id)
                .orElseThrow(() -> new UnreadableRequest(HttpStatus.NOT_FOUND, "Unknown offer.")));
        switch (waitList.book(offer)) {
            case OfferBooking.Booked(var appointment, var overlaps) -> {
                var zone = calendars.setup().location(appointment.location()).orElseThrow().zone();
                redirect.addFlashAttribute("message", "Booked " + Times.dayAndRange(appointment.start(),
                        appointment.end(), zone) + ".");
                if (!overlaps.isEmpty()) {
                    redirect.addFlashAttribute("warning", "The patient has another appointment at an overlapping"
                            + " time; check whether it should be cancelled.");
                }
            }
            case OfferBooking.Gone(var reason) -> redirect.addFlashAttribute("warning", reason);
        }
        return "redirect:/schedule/wait-list";
    }

    @ExceptionHandler
    ModelAndView unreadable(UnreadableRequest e) {
        return problem(e.status(), e.getMessage());
    }

    @ExceptionHandler
    ModelAndView unknown(WaitListNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown wait list entry or offer.");
    }

    private static ModelAndView problem(HttpStatus status, String message) {
        var page = new ModelAndView("scheduling/problem");
        page.addObject("problem", message);
        page.setStatus(status);
        return page;
    }
}
