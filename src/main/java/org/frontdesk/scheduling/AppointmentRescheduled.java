package org.frontdesk.scheduling;

import java.time.Instant;
import org.frontdesk.patients.PatientId;

/** The appointment moved: the old one is RESCHEDULED and links to its replacement. */
public record AppointmentRescheduled(
        AppointmentId previous, AppointmentId replacement, PatientId patient, Instant at) {}
