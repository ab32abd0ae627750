package org.frontdesk.patients;

public class PatientNotFound extends RuntimeException {

    public PatientNotFound(PatientId id) {
        super("No patient " + id);
    }

    public PatientNotFound() {
        super("No such patient");
    }
}
