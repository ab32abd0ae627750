package org.frontdesk.patients;

/** A patient's demographics or status changed. */
public record PatientUpdated(PatientId patientId, int version) {}
