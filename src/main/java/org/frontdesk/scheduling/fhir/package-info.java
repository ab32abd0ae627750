/**
 * The FHIR R4 {@code Practitioner}, {@code Location} and {@code Appointment} resources over the scheduling module:
 * reads and searches through {@link org.frontdesk.scheduling.PracticeDirectory} and
 * {@link org.frontdesk.scheduling.AppointmentSearch}, booking and status changes through
 * {@link org.frontdesk.scheduling.Appointments}, so that FHIR and the staff pages obey the same rules and leave the
 * same audit trail. See {@code docs/fhir.md} for the mapping tables.
 */
@NullMarked
package org.frontdesk.scheduling.fhir;

import org.jspecify.annotations.NullMarked;
