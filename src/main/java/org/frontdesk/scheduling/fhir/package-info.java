/**
 * The FHIR R4 {@code Practitioner}, {@code Location} and {@code Appointment} resources over the scheduling module:
 * reads and searches through {@link org.frontdesk.scheduling.PracticeDirectory} and
 * {@link org.frontdesk.scheduling.AppointmentSearch}, booking and status changes through
 * {@link org.frontdesk.scheduling.Appointments}, so that FHIR and the staff pages obey the same rules and leave the
 * same audit trail. {@code Schedule} and {@code Slot} are derived from {@link org.frontdesk.scheduling.Availability}
 * on every read and never stored; their ids encode what they are (docs/adr/0013-fhir-slots-and-demo-calendars.md).
 * See {@code docs/fhir.md} for the mapping tables.
 */
@NullMarked
package org.frontdesk.scheduling.fhir;

import org.jspecify.annotations.NullMarked;
