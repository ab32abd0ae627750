package org.frontdesk.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.frontdesk.scheduling.Availability;
import org.frontdesk.scheduling.InvalidSetup;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.LocationOnFile;
import org.frontdesk.scheduling.PracticeAdministration;
import org.frontdesk.scheduling.ProviderOnFile;
import org.frontdesk.scheduling.ScheduleSetup;
import org.frontdesk.scheduling.TemplatePeriodId;
import org.frontdesk.scheduling.TimeOffId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A provider's template at a location as a week (working hours, breaks, blocks reserved for a type, each with its
 * effective dates), and their exceptions. The office manager (PRACTICE_SETUP) adds, ends and removes template
 * periods; the front desk (SCHEDULE_WRITE) enters an exception such as a sick day. Every change goes through
 * {@link ScheduleSetup}, which checks it and tells the conflict assistant; the page then says how many booked
 * appointments no longer fit, with the way to the assistant.
 */
@Controller
@PreAuthorize(Permission.READ_SCHEDULE)
class TemplatePages {

    /** A form's messages for one row of the page (a period's "end on" form), or for the add form ("new"). */
    record RowErrors(String target, Map<String, String> errors) {}

    private final PracticeAdministration practice;
    private final ScheduleSetup schedule;
    private final Availability availability;
    private final Clock clock;

    TemplatePages(PracticeAdministration practice, ScheduleSetup schedule, Availability availability, Clock clock) {
        this.practice = practice;
        this.schedule = schedule;
        this.availability = availability;
        this.clock = clock;
    }

    @GetMapping("/setup/providers/{id}/template")
    String template(@PathVariable String id, @RequestParam(required = false) @Nullable String location,
            @RequestParam(required = false) @Nullable String date, Model model) {
        var provider = found(id);
        var locations = practice.locations();
        var template = schedule.template(provider.id());
        var place = place(location, provider, locations, template);
        var today = LocalDate.now(clock.withZone(place.map(l -> l.details().zone()).orElse(clock.getZone())));
        var day = PageParameters.date(date, today);
        var types = practice.types();
        var typeNames = types.stream().collect(Collectors.toMap(t -> t.id(), t -> t.details().name()));
        model.addAttribute("provider", provider);
        model.addAttribute("locations", locations);
        model.addAttribute("locationNames", locations.stream().collect(Collectors.toMap(l -> l.id(),
                l -> l.details().name())));
        model.addAttribute("weekdays", java.time.DayOfWeek.values());
        model.addAttribute("place", place.orElse(null));
        model.addAttribute("types", types.stream().filter(t -> provider.details().offers().contains(t.id())).toList());
        model.addAttribute("typeNames", typeNames);
        model.addAttribute("today", today);
        if (place.isPresent()) {
            var at = place.get().id();
            var week = TemplateWeek.of(day, at, template, schedule.exceptions(provider.id(), day.minusDays(7),
                    day.plusDays(7)), schedule.holidays(day.minusDays(7), day.plusDays(7)), typeNames,
                    types.stream().collect(Collectors.toMap(t -> t.id(), t -> t.details().colour())));
            model.addAttribute("week", week);
            model.addAttribute("periods", template.stream().filter(p -> p.location().equals(at)).toList());
            var base = "/setup/providers/" + provider.id() + "/template?location=" + at + "&date=";
            model.addAttribute("previousWeek", base + week.monday().minusWeeks(1));
            model.addAttribute("nextWeek", base + week.monday().plusWeeks(1));
            model.addAttribute("thisWeek", base + today);
            if (!model.containsAttribute("periodForm")) {
                model.addAttribute("periodForm", PeriodForm.empty(at, today));
            }
        }
        model.addAttribute("changes", schedule.templateChanges(provider.id()).stream()
                .collect(Collectors.toMap(c -> c.period(), c -> c)));
        model.addAttribute("exceptions", schedule.exceptions(provider.id(), today.minusDays(30), today.plusDays(365)));
        if (!model.containsAttribute("timeOffForm")) {
            model.addAttribute("timeOffForm", TimeOffForm.empty(today));
        }
        model.addAttribute("kinds", org.frontdesk.scheduling.TimeOff.Kind.values());
        model.addAttribute("section", "providers");
        return "setup/template";
    }

    @PostMapping("/setup/providers/{id}/template")
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    String add(@PathVariable String id, @ModelAttribute("periodForm") PeriodForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var provider = found(id);
        try {
            var periods = schedule.addToTemplate(ProviderSetupPages.valid(form.parse(provider.id())));
            var first = periods.getFirst();
            redirect.addFlashAttribute("message", periods.size() == 1 ? "Added to the template."
                    : periods.size() + " days added to the template.");
            misfits(redirect, provider, first.effectiveFrom(), first.effectiveUntil());
            return "redirect:/setup/providers/" + provider.id() + "/template?location=" + first.location();
        } catch (InvalidSetup e) {
            ProviderSetupPages.refused(model, response, Map.of());
            model.addAttribute("periodErrors", e.fieldErrors());
            return template(id, form.location(), null, model);
        }
    }

    @PostMapping("/setup/providers/{id}/template/{period}/end")
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    String end(@PathVariable String id, @PathVariable String period,
            @RequestParam(required = false) @Nullable String lastDay, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var provider = found(id);
        var which = new TemplatePeriodId(ScheduleInput.id(period)
                .orElseThrow(() -> new UnreadableRequest(HttpStatus.NOT_FOUND, "Unknown template period.")));
        var location = schedule.template(provider.id()).stream().filter(p -> p.id().equals(which)).findFirst()
                .map(p -> p.location().toString()).orElse(null);
        var day = ScheduleInput.date(lastDay);
        try {
            if (day.isEmpty() && !ScheduleInput.blank(lastDay)) {
                throw new InvalidSetup(Map.of("effectiveUntil", ScheduleInput.DATE_HINT));
            }
            var ended = schedule.endTemplatePeriod(which, day.orElse(null));
            redirect.addFlashAttribute("message", ended.effectiveUntil() == null ? "It applies until further notice."
                    : "It ends after " + Times.SHORT_DAY.format(ended.effectiveUntil()) + ".");
            misfits(redirect, provider, day.map(d -> d.plusDays(1)).orElse(ended.effectiveFrom()), null);
            return "redirect:/setup/providers/" + provider.id() + "/template?location=" + ended.location();
        } catch (InvalidSetup e) {
            ProviderSetupPages.refused(model, response, Map.of());
            model.addAttribute("rowErrors", new RowErrors(which.toString(), e.fieldErrors()));
            return template(id, location, null, model);
        }
    }

    @PostMapping("/setup/providers/{id}/template/{period}/remove")
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    String remove(@PathVariable String id, @PathVariable String period, RedirectAttributes redirect) {
        var provider = found(id);
        var which = new TemplatePeriodId(ScheduleInput.id(period)
                .orElseThrow(() -> new UnreadableRequest(HttpStatus.NOT_FOUND, "Unknown template period.")));
        var removed = schedule.template(provider.id()).stream().filter(p -> p.id().equals(which)).findFirst();
        schedule.removeFromTemplate(which);
        redirect.addFlashAttribute("message", removed.isPresent() ? "Removed from the template." : "Already gone.");
        removed.ifPresent(p -> misfits(redirect, provider, p.effectiveFrom(), p.effectiveUntil()));
        return "redirect:/setup/providers/" + provider.id() + "/template"
                + removed.map(p -> "?location=" + p.location()).orElse("");
    }

    @PostMapping("/setup/providers/{id}/exceptions")
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    String addException(@PathVariable String id, @ModelAttribute("timeOffForm") TimeOffForm form,
            @RequestParam(required = false) @Nullable String shown, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var provider = found(id);
        try {
            var off = schedule.addException(ProviderSetupPages.valid(form.parse(provider.id())));
            redirect.addFlashAttribute("message", off.kind().label() + " entered.");
            misfits(redirect, provider, off.firstDay(), off.lastDay());
            return "redirect:/setup/providers/" + provider.id() + "/template" + (ScheduleInput.id(shown).isPresent()
                    ? "?location=" + shown + "&date=" + off.firstDay() : "?date=" + off.firstDay());
        } catch (InvalidSetup e) {
            ProviderSetupPages.refused(model, response, Map.of());
            model.addAttribute("timeOffErrors", e.fieldErrors());
            return template(id, shown, null, model);
        }
    }

    @PostMapping("/setup/providers/{id}/exceptions/{exception}/remove")
    @PreAuthorize(Permission.WRITE_SCHEDULE)
    String removeException(@PathVariable String id, @PathVariable String exception, RedirectAttributes redirect) {
        var provider = found(id);
        var which = new TimeOffId(ScheduleInput.id(exception)
                .orElseThrow(() -> new UnreadableRequest(HttpStatus.NOT_FOUND, "Unknown exception.")));
        schedule.removeException(which);
        redirect.addFlashAttribute("message", "Exception removed: the provider works as the template says.");
        return "redirect:/setup/providers/" + provider.id() + "/template";
    }

    /** The booked appointments that the change leaves outside the provider's template, counted for the notice. */
    private void misfits(RedirectAttributes redirect, ProviderOnFile provider, LocalDate from, @Nullable LocalDate until) {
        var count = availability.misfits(provider.id(), from, until).size();
        redirect.addFlashAttribute("misfits", new MisfitNotice(provider.id(), provider.displayName(), count));
    }

    /** The asked-for location, else the provider's default, else where their template is, else the first in use. */
    private static java.util.Optional<LocationOnFile> place(@Nullable String asked, ProviderOnFile provider,
            java.util.List<LocationOnFile> locations, java.util.List<org.frontdesk.scheduling.TemplatePeriod> template) {
        var wanted = ScheduleInput.id(asked).map(LocationId::new)
                .or(() -> java.util.Optional.ofNullable(provider.details().defaultLocation()))
                .or(() -> template.stream().map(p -> p.location()).findFirst());
        return wanted.flatMap(w -> locations.stream().filter(l -> l.id().equals(w)).findFirst())
                .or(() -> locations.stream().filter(l -> l.details().active()).findFirst());
    }

    private ProviderOnFile found(String id) {
        return practice.provider(PageParameters.provider(id))
                .orElseThrow(() -> new UnreadableRequest(HttpStatus.NOT_FOUND, "Unknown provider."));
    }
}
