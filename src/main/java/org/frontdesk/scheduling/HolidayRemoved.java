package org.frontdesk.scheduling;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The practice (or one location) is open that day after all.
 *
 * @param location null: every location
 */
public record HolidayRemoved(HolidayId holiday, LocalDate day, @Nullable LocationId location)
        implements WorkingTimeChanged {

    @Override
    public LocalDate firstDay() {
        return day;
    }

    @Override
    public LocalDate lastDay() {
        return day;
    }
}
