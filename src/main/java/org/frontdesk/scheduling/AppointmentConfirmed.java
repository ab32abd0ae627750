package org.frontdesk.scheduling;

import java.time.Instant;
import org.frontdesk.patients.PatientId;

/** The patient confirmed they will come. */
public record AppointmentConfirmed(AppointmentId appointment, PatientId patient, Instant at) {}
