package org.frontdesk.scheduling;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something that free time is derived from changed: a template, an exception, a holiday. Listeners (the conflict
 * assistant, the wait list) re-derive the affected local dates, e.g. with {@link Availability#misfits}.
 */
public sealed interface WorkingTimeChanged
        permits ProviderTemplateChanged, ExceptionAdded, ExceptionRemoved, HolidayAdded, HolidayRemoved {

    /** The first local date that may have changed. */
    LocalDate firstDay();

    /** The last local date that may have changed; null when the change runs until further notice. */
    @Nullable LocalDate lastDay();
}
