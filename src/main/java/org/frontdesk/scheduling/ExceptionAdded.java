package org.frontdesk.scheduling;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The provider is away (vacation, conference, sick day) between the two dates: appointments then may no longer
 * fit ({@link Availability#misfits}).
 *
 * @param location null: at every location
 */
public record ExceptionAdded(TimeOffId exception, ProviderId provider, @Nullable LocationId location,
        TimeOff.Kind kind, LocalDate firstDay, LocalDate lastDay) implements WorkingTimeChanged {

    static ExceptionAdded of(TimeOff off) {
        return new ExceptionAdded(off.id(), off.provider(), off.location(), off.kind(), off.firstDay(), off.lastDay());
    }
}
