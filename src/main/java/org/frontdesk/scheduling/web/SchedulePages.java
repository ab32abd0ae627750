package org.frontdesk.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.Calendars;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.PracticeAdministration;
import org.frontdesk.scheduling.ProviderOnFile;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.security.Permission;
import org.frontdesk.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The day view (a column per provider, or per room) and a provider's week. Links carry dates and ids only. A bad
 * date or id shows the page again with a message beside the field it came from (status 400).
 */
@Controller
class SchedulePages {

    /** The location the clerk last looked at: booking from a patient's page starts there. */
    static final String LAST_LOCATION = "schedule.location";

    private final Calendars calendars;
    private final PracticeAdministration practice;
    private final Clock clock;

    SchedulePages(Calendars calendars, PracticeAdministration practice, Clock clock) {
        this.calendars = calendars;
        this.practice = practice;
        this.clock = clock;
    }

    @GetMapping("/schedule")
    String schedule() {
        return "redirect:/schedule/day";
    }

    @GetMapping("/schedule/day")
    String day(@RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String location,
            @RequestParam(required = false) @Nullable String view,
            @RequestParam(name = "provider", required = false) @Nullable List<String> providers,
            @RequestParam(required = false) @Nullable String cancelled, HttpSession session, Model model,
            HttpServletResponse response) {
        // opened from the menu (no choices made yet): a provider who signs in sees their own column and location
        if (date == null && location == null && view == null && providers == null && cancelled == null) {
            var own = ownProvider();
            if (own.isPresent()) {
                providers = List.of(own.get().id().toString());
                location = ownLocation(own.get());
            }
        }
        var setup = calendars.setup();
        var errors = new LinkedHashMap<String, String>();
        var place = location(setup, location, session, errors);
        boolean byRoom = "rooms".equals(view);
        boolean withCancelled = "true".equals(cancelled);
        var chosen = chosenProviders(setup, providers, errors);
        var day = place.map(p -> date(date, p, errors)).orElse(LocalDate.now(clock));
        var links = new ScheduleLinks(day, place.map(p -> p.id().toString()).orElse(""), byRoom, withCancelled,
                providers == null ? List.of() : chosen.stream().map(p -> p.id().toString()).toList());
        model.addAttribute("setup", setup);
        model.addAttribute("place", place.orElse(null));
        model.addAttribute("date", day);
        model.addAttribute("byRoom", byRoom);
        model.addAttribute("withCancelled", withCancelled);
        model.addAttribute("links", links);
        model.addAttribute("chosen", chosen.stream().map(p -> p.id()).toList());
        model.addAttribute("allChosen", providers == null || providers.isEmpty());
        model.addAttribute("heading", Times.DAY.format(day));
        model.addAttribute("today", LocalDate.now(clock.withZone(place.map(CalendarSetup.Location::zone)
                .orElse(clock.getZone()))));
        if (!errors.isEmpty() || place.isEmpty()) {
            model.addAttribute("errors", errors);
            if (!errors.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            return "schedule/day";
        }
        session.setAttribute(LAST_LOCATION, place.get().id().toString());
        var calendar = calendars.day(place.get().id(), day, withCancelled);
        boolean mayWrite = may(Permission.SCHEDULE_WRITE);
        var now = clock.instant();
        model.addAttribute("grid", byRoom ? CalendarGrids.byRoom(calendar, setup, mayWrite, now)
                : CalendarGrids.byProvider(calendar, setup, chosen, mayWrite, now));
        model.addAttribute("count", calendar.appointments().size());
        return "schedule/day";
    }

    @GetMapping("/schedule/week")
    String week(@RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String location,
            @RequestParam(required = false) @Nullable String cancelled, HttpSession session, Model model,
            HttpServletResponse response) {
        // no provider chosen: a provider who signs in sees their own week, at their own location
        if (provider == null) {
            var own = ownProvider();
            if (own.isPresent()) {
                provider = own.get().id().toString();
                location = location == null ? ownLocation(own.get()) : location;
            }
        }
        var setup = calendars.setup();
        var errors = new LinkedHashMap<String, String>();
        var place = location(setup, location, session, errors);
        boolean withCancelled = "true".equals(cancelled);
        var who = provider == null ? setup.activeProviders().stream().findFirst()
                : ScheduleInput.id(provider).map(ProviderId::new).flatMap(setup::provider);
        if (who.isEmpty() && provider != null) {
            errors.put("provider", "Unknown provider; choose one from the list.");
        }
        var day = place.map(p -> date(date, p, errors)).orElse(LocalDate.now(clock));
        var monday = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        model.addAttribute("setup", setup);
        model.addAttribute("place", place.orElse(null));
        model.addAttribute("provider", who.orElse(null));
        model.addAttribute("date", day);
        model.addAttribute("withCancelled", withCancelled);
        model.addAttribute("heading", "Week of " + Times.DAY.format(monday));
        var base = "/schedule/week?provider=" + who.map(p -> p.id().toString()).orElse("") + "&location="
                + place.map(p -> p.id().toString()).orElse("") + (withCancelled ? "&cancelled=true" : "") + "&date=";
        model.addAttribute("previousLink", base + monday.minusWeeks(1));
        model.addAttribute("nextLink", base + monday.plusWeeks(1));
        model.addAttribute("todayLink", base + LocalDate.now(clock));
        model.addAttribute("selfLink", base + day);
        if (!errors.isEmpty() || place.isEmpty() || who.isEmpty()) {
            model.addAttribute("errors", errors);
            if (!errors.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            return "schedule/week";
        }
        session.setAttribute(LAST_LOCATION, place.get().id().toString());
        var week = calendars.week(who.get().id(), place.get().id(), day, withCancelled);
        model.addAttribute("grid", CalendarGrids.week(week, setup, place.get(), may(Permission.SCHEDULE_WRITE),
                clock.instant()));
        model.addAttribute("count", week.appointments().size());
        return "schedule/week";
    }

    /** The provider whose staff account is signed in: a convenience for their default view, never a restriction. */
    private Optional<ProviderOnFile> ownProvider() {
        return StaffMember.current().flatMap(s -> practice.providerFor(s.username()))
                .filter(p -> p.details().active());
    }

    private static @Nullable String ownLocation(ProviderOnFile provider) {
        var at = provider.details().defaultLocation();
        return at == null ? null : at.toString();
    }

    /** The asked-for location, else the last one looked at, else the first by name. */
    static Optional<CalendarSetup.Location> location(CalendarSetup setup, @Nullable String asked,
            HttpSession session, Map<String, String> errors) {
        if (!ScheduleInput.blank(asked)) {
            var found = ScheduleInput.id(asked).map(LocationId::new).flatMap(setup::location);
            if (found.isEmpty()) {
                errors.put("location", "Unknown location; choose one from the list.");
            } else {
                return found;
            }
        }
        var last = session.getAttribute(LAST_LOCATION);
        Optional<CalendarSetup.Location> remembered = last instanceof String text
                ? ScheduleInput.id(text).map(LocationId::new).flatMap(setup::location) : Optional.empty();
        return remembered.or(() -> setup.locations().stream().findFirst());
    }

    private LocalDate date(@Nullable String text, CalendarSetup.Location place, Map<String, String> errors) {
        var today = LocalDate.now(clock.withZone(place.zone()));
        if (ScheduleInput.blank(text)) {
            return today;
        }
        var parsed = ScheduleInput.date(text);
        if (parsed.isEmpty()) {
            errors.put("date", ScheduleInput.DATE_HINT);
        }
        return parsed.orElse(today);
    }

    /** The providers ticked in the filter, in the set-up's order; all active ones when none is ticked. */
    private static List<CalendarSetup.Provider> chosenProviders(CalendarSetup setup, @Nullable List<String> asked,
            Map<String, String> errors) {
        if (asked == null || asked.isEmpty()) {
            return setup.activeProviders();
        }
        var ids = new ArrayList<ProviderId>();
        for (var text : asked) {
            ScheduleInput.id(text).map(ProviderId::new).filter(id -> setup.provider(id).isPresent())
                    .ifPresentOrElse(ids::add, () -> errors.put("provider", "Unknown provider in the list."));
        }
        return setup.providers().stream().filter(p -> ids.contains(p.id())).toList();
    }

    static boolean may(Permission permission) {
        return StaffMember.current().map(s -> s.role().may(permission)).orElse(false);
    }
}
