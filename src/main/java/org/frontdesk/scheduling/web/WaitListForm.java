package org.frontdesk.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontdesk.patients.PatientId;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.PartOfDay;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.WaitListPriority;
import org.frontdesk.scheduling.WaitListRequest;
import org.jspecify.annotations.Nullable;

/**
 * The "add to wait list" form as typed. Reads what it can and names every field it cannot; the rules that need the
 * practice (unknown type, a provider who does not offer it, a window that has passed) are {@code WaitList}'s.
 *
 * @param days the ticked days of the week (MONDAY ... SUNDAY); none ticked means any day
 */
record WaitListForm(@Nullable String patient, @Nullable String type, @Nullable String provider,
        @Nullable String location, @Nullable String earliest, @Nullable String latest, @Nullable List<String> days,
        @Nullable String partOfDay, @Nullable String priority, @Nullable String note) {

    sealed interface Parsed {}

    record Valid(WaitListRequest request) implements Parsed {}

    record Invalid(Map<String, String> errors) implements Parsed {}

    static WaitListForm empty(@Nullable String patient, LocalDate today) {
        return new WaitListForm(patient, null, null, null, today.toString(), today.plusDays(30).toString(), List.of(),
                PartOfDay.ANY.name(), WaitListPriority.NORMAL.name(), null);
    }

    public boolean ticked(DayOfWeek day) {
        return days != null && days.contains(day.name());
    }

    Parsed parse() {
        var errors = new LinkedHashMap<String, String>();
        var who = ScheduleInput.id(patient).map(PatientId::new);
        if (who.isEmpty()) {
            errors.put("patient", "Choose the patient.");
        }
        var what = ScheduleInput.id(type).map(AppointmentTypeId::new);
        if (what.isEmpty()) {
            errors.put("type", "Choose the appointment type.");
        }
        var with = optionalId(provider, "provider", "Unknown provider.", errors).map(ProviderId::new);
        var where = optionalId(location, "location", "Unknown location.", errors).map(LocationId::new);
        var from = ScheduleInput.date(earliest);
        if (from.isEmpty()) {
            errors.put("earliest", ScheduleInput.blank(earliest) ? "Enter the first acceptable day."
                    : ScheduleInput.DATE_HINT);
        }
        var until = ScheduleInput.date(latest);
        if (until.isEmpty()) {
            errors.put("latest", ScheduleInput.blank(latest) ? "Enter the last acceptable day."
                    : ScheduleInput.DATE_HINT);
        }
        var chosenDays = EnumSet.noneOf(DayOfWeek.class);
        for (var day : days == null ? List.<String>of() : days) {
            var known = java.util.Arrays.stream(DayOfWeek.values()).filter(d -> d.name().equals(day)).findFirst();
            known.ifPresentOrElse(chosenDays::add, () -> errors.put("days", "Unknown day of the week."));
        }
        var part = constant(PartOfDay.class, partOfDay, PartOfDay.ANY);
        if (part.isEmpty()) {
            errors.put("partOfDay", "Choose morning, afternoon or any time.");
        }
        var urgency = constant(WaitListPriority.class, priority, WaitListPriority.NORMAL);
        if (urgency.isEmpty()) {
            errors.put("priority", "Choose a priority.");
        }
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        return new Valid(new WaitListRequest(who.orElseThrow(), what.orElseThrow(), with.orElse(null),
                where.orElse(null), from.orElseThrow(), until.orElseThrow(), chosenDays, part.orElseThrow(),
                urgency.orElseThrow(), note));
    }

    /** Blank is "any"; anything else must be an id. */
    private static Optional<java.util.UUID> optionalId(@Nullable String text, String field, String message,
            Map<String, String> errors) {
        if (ScheduleInput.blank(text)) {
            return Optional.empty();
        }
        var id = ScheduleInput.id(text);
        if (id.isEmpty()) {
            errors.put(field, message);
        }
        return id;
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, @Nullable String text, E blank) {
        if (ScheduleInput.blank(text)) {
            return Optional.of(blank);
        }
        return java.util.Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(text.strip()))
                .findFirst();
    }
}
