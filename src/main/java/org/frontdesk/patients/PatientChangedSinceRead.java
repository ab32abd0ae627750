package org.frontdesk.patients;

/**
 * Someone else saved the patient after this edit began: nothing was written, and the editor must look at the
 * current record before saving again.
 */
public class PatientChangedSinceRead extends RuntimeException {

    private final int currentVersion;

    public PatientChangedSinceRead(PatientId id, int currentVersion) {
        super("Patient " + id + " has changed since it was read (now version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
