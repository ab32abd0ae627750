package org.frontdesk.scheduling;

/** Who called off an appointment: the patient (a cancellation the office may charge for) or the office. */
public enum CancelledBy {
    PATIENT,
    OFFICE
}
