package org.frontdesk.scheduling.web;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.frontdesk.scheduling.AppointmentChangedSinceRead;
import org.frontdesk.scheduling.AppointmentId;
import org.frontdesk.scheduling.AppointmentNotFound;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.Booking;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.Calendars;
import org.frontdesk.scheduling.InvalidBooking;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.RoomId;
import org.frontdesk.scheduling.TransitionRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The move a drag on the calendar sends. The server checks it again like any booking (PostgreSQL refuses taken
 * time), and answers JSON: the new appointment and a sentence to show, or an RFC 9457 problem whose
 * {@code detail} says why the block snaps back.
 */
@Controller
class AppointmentMoves {

    /** What the page shows after a move. */
    record Moved(String appointment, int version, String message, @Nullable String warning) {}

    private final Calendars calendars;
    private final Appointments appointments;

    AppointmentMoves(Calendars calendars, Appointments appointments) {
        this.calendars = calendars;
        this.appointments = appointments;
    }

    /**
     * @param start the new start, an ISO-8601 instant
     * @param provider the provider after the move; absent to keep the appointment's
     * @param room the room after the move, empty for none; absent to keep the appointment's
     */
    @PostMapping("/schedule/appointments/{id}/move")
    @ResponseBody
    ResponseEntity<?> move(@PathVariable String id, @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String start,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String room) {
        var appointment = ScheduleInput.id(id).map(AppointmentId::new);
        if (appointment.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "No such appointment", "That appointment does not exist.");
        }
        var expected = integer(version);
        var newStart = instant(start);
        if (expected.isEmpty() || newStart.isEmpty() || provider != null && ScheduleInput.id(provider).isEmpty()
                || room != null && !room.isBlank() && ScheduleInput.id(room).isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "Malformed move", "A move needs the appointment's version and "
                    + "the new start as an ISO-8601 instant; a provider or room, when given, must be an id.");
        }
        var setup = calendars.setup();
        // read first (audited like any look at the appointment): the refusal is worded in the location's zone
        var current = calendars.appointment(appointment.get());
        var zone = setup.location(current.location()).map(CalendarSetup.Location::zone)
                .orElseThrow(() -> new IllegalStateException("appointment at an unknown location"));
        var newProvider = provider == null ? current.provider() : new ProviderId(ScheduleInput.id(provider).get());
        var newRoom = room == null ? current.room() : ScheduleInput.id(room).map(RoomId::new).orElse(null);
        var outcome = appointments.reschedule(appointment.get(), expected.get(), newStart.get(), newProvider,
                newRoom);
        return switch (outcome) {
            case Booking.Booked booked -> {
                var moved = booked.appointment();
                var warning = booked.patientDoubleBooked()
                        ? "The patient also has an appointment at an overlapping time: "
                                + String.join("; ", ClashMessages.overlaps(booked.patientOverlaps(), setup, zone)) + "."
                        : null;
                yield ResponseEntity.ok(new Moved(moved.id().toString(), moved.version(), "Moved to "
                        + Times.dayAndRange(moved.start(), moved.end(), zone) + " with "
                        + setup.provider(moved.provider()).map(CalendarSetup.Provider::displayName).orElse("?") + ".",
                        warning));
            }
            case Booking.Conflict conflict -> problem(HttpStatus.CONFLICT, "The time is taken", "Not moved: "
                    + String.join(" ", ClashMessages.of(conflict, newProvider, newRoom, setup, zone)));
        };
    }

    @ExceptionHandler(InvalidBooking.class)
    ResponseEntity<ProblemDetail> invalid(InvalidBooking e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Not moved",
                "Not moved: " + String.join(" ", e.fieldErrors().values()));
    }

    @ExceptionHandler(AppointmentChangedSinceRead.class)
    ResponseEntity<ProblemDetail> stale() {
        return problem(HttpStatus.CONFLICT, "Changed since read", "Not moved: someone else changed this appointment "
                + "just now. The calendar now shows it as it is.");
    }

    @ExceptionHandler(TransitionRefused.class)
    ResponseEntity<ProblemDetail> begun() {
        return problem(HttpStatus.CONFLICT, "Cannot be moved",
                "Not moved: only booked or confirmed appointments can be moved.");
    }

    @ExceptionHandler(AppointmentNotFound.class)
    ResponseEntity<ProblemDetail> missing() {
        return problem(HttpStatus.NOT_FOUND, "No such appointment", "That appointment does not exist.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden() {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", "Moving appointments needs permission to book them.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).body(problem);
    }

    private static Optional<Integer> integer(@Nullable String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(@Nullable String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
