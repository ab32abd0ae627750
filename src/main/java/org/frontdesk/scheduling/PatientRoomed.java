package org.frontdesk.scheduling;

import java.time.Instant;
import org.frontdesk.patients.PatientId;

/** The patient was taken to an exam room. */
public record PatientRoomed(AppointmentId appointment, PatientId patient, Instant at) {}
