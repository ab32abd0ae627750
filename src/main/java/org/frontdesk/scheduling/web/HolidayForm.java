package org.frontdesk.scheduling.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.frontdesk.scheduling.Holiday;
import org.frontdesk.scheduling.LocationId;
import org.jspecify.annotations.Nullable;

/** A practice holiday as entered: a day, a name, and every location or one. */
record HolidayForm(@Nullable String day, @Nullable String name, @Nullable String location) {

    static HolidayForm empty() {
        return new HolidayForm("", "", "");
    }

    SetupForm<Holiday> parse() {
        var errors = new LinkedHashMap<String, String>();
        var date = ScheduleInput.date(day);
        if (date.isEmpty()) {
            errors.put("day", ScheduleInput.blank(day) ? "Enter the day." : ScheduleInput.DATE_HINT);
        }
        LocationId place = null;
        if (!ScheduleInput.blank(location)) {
            place = ScheduleInput.id(location).map(LocationId::new).orElse(null);
            if (place == null) {
                errors.put("location", "Unknown location.");
            }
        }
        var where = place;
        return SetupForm.of(errors, () -> Holiday.of(date.orElse(LocalDate.of(2000, 1, 1)), SetupForm.text(name),
                where));
    }
}
