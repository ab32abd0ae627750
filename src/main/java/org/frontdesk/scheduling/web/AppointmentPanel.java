package org.frontdesk.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.frontdesk.scheduling.AppointmentChangedSinceRead;
import org.frontdesk.scheduling.AppointmentId;
import org.frontdesk.scheduling.AppointmentNotFound;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.Calendars;
import org.frontdesk.scheduling.RecurringAppointments;
import org.frontdesk.scheduling.CancelledBy;
import org.frontdesk.scheduling.InvalidBooking;
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

/**
 * The appointment panel that opens from the calendar: who, when, with whom, and the steps before the visit
 * (confirm, cancel with a reason, no-show). Check-in and the rest of the visit belong to the flow board.
 */
@Controller
class AppointmentPanel {

    private final Calendars calendars;
    private final Appointments appointments;
    private final RecurringAppointments recurring;
    private final Clock clock;

    AppointmentPanel(Calendars calendars, Appointments appointments, RecurringAppointments recurring, Clock clock) {
        this.calendars = calendars;
        this.appointments = appointments;
        this.recurring = recurring;
        this.clock = clock;
    }

    @GetMapping("/schedule/appointments/{id}")
    String show(@PathVariable String id, Model model) {
        return panel(parse(id), model);
    }

    @PostMapping("/schedule/appointments/{id}/confirm")
    String confirm(@PathVariable String id, @RequestParam int version, Model model, HttpServletResponse response) {
        var appointment = parse(id);
        return change(appointment, model, response, "Confirmed.",
                () -> appointments.confirm(appointment, version));
    }

    @PostMapping("/schedule/appointments/{id}/no-show")
    String noShow(@PathVariable String id, @RequestParam int version, Model model, HttpServletResponse response) {
        var appointment = parse(id);
        return change(appointment, model, response, "Marked as a no-show; the time is free again.",
                () -> appointments.noShow(appointment, version));
    }

    @PostMapping("/schedule/appointments/{id}/cancel")
    String cancel(@PathVariable String id, @RequestParam int version,
            @RequestParam(defaultValue = "") String cancellationReason,
            @RequestParam(required = false) @Nullable String cancelledBy, Model model, HttpServletResponse response) {
        var appointment = parse(id);
        var by = "PATIENT".equals(cancelledBy) ? CancelledBy.PATIENT : CancelledBy.OFFICE;
        model.addAttribute("cancellationReason", cancellationReason);
        return change(appointment, model, response, "Cancelled; the time is free again.",
                () -> appointments.cancel(appointment, version, cancellationReason, by));
    }

    private String change(AppointmentId id, Model model, HttpServletResponse response, String done, Runnable step) {
        try {
            step.run();
            model.addAttribute("notice", done);
            response.setHeader("HX-Trigger", "calendar-changed");
        } catch (InvalidBooking e) {
            model.addAttribute("errors", e.fieldErrors());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (AppointmentChangedSinceRead e) {
            model.addAttribute("problem", "Someone else changed this appointment just now; nothing was changed. "
                    + "Here it is as it is now.");
            response.setHeader("HX-Trigger", "calendar-changed");
        } catch (TransitionRefused e) {
            model.addAttribute("problem", "That step is not possible from the appointment's status.");
        }
        return panel(id, model);
    }

    private String panel(AppointmentId id, Model model) {
        var setup = calendars.setup();
        var entry = calendars.appointment(id);
        var zone = setup.location(entry.location()).map(CalendarSetup.Location::zone)
                .orElseThrow(() -> new IllegalStateException("appointment at an unknown location"));
        model.addAttribute("entry", entry);
        model.addAttribute("when", Times.dayAndRange(entry.start(), entry.end(), zone));
        model.addAttribute("statusLabel", Statuses.label(entry.status()));
        model.addAttribute("statusCss", Statuses.css(entry.status()));
        model.addAttribute("statusSince", Times.dayAndTime(entry.statusChangedAt(), zone));
        model.addAttribute("provider", setup.provider(entry.provider()).map(CalendarSetup.Provider::displayName)
                .orElse("—"));
        model.addAttribute("type", setup.type(entry.type()).map(CalendarSetup.AppointmentType::name).orElse("—"));
        model.addAttribute("room", entry.room() == null ? "No room"
                : setup.room(entry.room()).map(CalendarSetup.Room::name).orElse("—"));
        model.addAttribute("location", setup.location(entry.location()).map(CalendarSetup.Location::name)
                .orElse("—"));
        boolean mayWrite = SchedulePages.may(Permission.SCHEDULE_WRITE);
        model.addAttribute("mayConfirm", mayWrite && entry.status().mayMoveTo(AppointmentStatus.CONFIRMED));
        model.addAttribute("mayCancel", mayWrite && entry.status().mayMoveTo(AppointmentStatus.CANCELLED));
        // a no-show is known only once the time has come
        model.addAttribute("mayNoShow", mayWrite && entry.status().mayMoveTo(AppointmentStatus.NO_SHOW)
                && !entry.start().isAfter(clock.instant()));
        model.addAttribute("movable", mayWrite && entry.movable());
        model.addAttribute("series", recurring.seriesOf(id).map(s -> "/schedule/series/" + s).orElse(null));
        return "schedule/appointment :: panel";
    }

    private static AppointmentId parse(String id) {
        return ScheduleInput.id(id).map(AppointmentId::new).orElseThrow(NotAnAppointment::new);
    }

    @ExceptionHandler({AppointmentNotFound.class, NotAnAppointment.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "schedule/appointment :: missing";
    }

    /** A link or form carried something that is no appointment id. */
    static final class NotAnAppointment extends RuntimeException {

        NotAnAppointment() {
            super("not an appointment id");
        }
    }
}
