package org.frontdesk.patients;

import java.time.Instant;

/**
 * A registered patient.
 *
 * @param version increases with every change; an edit must name the version it started from
 */
public record Patient(
        PatientId id, Mrn mrn, int version, PatientDetails details, boolean active, Instant createdAt,
        Instant updatedAt) {}
