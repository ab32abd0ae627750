package org.frontdesk.patients;

import java.util.List;

/** What came of a registration: a new patient, or a stop to look at possible duplicates first. */
public sealed interface Registration {

    record Registered(Patient patient) implements Registration {}

    /** Nothing was stored; register again with a reason to go ahead anyway. */
    record PossibleDuplicatesFound(List<PossibleDuplicate> candidates) implements Registration {}
}
