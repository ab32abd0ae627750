package org.frontdesk.patients;

/** A new patient is on file. */
public record PatientRegistered(PatientId patientId) {}
