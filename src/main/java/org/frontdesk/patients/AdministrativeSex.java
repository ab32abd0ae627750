package org.frontdesk.patients;

/** Sex as recorded for administration and billing (FHIR {@code AdministrativeGender} without "other"). */
public enum AdministrativeSex {
    FEMALE("Female"),
    MALE("Male"),
    UNKNOWN("Unknown");

    private final String label;

    AdministrativeSex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
