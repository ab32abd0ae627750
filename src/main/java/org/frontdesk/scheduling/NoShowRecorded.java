package org.frontdesk.scheduling;

import java.time.Instant;
import org.frontdesk.patients.PatientId;

/** The patient did not come; the time is free again. */
public record NoShowRecorded(AppointmentId appointment, PatientId patient, Instant at) {}
