package org.frontdesk.scheduling;

import java.time.Instant;
import org.frontdesk.patients.PatientId;

/** The patient checked in at the front desk. */
public record PatientArrived(AppointmentId appointment, PatientId patient, Instant at) {}
