/**
 * Physician calendars that never double-book: providers, locations, rooms and appointment types, and booking an
 * appointment through its lifecycle. {@link org.frontdesk.scheduling.Appointments} is the module's entry point
 * for changes and {@link org.frontdesk.scheduling.Calendars} for the calendar pages' reads; every booking,
 * transition and read through them is authorised and audited, and PostgreSQL exclusion constraints make an overlap
 * impossible whatever the code path (docs/adr/0004-booking-never-double-books.md). A booking is checked against
 * the set-up kept in memory and stored by one statement that refuses a set-up changed since
 * (docs/adr/0020-a-booking-checks-the-set-up-kept-in-memory.md); clerks racing for the same time on one server wait
 * for the first, and are answered from memory (docs/adr/0017-bookings-in-flight.md).
 *
 * <p>Providers, locations, rooms and appointment types are set up through
 * {@link org.frontdesk.scheduling.PracticeAdministration} (deactivated, never deleted).
 * Providers' templates (weekly working periods, breaks, blocks), exceptions and practice holidays are set up
 * through {@link org.frontdesk.scheduling.ScheduleSetup}; {@link org.frontdesk.scheduling.Availability} derives
 * working and free time from them on every read, in each location's time zone, and never stores it
 * (docs/adr/0005-free-time-from-templates.md). A booking outside a provider's template is refused unless it is
 * overridden on purpose. What the office calls an exception is a {@link org.frontdesk.scheduling.TimeOff} in code,
 * since a Java type named {@code ...Exception} reads as something thrown.
 *
 * <p>{@link org.frontdesk.scheduling.FreeSlots} finds the next free slots for a type and proposes alternatives
 * nearest a wanted time (docs/adr/0010-free-slots.md).
 * {@link org.frontdesk.scheduling.RecurringAppointments} books a weekly series occurrence by occurrence, keeps the
 * ones that clash with their nearest free alternatives, and never deletes any of a series
 * (docs/adr/0011-recurring-series.md).
 *
 * <p>{@link org.frontdesk.scheduling.WaitList} keeps patients waiting for earlier or specific time; time freed by a
 * committed cancellation, no-show or move is offered to staff for the entries it fits, in priority order, and never
 * booked by itself (docs/adr/0012-wait-list.md).
 *
 * <p>{@link org.frontdesk.scheduling.ConflictResolution} is the conflict assistant: after a template, exception or holiday change it proposes
 * new times for the appointments that no longer fit and moves them all or none, publishing
 * {@link org.frontdesk.scheduling.AppointmentMovedByOffice} per patient (docs/adr/0015-conflict-assistant.md).
 *
 * <p>FHIR {@code Schedule} and {@code Slot} (sub-package {@code fhir}) are derived from the same free time and never
 * stored either (docs/adr/0013-fhir-slots-and-demo-calendars.md).
 */
@NullMarked
package org.frontdesk.scheduling;

import org.jspecify.annotations.NullMarked;
