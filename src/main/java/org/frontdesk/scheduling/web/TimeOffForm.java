package org.frontdesk.scheduling.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.TimeOff;
import org.frontdesk.scheduling.TimeOffId;
import org.jspecify.annotations.Nullable;

/**
 * An exception as the clerk entered it: whole days (no times), or from a time on the first day until a time on the
 * last; at every location unless one is chosen.
 */
record TimeOffForm(@Nullable String kind, @Nullable String location, @Nullable String firstDay,
        @Nullable String lastDay, @Nullable String from, @Nullable String until, @Nullable String note) {

    static TimeOffForm empty(LocalDate day) {
        return new TimeOffForm("SICK_DAY", "", day.toString(), "", "", "", "");
    }

    SetupForm<TimeOff> parse(ProviderId provider) {
        var errors = new LinkedHashMap<String, String>();
        var what = Optional.ofNullable(kind).flatMap(k -> java.util.Arrays.stream(TimeOff.Kind.values())
                .filter(v -> v.name().equals(k)).findFirst());
        if (what.isEmpty()) {
            errors.put("kind", "Choose what kind of absence it is.");
        }
        LocationId place = null;
        if (!ScheduleInput.blank(location)) {
            place = ScheduleInput.id(location).map(LocationId::new).orElse(null);
            if (place == null) {
                errors.put("location", "Unknown location.");
            }
        }
        var first = ScheduleInput.date(firstDay);
        if (first.isEmpty()) {
            errors.put("firstDay", ScheduleInput.blank(firstDay) ? "Enter the first day." : ScheduleInput.DATE_HINT);
        }
        var last = ScheduleInput.blank(lastDay) ? first : ScheduleInput.date(lastDay);
        if (last.isEmpty() && !ScheduleInput.blank(lastDay)) {
            errors.put("lastDay", ScheduleInput.DATE_HINT);
        }
        var leaves = optionalTime(from, "from", errors);
        var back = optionalTime(until, "until", errors);
        var where = place;
        var parsed = SetupForm.of(errors, () -> new TimeOff(TimeOffId.random(), provider, where,
                what.orElse(TimeOff.Kind.OTHER), first.orElse(LocalDate.of(2000, 1, 1)),
                leaves, last.orElse(first.orElse(LocalDate.of(2000, 1, 1))), back, note));
        if (parsed instanceof SetupForm.Invalid<TimeOff>(var found) && found.containsKey("until")
                && ScheduleInput.blank(from) && ScheduleInput.blank(until)) {
            // whole days: the end that is too early is the last day, not a time nobody typed
            var moved = new LinkedHashMap<>(found);
            moved.put("lastDay", moved.remove("until"));
            return new SetupForm.Invalid<>(moved);
        }
        return parsed;
    }

    private static @Nullable LocalTime optionalTime(@Nullable String text, String field,
            java.util.Map<String, String> errors) {
        if (ScheduleInput.blank(text)) {
            return null;
        }
        return PeriodForm.time(text, field, true, errors).orElse(null);
    }
}
