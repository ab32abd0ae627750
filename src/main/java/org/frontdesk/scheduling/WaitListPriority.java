package org.frontdesk.scheduling;

/**
 * How soon the patient needs to be seen. Freed time is offered to the most urgent entry first, and among entries of
 * one priority to the one waiting longest.
 */
public enum WaitListPriority {
    URGENT("Urgent"),
    HIGH("High"),
    NORMAL("Normal");

    private final String label;

    WaitListPriority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
