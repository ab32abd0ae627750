package org.frontdesk.scheduling.web;

import java.time.DayOfWeek;
import java.util.List;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.Calendars;
import org.frontdesk.scheduling.FreeSlot;
import org.frontdesk.scheduling.FreeSlots;
import org.frontdesk.scheduling.InvalidBooking;
import org.frontdesk.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "When is the next free appointment?": a type (and optionally a provider, a location, days and part of the day)
 * to the earliest free slots across every provider who offers it, each a link to the booking form filled in with
 * it (ADR 10).
 */
@Controller
@PreAuthorize(Permission.READ_SCHEDULE)
class FindSlotPages {

    /** One screen of choices: enough for the patient to pick one over the phone. */
    static final int RESULTS = 15;

    /** A slot as the list shows it, with the booking form's link. */
    record Result(String when, String provider, String location, String bookLink) {}

    private final FreeSlots slots;
    private final Calendars calendars;

    FindSlotPages(FreeSlots slots, Calendars calendars) {
        this.slots = slots;
        this.calendars = calendars;
    }

    @GetMapping("/schedule/find")
    String find(@ModelAttribute("form") FindForm form, Model model) {
        var setup = calendars.setup();
        model.addAttribute("setup", setup);
        model.addAttribute("weekdays", List.of(DayOfWeek.values()));
        if (form.empty()) {
            return "schedule/find";
        }
        switch (form.parse(setup)) {
            case FindForm.Invalid(var errors) -> model.addAttribute("errors", errors);
            case FindForm.Valid(var search) -> {
                try {
                    model.addAttribute("results", slots.find(search, RESULTS).stream()
                            .map(slot -> result(slot, setup)).toList());
                } catch (InvalidBooking e) {
                    model.addAttribute("errors", e.fieldErrors());
                }
            }
        }
        return "schedule/find";
    }

    private static Result result(FreeSlot slot, CalendarSetup setup) {
        var link = UriComponentsBuilder.fromPath("/schedule/book")
                .queryParam("provider", slot.provider())
                .queryParam("location", slot.location())
                .queryParam("type", slot.type())
                .queryParam("start", slot.time().start())
                .build().toUriString();
        return new Result(Times.dayAndRange(slot.time().start(), slot.time().end(), slot.zone()),
                setup.provider(slot.provider()).map(CalendarSetup.Provider::displayName).orElse("—"),
                setup.location(slot.location()).map(CalendarSetup.Location::name).orElse("—"), link);
    }
}
