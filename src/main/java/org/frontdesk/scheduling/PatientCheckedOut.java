package org.frontdesk.scheduling;

import java.time.Instant;
import org.frontdesk.patients.PatientId;

/** The visit is over and the patient checked out. */
public record PatientCheckedOut(AppointmentId appointment, PatientId patient, Instant at) {}
