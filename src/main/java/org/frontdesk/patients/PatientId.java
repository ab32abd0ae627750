package org.frontdesk.patients;

import java.util.Objects;
import java.util.UUID;

/** A patient's internal identifier; never shown to the office, which uses the {@link Mrn}. */
public record PatientId(UUID value) {

    public PatientId {
        Objects.requireNonNull(value, "value");
    }

    public static PatientId random() {
        return new PatientId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException when the text is not a UUID (the message does not repeat the input) */
    public static PatientId parse(String text) {
        try {
            return new PatientId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a patient id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
