package org.frontdesk.scheduling;

import java.time.Instant;
import org.frontdesk.patients.PatientId;

/** A patient was booked; the time is now held (unless it was a deliberate overbooking). */
public record AppointmentBooked(
        AppointmentId appointment, PatientId patient, ProviderId provider, Instant start, Instant end,
        boolean overbooked) {}
