package org.frontdesk.scheduling;

import java.time.Instant;
import org.frontdesk.patients.PatientId;

/** The provider is with the patient. */
public record VisitStarted(AppointmentId appointment, PatientId patient, Instant at) {}
