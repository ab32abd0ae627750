package org.frontdesk.scheduling;

import java.time.Instant;
import org.frontdesk.patients.PatientId;

/** The appointment was called off and its time is free again (e.g. for the wait list). */
public record AppointmentCancelled(
        AppointmentId appointment, PatientId patient, ProviderId provider, Instant start, Instant end, CancelledBy by,
        Instant at) {}
