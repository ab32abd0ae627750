package org.frontdesk.scheduling.web;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.CalendarSetup;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.PartOfDay;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.SlotSearch;
import org.jspecify.annotations.Nullable;

/**
 * "Find the next free slot" as the clerk filled it in. A GET form: it names a type, a provider and days, never a
 * patient, so the search may sit in the URL and be bookmarked.
 *
 * @param day the ticked days of the week (MONDAY, ...); none for any day
 * @param part ANY, MORNING or AFTERNOON
 */
record FindForm(@Nullable String type, @Nullable String provider, @Nullable String location,
        @Nullable List<String> day, @Nullable String part, @Nullable String earliest) {

    sealed interface Parsed {}

    record Valid(SlotSearch search) implements Parsed {}

    record Invalid(Map<String, String> errors) implements Parsed {}

    /** Nothing asked yet: the form alone. */
    boolean empty() {
        return type == null && provider == null && location == null && day == null && part == null
                && earliest == null;
    }

    public boolean ticked(DayOfWeek weekday) {
        return day != null && day.contains(weekday.name());
    }

    public String partOfDay() {
        return part == null ? PartOfDay.ANY.name() : part;
    }

    Parsed parse(CalendarSetup setup) {
        var errors = new LinkedHashMap<String, String>();
        var typeId = ScheduleInput.id(type).map(AppointmentTypeId::new).filter(id -> setup.type(id).isPresent());
        if (typeId.isEmpty()) {
            errors.put("type", ScheduleInput.blank(type) ? "Choose the appointment type." : "Unknown appointment type.");
        }
        ProviderId who = null;
        if (!ScheduleInput.blank(provider)) {
            who = ScheduleInput.id(provider).map(ProviderId::new).filter(id -> setup.provider(id).isPresent())
                    .orElse(null);
            if (who == null) {
                errors.put("provider", "Unknown provider.");
            }
        }
        LocationId where = null;
        if (!ScheduleInput.blank(location)) {
            where = ScheduleInput.id(location).map(LocationId::new).filter(id -> setup.location(id).isPresent())
                    .orElse(null);
            if (where == null) {
                errors.put("location", "Unknown location.");
            }
        }
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (var name : day == null ? List.<String>of() : day) {
            try {
                days.add(DayOfWeek.valueOf(name));
            } catch (IllegalArgumentException e) {
                errors.put("day", "Tick days of the week.");
            }
        }
        PartOfDay when = PartOfDay.ANY;
        try {
            when = PartOfDay.valueOf(partOfDay());
        } catch (IllegalArgumentException e) {
            errors.put("part", "Choose any time, mornings or afternoons.");
        }
        var first = ScheduleInput.date(earliest);
        if (!ScheduleInput.blank(earliest) && first.isEmpty()) {
            errors.put("earliest", ScheduleInput.DATE_HINT);
        }
        if (!errors.isEmpty() || typeId.isEmpty()) {
            return new Invalid(errors);
        }
        return new Valid(new SlotSearch(typeId.get(), who, where, days, when, first.orElse(null)));
    }
}
