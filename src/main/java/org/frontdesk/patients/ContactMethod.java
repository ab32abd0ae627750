package org.frontdesk.patients;

/** How the patient prefers the office to reach them. */
public enum ContactMethod {
    PHONE("Phone call"),
    SMS("Text message"),
    EMAIL("E-mail"),
    MAIL("Letter");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
