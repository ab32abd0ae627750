package org.frontdesk.scheduling;

import java.time.Instant;
import org.frontdesk.patients.PatientId;

/**
 * The office moved a patient's appointment because the provider's working time changed (a sick day, a holiday, new
 * hours), not because the patient asked: the patient must be told. This is the notice request for the
 * communications module; it is published in the transaction of the move, so a listener that sends anything should
 * be a transactional (after-commit) listener: a bulk move that is refused rolls back and sends nothing.
 *
 * @param previous the appointment that was moved (now RESCHEDULED)
 * @param replacement the appointment at the new time
 * @param reason why it moved, in the office's words ("The provider is away then (Sick day)."); no patient data
 * @param at when the office moved it
 */
public record AppointmentMovedByOffice(
        AppointmentId previous,
        AppointmentId replacement,
        PatientId patient,
        ProviderId formerProvider,
        TimeRange formerTime,
        ProviderId provider,
        TimeRange time,
        String reason,
        Instant at) {}
