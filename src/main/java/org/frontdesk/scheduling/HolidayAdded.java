package org.frontdesk.scheduling;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The practice (or one location) is closed that day; every provider's appointments there may no longer fit.
 *
 * @param location null: every location
 */
public record HolidayAdded(HolidayId holiday, LocalDate day, @Nullable LocationId location)
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
