/**
 * Physician calendars that never double-book: providers, locations, rooms and appointment types, and booking an
 * appointment through its lifecycle. {@link org.frontdesk.scheduling.Appointments} is the module's entry point
 * for changes and {@link org.frontdesk.scheduling.Calendars} for the calendar pages' reads; every booking,
 * transition and read through them is authorised and audited, and PostgreSQL exclusion constraints make an overlap
 * impossible whatever the code path (docs/adr/0004-booking-never-double-books.md).
 */
@NullMarked
package org.frontdesk.scheduling;

import org.jspecify.annotations.NullMarked;
