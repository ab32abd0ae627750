package org.frontdesk.patients;

/** An existing patient who may be the person being registered, and why they look alike. */
public record PossibleDuplicate(Patient patient, Reason reason) {

    public enum Reason {
        SIMILAR_NAME_SAME_BIRTH_DATE("similar name, same date of birth"),
        SAME_PHONE("same phone number");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
