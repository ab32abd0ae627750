package org.frontdesk.scheduling;

/**
 * An appointment that no longer fits its provider's template (after a template change, a new exception or a
 * holiday). Carries no patient data; read the appointment through {@link Appointments} to act on it.
 *
 * @param bookedOutsideTemplate the appointment was booked outside the template on purpose, with a reason: it may
 *     have never fitted
 */
public record Misfit(
        AppointmentId appointment,
        LocationId location,
        AppointmentTypeId type,
        TimeRange time,
        NotWorking why,
        String message,
        boolean bookedOutsideTemplate) {}
