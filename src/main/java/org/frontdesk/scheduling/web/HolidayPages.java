package org.frontdesk.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import org.frontdesk.scheduling.Availability;
import org.frontdesk.scheduling.HolidayId;
import org.frontdesk.scheduling.InvalidSetup;
import org.frontdesk.scheduling.PracticeAdministration;
import org.frontdesk.scheduling.ScheduleSetup;
import org.frontdesk.security.Permission;
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
 * Practice holidays (everywhere or at one location), for the coming year and the month just past. Added and removed
 * through {@link ScheduleSetup} by the office manager; after a holiday is added the page names, per provider, how
 * many booked appointments on that day no longer fit.
 */
@Controller
@PreAuthorize(Permission.READ_SCHEDULE)
class HolidayPages {

    private final ScheduleSetup schedule;
    private final PracticeAdministration practice;
    private final Availability availability;
    private final Clock clock;

    HolidayPages(ScheduleSetup schedule, PracticeAdministration practice, Availability availability, Clock clock) {
        this.schedule = schedule;
        this.practice = practice;
        this.availability = availability;
        this.clock = clock;
    }

    @GetMapping("/setup/holidays")
    String holidays(Model model) {
        var today = LocalDate.now(clock);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", HolidayForm.empty());
        }
        var locations = practice.locations();
        model.addAttribute("holidays", schedule.holidays(today.minusDays(31), today.plusDays(366)));
        model.addAttribute("locations", locations);
        model.addAttribute("locationNames", locations.stream().collect(java.util.stream.Collectors.toMap(
                l -> l.id(), l -> l.details().name())));
        model.addAttribute("today", today);
        model.addAttribute("section", "holidays");
        return "setup/holidays";
    }

    @PostMapping("/setup/holidays")
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    String add(@ModelAttribute("form") HolidayForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var holiday = schedule.addHoliday(ProviderSetupPages.valid(form.parse()));
            redirect.addFlashAttribute("message", holiday.name() + " added.");
            var notices = new ArrayList<MisfitNotice>();
            for (var provider : practice.providers()) {
                if (provider.details().active()) {
                    int count = availability.misfits(provider.id(), holiday.day(), holiday.day()).size();
                    if (count > 0) {
                        notices.add(new MisfitNotice(provider.id(), provider.displayName(), count));
                    }
                }
            }
            redirect.addFlashAttribute("notices", notices);
            return "redirect:/setup/holidays";
        } catch (InvalidSetup e) {
            ProviderSetupPages.refused(model, response, e.fieldErrors());
            return holidays(model);
        }
    }

    @PostMapping("/setup/holidays/{id}/remove")
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    String remove(@PathVariable String id, RedirectAttributes redirect) {
        var holiday = new HolidayId(ScheduleInput.id(id)
                .orElseThrow(() -> new UnreadableRequest(HttpStatus.NOT_FOUND, "Unknown holiday.")));
        schedule.removeHoliday(holiday);
        redirect.addFlashAttribute("message", "Holiday removed.");
        return "redirect:/setup/holidays";
    }
}
