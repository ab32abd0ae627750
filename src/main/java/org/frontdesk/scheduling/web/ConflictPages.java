package org.frontdesk.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontdesk.scheduling.AppointmentId;
import org.frontdesk.scheduling.AppointmentMovedByOffice;
import org.frontdesk.scheduling.BulkMove;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.Calendars;
import org.frontdesk.scheduling.ConflictResolution;
import org.frontdesk.scheduling.Displaced;
import org.frontdesk.scheduling.MoveChoice;
import org.frontdesk.scheduling.ProviderId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The conflict assistant's page: the provider's appointments that no longer fit, each with its proposed new time
 * chosen, and one button that moves them all (or, when one cannot move, none, with fresh proposals). The set-up
 * pages link here with the provider's id after a template change, an exception or a holiday.
 */
@Controller
class ConflictPages {

    /** What the page says after a move, one line per patient; kept in the session for the redirect, never a URL. */
    record MovedLine(String patientName, String from, String to) {}

    private final ConflictResolution conflicts;
    private final Calendars calendars;

    ConflictPages(ConflictResolution conflicts, Calendars calendars) {
        this.conflicts = conflicts;
        this.calendars = calendars;
    }

    /** The days the list covers, as typed; both open when empty. */
    record Days(@Nullable LocalDate first, @Nullable LocalDate last) {

        static final Days ALL = new Days(null, null);

        /** The query string that keeps these days across a move, empty for all of them. */
        String query() {
            return (first == null ? "" : "&from=" + first) + (last == null ? "" : "&until=" + last);
        }
    }

    /**
     * The list, for every future appointment or for the days between {@code from} and {@code until} (both optional,
     * inclusive): after a sick week, the office can move the next days' patients first. A date that is not one, or
     * an end before the start, is said beside its field (400), and nothing is listed.
     */
    @GetMapping("/schedule/conflicts")
    String conflicts(@RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String until, Model model, HttpServletResponse response) {
        var setup = calendars.setup();
        var who = provider(setup, provider, model, response);
        if (who.isEmpty()) {
            return "schedule/conflicts";
        }
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("until", until == null ? "" : until);
        var errors = new LinkedHashMap<String, String>();
        var days = days(from, until, errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", errors);
            return "schedule/conflicts";
        }
        return page(setup, who.get(), displaced(who.get().id(), days), null, model);
    }

    /**
     * Moves every appointment whose chosen value is a proposal; "leave it" ones stay. A refusal shows the page again
     * (409) with the reason beside the appointment that could not move and fresh proposals for all.
     */
    @PostMapping("/schedule/conflicts")
    String move(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var setup = calendars.setup();
        var who = provider(setup, form.getFirst("provider"), model, response);
        if (who.isEmpty()) {
            return "schedule/conflicts";
        }
        // the days the list was shown for, kept for the page after the move; the page's own fields, so a value that
        // is not a date was made by hand and only widens the list again
        var days = days(form.getFirst("from"), form.getFirst("until"), new LinkedHashMap<>());
        model.addAttribute("from", days.first() == null ? "" : days.first().toString());
        model.addAttribute("until", days.last() == null ? "" : days.last().toString());
        var choices = choices(form);
        if (choices.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "The form was incomplete; nothing was moved. Open the page again.");
            return page(setup, who.get(), displaced(who.get().id(), days), null, model);
        }
        return switch (conflicts.moveAll(who.get().id(), choices.get())) {
            case BulkMove.Moved moved -> {
                redirect.addFlashAttribute("moved", summary(moved.moves(), setup));
                yield "redirect:/schedule/conflicts?provider=" + who.get().id() + days.query();
            }
            case BulkMove.Refused refused -> {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("refusal", refused.reason());
                yield page(setup, who.get(), days.equals(Days.ALL) ? refused.fresh()
                        : displaced(who.get().id(), days), refused.appointment(), model);
            }
        };
    }

    private List<Displaced> displaced(ProviderId provider, Days days) {
        return days.equals(Days.ALL) ? conflicts.displaced(provider)
                : conflicts.displaced(provider, days.first(), days.last());
    }

    /** The days asked for; a field that is not a date, or an end before the start, adds its message. */
    private static Days days(@Nullable String from, @Nullable String until, Map<String, String> errors) {
        var first = ScheduleInput.date(from);
        var last = ScheduleInput.date(until);
        if (from != null && !from.isBlank() && first.isEmpty()) {
            errors.put("from", ScheduleInput.DATE_HINT);
        }
        if (until != null && !until.isBlank() && last.isEmpty()) {
            errors.put("until", ScheduleInput.DATE_HINT);
        }
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            errors.put("until", "The last day must not be before the first.");
        }
        return errors.isEmpty() ? new Days(first.orElse(null), last.orElse(null)) : Days.ALL;
    }

    private String page(CalendarSetup setup, CalendarSetup.Provider provider, List<Displaced> displaced,
            @Nullable AppointmentId refused, Model model) {
        var rows = displaced.stream().map(d -> ConflictRow.of(d, setup, refused)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("refusedRow", rows.stream().filter(ConflictRow::refused).findFirst().orElse(null));
        model.addAttribute("withoutProposal", rows.stream()
                .filter(r -> r.choices().size() == 1).count());
        return "schedule/conflicts";
    }

    /** The chosen moves, or empty when the form is malformed (a hand-made request): then nothing moves. */
    private static Optional<List<MoveChoice>> choices(MultiValueMap<String, String> form) {
        var chosen = new ArrayList<MoveChoice>();
        for (var text : form.getOrDefault("appointment", List.of())) {
            var id = ScheduleInput.id(text).map(AppointmentId::new);
            var version = integer(form.getFirst("version-" + text));
            var value = form.getFirst("move-" + text);
            if (id.isEmpty() || version.isEmpty() || value == null) {
                return Optional.empty();
            }
            if (ConflictRow.KEEP.equals(value)) {
                continue;
            }
            var choice = ConflictRow.parse(id.get(), version.get(), value);
            if (choice.isEmpty()) {
                return Optional.empty();
            }
            chosen.add(choice.get());
        }
        return Optional.of(chosen);
    }

    /** One line per moved patient: reading their names for it is audited like the appointment panel. */
    private List<MovedLine> summary(List<AppointmentMovedByOffice> moves, CalendarSetup setup) {
        var lines = new ArrayList<MovedLine>();
        for (var move : moves) {
            var entry = calendars.appointment(move.replacement());
            var zone = setup.location(entry.location()).map(CalendarSetup.Location::zone).orElseThrow();
            var with = move.provider().equals(move.formerProvider()) ? ""
                    : " with " + setup.provider(move.provider()).map(CalendarSetup.Provider::displayName).orElse("?");
            lines.add(new MovedLine(entry.patientName(),
                    Times.dayAndRange(move.formerTime().start(), move.formerTime().end(), zone),
                    Times.dayAndRange(move.time().start(), move.time().end(), zone) + with));
        }
        return lines;
    }

    /** The provider the page is for; otherwise a message and 400 (malformed) or 404 (unknown). */
    private static Optional<CalendarSetup.Provider> provider(CalendarSetup setup, @Nullable String text, Model model,
            HttpServletResponse response) {
        var id = ScheduleInput.id(text).map(ProviderId::new);
        var found = id.flatMap(setup::provider);
        if (found.isEmpty()) {
            response.setStatus(id.isEmpty() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("problem", id.isEmpty() ? "Choose a provider: open the conflict assistant from the "
                    + "provider's set-up page." : "Unknown provider.");
        } else {
            model.addAttribute("provider", found.get());
        }
        return found;
    }

    private static Optional<Integer> integer(@Nullable String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
