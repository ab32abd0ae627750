package org.frontdesk.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.frontdesk.patients.Patient;
import org.frontdesk.patients.PatientId;
import org.frontdesk.patients.Patients;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.Booking;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.Calendars;
import org.frontdesk.scheduling.InvalidBooking;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.RecurringAppointments;
import org.frontdesk.scheduling.SeriesRequest;
import org.frontdesk.security.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Booking: the form opened from an empty slot (in the day view's panel) or from a patient's page (a page of its
 * own, usable with the keyboard alone), the patient look-up inside it, and the booking itself. The look-up is
 * POSTed, so that what the clerk types never lands in a URL.
 */
@Controller
@PreAuthorize(Permission.WRITE_SCHEDULE)
class BookingPages {

    private static final String HTMX = "HX-Request";

    private final Calendars calendars;
    private final Appointments appointments;
    private final RecurringAppointments recurring;
    private final Patients patients;
    private final Clock clock;

    BookingPages(Calendars calendars, Appointments appointments, RecurringAppointments recurring, Patients patients,
            Clock clock) {
        this.calendars = calendars;
        this.appointments = appointments;
        this.recurring = recurring;
        this.patients = patients;
        this.clock = clock;
    }

    /**
     * @param start the clicked slot (an ISO-8601 instant), shown as date and time in the location's zone
     */
    @GetMapping("/schedule/book")
    String form(@RequestParam(required = false) @Nullable String patient,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String location,
            @RequestParam(required = false) @Nullable String room,
            @RequestParam(required = false) @Nullable String start,
            @RequestParam(required = false) @Nullable String type,
            @RequestHeader(name = HTMX, required = false) @Nullable String htmx, HttpSession session, Model model) {
        var setup = calendars.setup();
        var place = SchedulePages.location(setup, location, session, new LinkedHashMap<>());
        var who = ScheduleInput.id(provider).map(ProviderId::new).flatMap(setup::provider)
                .or(() -> setup.activeProviders().stream().findFirst());
        var zone = place.map(CalendarSetup.Location::zone).orElse(clock.getZone());
        var at = parseInstant(start);
        var date = at.map(i -> i.atZone(zone).toLocalDate()).orElse(LocalDate.now(clock.withZone(zone)));
        var time = at.map(i -> Times.TIME.format(i.atZone(zone))).orElse(null);
        // the type asked for (by the free-slot search) when the provider offers it, else the provider's first
        var offered = who.map(p -> setup.typesOfferedBy(p.id())).orElse(List.of());
        var chosenType = offered.stream().filter(t -> t.id().toString().equals(type)).findFirst()
                .or(() -> offered.stream().findFirst());
        var chosen = patientChoice(patient);
        var form = new BookingForm(chosen.map(p -> p.id().toString()).orElse(null),
                who.map(p -> p.id().toString()).orElse(null), place.map(p -> p.id().toString()).orElse(null),
                ScheduleInput.blank(room) ? null : room, chosenType.map(t -> t.id().toString()).orElse(null),
                date.toString(), time, null, null, null);
        prepare(model, setup, form, chosen.orElse(null));
        model.addAttribute("repeat", RepeatForm.none());
        model.addAttribute("fromPatientPage", chosen.isPresent() && htmx == null);
        return htmx == null ? "schedule/book" : "schedule/book :: booking";
    }

    @PostMapping("/schedule/appointments")
    String book(@ModelAttribute("form") BookingForm form, @ModelAttribute("repeat") RepeatForm repeat,
            @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
            @RequestParam(name = "fromPatientPage", required = false) @Nullable String fromPatientPage,
            Model model, HttpServletResponse response) {
        var setup = calendars.setup();
        var chosen = patientChoice(form.patient());
        form = form.withPatient(chosen.map(p -> p.id().toString()).orElse(form.patient()));
        prepare(model, setup, form, chosen.orElse(null));
        model.addAttribute("fromPatientPage", "true".equals(fromPatientPage));
        var view = htmx == null ? "schedule/book" : "schedule/book :: booking";
        var parsed = form.parse(setup);
        if (repeat.on()) {
            return bookSeries(form, parsed, repeat, htmx != null, view, model, response);
        }
        model.addAttribute("repeat", RepeatForm.none()); // the form shown again offers the usual series
        if (parsed instanceof BookingForm.Invalid(var errors)) {
            model.addAttribute("errors", errors);
            return view;
        }
        var request = ((BookingForm.Valid) parsed).request();
        var zone = setup.location(request.location()).orElseThrow().zone();
        try {
            switch (appointments.book(request)) {
                case Booking.Booked booked -> {
                    var a = booked.appointment();
                    model.addAttribute("booked", a);
                    model.addAttribute("when", Times.dayAndRange(a.start(), a.end(), zone));
                    model.addAttribute("overlaps", ClashMessages.overlaps(booked.patientOverlaps(), setup, zone));
                    model.addAttribute("dayLink", "/schedule/day?date=" + a.start().atZone(zone).toLocalDate()
                            + "&location=" + a.location());
                    response.setHeader("HX-Trigger", "calendar-changed");
                }
                case Booking.Conflict conflict -> model.addAttribute("conflict",
                        ClashMessages.of(conflict, request.provider(), request.room(), setup, zone));
            }
        } catch (InvalidBooking e) {
            model.addAttribute("errors", onFormFields(e.fieldErrors()));
        }
        return view;
    }

    /**
     * "Repeat" ticked: books the series and opens its page, which lists what was booked and what clashed. The first
     * occurrence is the form's date and time; each one is booked as the form would book it, without overbooking.
     */
    private String bookSeries(BookingForm form, BookingForm.Parsed parsed, RepeatForm repeat, boolean htmx,
            String view, Model model, HttpServletResponse response) {
        var errors = new LinkedHashMap<String, String>();
        if (parsed instanceof BookingForm.Invalid(var invalid)) {
            errors.putAll(invalid);
        }
        var first = ScheduleInput.date(form.date());
        var at = ScheduleInput.time(form.time());
        RepeatForm.Parsed rule = null;
        if (first.isPresent() && at.isPresent()) {
            rule = repeat.parse(first.get(), at.get());
            if (rule instanceof RepeatForm.Invalid(var invalid)) {
                errors.putAll(invalid);
            }
        }
        if (form.overbooking()) {
            errors.put("overbookReason", "A series is never overbooked; book an occurrence that clashes on its own.");
        }
        if (!errors.isEmpty() || !(parsed instanceof BookingForm.Valid(var request))
                || !(rule instanceof RepeatForm.Valid(var recurrence))) {
            model.addAttribute("errors", errors);
            return view;
        }
        try {
            var series = recurring.book(new SeriesRequest(request.patient(), request.provider(), request.location(),
                    request.room(), request.type(), request.reason(), recurrence));
            var page = "/schedule/series/" + series.id();
            if (htmx) {
                response.setHeader("HX-Redirect", page); // the series page replaces the day view's panel
                return view;
            }
            return "redirect:" + page;
        } catch (InvalidBooking e) {
            model.addAttribute("errors", RepeatForm.onFormFields(onFormFields(e.fieldErrors())));
            return view;
        }
    }

    /** The look-up inside the form: the fuzzy patient search, as radio buttons to choose from. */
    @PostMapping("/schedule/patients")
    String choosePatient(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        model.addAttribute("results", query.isBlank() ? List.of() : patients.search(query, 8));
        model.addAttribute("searched", !query.isBlank());
        return "schedule/patient-choices :: choices";
    }

    private void prepare(Model model, CalendarSetup setup, BookingForm form, @Nullable Patient patient) {
        model.addAttribute("form", form);
        model.addAttribute("setup", setup);
        model.addAttribute("patient", patient);
        // which providers offer each type, for the form's script to offer only the chosen provider's types
        model.addAttribute("offeredBy", setup.types().stream().collect(Collectors.toMap(t -> t.id().toString(),
                t -> setup.activeProviders().stream().filter(p -> p.offers().contains(t.id()))
                        .map(p -> p.id().toString()).collect(Collectors.joining(" ")))));
    }

    private Optional<Patient> patientChoice(@Nullable String id) {
        return ScheduleInput.id(id).map(PatientId::new).flatMap(patients::find);
    }

    /** The domain's field names, moved onto the form's: the start is typed as a date and a time. */
    private static Map<String, String> onFormFields(Map<String, String> errors) {
        var moved = new LinkedHashMap<String, String>();
        errors.forEach((field, message) -> moved.merge(switch (field) {
            case "start" -> "time";
            case "end" -> "type";
            default -> field;
        }, message, (a, b) -> a + " " + b));
        return moved;
    }

    private static Optional<Instant> parseInstant(@Nullable String text) {
        if (ScheduleInput.blank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
