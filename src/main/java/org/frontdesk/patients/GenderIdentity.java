package org.frontdesk.patients;

/** Gender identity as the patient states it (the US Core gender identity value set, in words). */
public enum GenderIdentity {
    FEMALE("Female"),
    MALE("Male"),
    NON_BINARY("Non-binary"),
    TRANSGENDER_FEMALE("Transgender female"),
    TRANSGENDER_MALE("Transgender male"),
    OTHER("Other"),
    ASKED_DECLINED("Asked but declined");

    private final String label;

    GenderIdentity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
