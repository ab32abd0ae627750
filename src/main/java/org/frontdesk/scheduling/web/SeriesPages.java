package org.frontdesk.scheduling.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.AppointmentChangedSinceRead;
import org.frontdesk.scheduling.AppointmentSeries;
import org.frontdesk.scheduling.Booking;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.Calendars;
import org.frontdesk.scheduling.CancelledBy;
import org.frontdesk.scheduling.InvalidBooking;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.Recurrence;
import org.frontdesk.scheduling.RecurringAppointments;
import org.frontdesk.scheduling.SeriesId;
import org.frontdesk.scheduling.SeriesNotFound;
import org.frontdesk.scheduling.TransitionRefused;
import org.frontdesk.security.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A recurring series' page: every occurrence with its status, the clashes with buttons to book an alternative, and
 * cancelling one occurrence or "this and following". Every change is a POST that comes back to the page (post,
 * redirect, get), so that a reload never repeats it.
 */
@Controller
class SeriesPages {

    private final RecurringAppointments recurring;
    private final Calendars calendars;
    private final Patients patients;

    SeriesPages(RecurringAppointments recurring, Calendars calendars, Patients patients) {
        this.recurring = recurring;
        this.calendars = calendars;
        this.patients = patients;
    }

    @GetMapping("/schedule/series/{id}")
    String show(@PathVariable String id, Model model) {
        var series = recurring.get(parse(id));
        var setup = calendars.setup();
        var place = setup.location(series.location()).orElseThrow();
        boolean mayWrite = SchedulePages.may(Permission.SCHEDULE_WRITE);
        model.addAttribute("series", series);
        model.addAttribute("patient", patients.find(series.patient()).orElse(null));
        model.addAttribute("provider", setup.provider(series.provider()).map(CalendarSetup.Provider::displayName)
                .orElse("—"));
        model.addAttribute("type", setup.type(series.type()).map(CalendarSetup.AppointmentType::name).orElse("—"));
        model.addAttribute("place", place);
        model.addAttribute("rule", rule(series));
        model.addAttribute("rows", series.occurrences().stream()
                .map(o -> SeriesRow.of(o, setup, place.zone(), mayWrite)).toList());
        model.addAttribute("mayWrite", mayWrite);
        return "schedule/series";
    }

    @PostMapping("/schedule/series/{id}/occurrences/{number}/cancel")
    String cancel(@PathVariable String id, @PathVariable int number, @RequestParam int version,
            @RequestParam(defaultValue = "") String cancellationReason,
            @RequestParam(required = false) @Nullable String cancelledBy, RedirectAttributes after) {
        var series = parse(id);
        return change(series, number, after, "Occurrence " + number + " cancelled; the rest of the series stays.",
                () -> recurring.cancel(series, number, version, cancellationReason, by(cancelledBy)));
    }

    @PostMapping("/schedule/series/{id}/occurrences/{number}/cancel-following")
    String cancelFollowing(@PathVariable String id, @PathVariable int number,
            @RequestParam(defaultValue = "") String cancellationReason,
            @RequestParam(required = false) @Nullable String cancelledBy, RedirectAttributes after) {
        var series = parse(id);
        return change(series, number, after, "Occurrence " + number + " and the following ones cancelled; the"
                + " series ends there. Earlier ones stay.",
                () -> recurring.cancelFollowing(series, number, cancellationReason, by(cancelledBy)));
    }

    /** Books a clashing occurrence at one of the alternatives the page offered. */
    @PostMapping("/schedule/series/{id}/occurrences/{number}/book")
    String book(@PathVariable String id, @PathVariable int number, @RequestParam String provider,
            @RequestParam String location, @RequestParam String start, RedirectAttributes after) {
        var series = parse(id);
        var who = ScheduleInput.id(provider).map(ProviderId::new);
        var where = ScheduleInput.id(location).map(LocationId::new);
        var when = instant(start);
        if (who.isEmpty() || where.isEmpty() || when == null) {
            after.addFlashAttribute("problem", "That alternative could not be read; choose one from the list.");
            return back(series);
        }
        try {
            switch (recurring.bookOccurrence(series, number, who.get(), where.get(), when)) {
                case Booking.Booked booked -> after.addFlashAttribute("notice", "Occurrence " + number + " booked.");
                case Booking.Conflict conflict -> after.addFlashAttribute("problem",
                        "That time was taken meanwhile; nothing was booked. Choose another.");
            }
        } catch (InvalidBooking e) {
            after.addFlashAttribute("problem", String.join(" ", e.fieldErrors().values()));
        }
        return back(series);
    }

    private String change(SeriesId series, int number, RedirectAttributes after, String done, Runnable step) {
        try {
            step.run();
            after.addFlashAttribute("notice", done);
        } catch (InvalidBooking e) {
            after.addFlashAttribute("errors", Map.of(number, String.join(" ", e.fieldErrors().values())));
        } catch (AppointmentChangedSinceRead e) {
            after.addFlashAttribute("problem", "Someone else changed this appointment just now; nothing was"
                    + " changed. Here is the series as it is now.");
        } catch (TransitionRefused e) {
            after.addFlashAttribute("problem", "That step is not possible from the appointment's status.");
        }
        return back(series);
    }

    private static String back(SeriesId series) {
        return "redirect:/schedule/series/" + series;
    }

    private static String rule(AppointmentSeries series) {
        var rule = series.recurrence();
        var every = switch (rule.unit()) {
            case WEEKS -> rule.every() == 1 ? "Weekly" : "Every " + rule.every() + " weeks";
            case MONTHS -> rule.every() == 1 ? "Monthly" : "Every " + rule.every() + " months";
            case MONTHS_BY_WEEKDAY -> (rule.every() == 1 ? "Monthly" : "Every " + rule.every() + " months")
                    + " on the " + weekdayOfMonth(rule);
        };
        var ends = rule.count() != null ? ", " + rule.count() + " times"
                : " until " + rule.until();
        return every + " at " + Times.TIME.format(rule.startTime()) + ends
                + (series.endedBefore() == null ? "" : "; ended before occurrence " + series.endedBefore());
    }

    /** "2nd Tuesday", "last Friday". */
    private static String weekdayOfMonth(Recurrence rule) {
        var day = rule.firstDate().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
        return switch (rule.weekdayOrdinal()) {
            case 1 -> "1st ";
            case 2 -> "2nd ";
            case 3 -> "3rd ";
            case 4 -> "4th ";
            default -> "last ";
        } + day;
    }

    private static CancelledBy by(@Nullable String text) {
        return "PATIENT".equals(text) ? CancelledBy.PATIENT : CancelledBy.OFFICE;
    }

    private static @Nullable Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static SeriesId parse(String id) {
        return ScheduleInput.id(id).map(SeriesId::new).orElseThrow(() -> new NotASeries());
    }

    @ExceptionHandler({SeriesNotFound.class, NotASeries.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("problem", "That series does not exist.");
        return "scheduling/problem";
    }

    /** A link or form carried something that is no series id. */
    static final class NotASeries extends RuntimeException {

        NotASeries() {
            super("not a series id");
        }
    }
}
