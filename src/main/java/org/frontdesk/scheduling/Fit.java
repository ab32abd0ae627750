package org.frontdesk.scheduling;

/**
 * Whether a piece of time fits a provider's template at a location for an appointment type: inside working time,
 * not in a break, exception or holiday, and not in a block reserved for another type. Says nothing about other
 * appointments: PostgreSQL decides whether the time is taken (ADR 4).
 */
public sealed interface Fit {

    Fit FITS = new Fits();

    record Fits() implements Fit {}

    /** @param message for the front desk, naming the rule (and the holiday or type); never patient data */
    record Outside(NotWorking why, String message) implements Fit {}

    default boolean fits() {
        return this instanceof Fits;
    }
}
