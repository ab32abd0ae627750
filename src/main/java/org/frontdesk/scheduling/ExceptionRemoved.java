package org.frontdesk.scheduling;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An exception was taken back: the provider works between the two dates after all, so time there may be free
 * (e.g. for the wait list).
 *
 * @param location null: at every location
 */
public record ExceptionRemoved(TimeOffId exception, ProviderId provider, @Nullable LocationId location,
        LocalDate firstDay, LocalDate lastDay) implements WorkingTimeChanged {

    static ExceptionRemoved of(TimeOff off) {
        return new ExceptionRemoved(off.id(), off.provider(), off.location(), off.firstDay(), off.lastDay());
    }
}
