package org.frontdesk.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.TemplatePeriod;
import org.frontdesk.scheduling.TemplatePeriodId;
import org.jspecify.annotations.Nullable;

/**
 * "Add to the template" as filled in: working hours, a break or a block reserved for a type, on one or more weekdays
 * (Mon-Fri in one go), from a day and optionally until one.
 */
record PeriodForm(@Nullable String kind, @Nullable String location, @Nullable List<String> weekdays,
        @Nullable String start, @Nullable String end, @Nullable String reservedFor, @Nullable String effectiveFrom,
        @Nullable String effectiveUntil) {

    static PeriodForm empty(@Nullable LocationId location, LocalDate from) {
        return new PeriodForm("WORKING", location == null ? "" : location.toString(),
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "9:00", "17:00", "", from.toString(),
                "");
    }

    public boolean on(DayOfWeek day) {
        return weekdays != null && weekdays.contains(day.name());
    }

    SetupForm<List<TemplatePeriod>> parse(ProviderId provider) {
        var errors = new LinkedHashMap<String, String>();
        var what = Optional.ofNullable(kind).flatMap(k -> java.util.Arrays.stream(TemplatePeriod.Kind.values())
                .filter(v -> v.name().equals(k)).findFirst());
        if (what.isEmpty()) {
            errors.put("kind", "Choose working hours, a break or a block.");
        }
        var place = ScheduleInput.id(location).map(LocationId::new);
        if (place.isEmpty()) {
            errors.put("location", "Choose the location.");
        }
        var days = new ArrayList<DayOfWeek>();
        for (var day : weekdays == null ? List.<String>of() : weekdays) {
            java.util.Arrays.stream(DayOfWeek.values()).filter(d -> d.name().equals(day)).findFirst()
                    .ifPresent(days::add);
        }
        if (days.isEmpty()) {
            errors.put("weekdays", "Tick at least one day of the week.");
        }
        var from = time(start, "start", false, errors);
        var until = time(end, "end", true, errors);
        var type = ScheduleInput.id(reservedFor).map(AppointmentTypeId::new).orElse(null);
        if (what.orElse(null) == TemplatePeriod.Kind.BLOCK && type == null) {
            errors.put("reservedFor", "Choose the appointment type the block is reserved for.");
        }
        var first = ScheduleInput.date(effectiveFrom);
        if (first.isEmpty()) {
            errors.put("effectiveFrom", ScheduleInput.blank(effectiveFrom) ? "Enter the first day it applies."
                    : ScheduleInput.DATE_HINT);
        }
        var last = ScheduleInput.date(effectiveUntil);
        if (last.isEmpty() && !ScheduleInput.blank(effectiveUntil)) {
            errors.put("effectiveUntil", ScheduleInput.DATE_HINT);
        }
        if (!errors.isEmpty()) {
            // the record's own rules (end after start, until after from) speak too, for one round of corrections
            var standIn = what.orElse(TemplatePeriod.Kind.WORKING);
            return SetupForm.of(errors, () -> List.of(new TemplatePeriod(TemplatePeriodId.random(), provider,
                    place.orElse(new LocationId(new java.util.UUID(0, 0))), standIn,
                    days.isEmpty() ? DayOfWeek.MONDAY : days.getFirst(), from.orElse(LocalTime.of(9, 0)),
                    until.orElse(LocalTime.of(17, 0)), standIn == TemplatePeriod.Kind.BLOCK
                            ? (type == null ? new AppointmentTypeId(new java.util.UUID(0, 0)) : type) : null,
                    first.orElse(LocalDate.of(2000, 1, 1)), last.orElse(null))));
        }
        return SetupForm.of(errors, () -> days.stream().map(day -> new TemplatePeriod(TemplatePeriodId.random(),
                provider, place.get(), what.get(), day, from.get(), until.get(),
                what.get() == TemplatePeriod.Kind.BLOCK ? type : null, first.get(), last.orElse(null))).toList());
    }

    /** A time of day as typed; "24:00" (or "midnight") as an end is the end of the day. */
    static Optional<LocalTime> time(@Nullable String text, String field, boolean mayBeMidnight,
            java.util.Map<String, String> errors) {
        if (ScheduleInput.blank(text)) {
            errors.put(field, "Enter the time.");
            return Optional.empty();
        }
        var trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (mayBeMidnight && (trimmed.equals("24:00") || trimmed.equals("midnight"))) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        var parsed = ScheduleInput.time(text);
        if (parsed.isEmpty()) {
            errors.put(field, ScheduleInput.TIME_HINT);
        }
        return parsed;
    }
}
