/**
 * The scheduling module's staff pages: the calendar (a day at a location with a column per provider or per room, a
 * provider's week, booking from an empty slot or from a patient's page, moving by drag, the appointment panel), the
 * flow board where the front desk follows and moves today's patients, the printable day sheet per provider, and the
 * practice set-up pages under {@code /setup} (providers, locations and rooms, appointment types, a provider's weekly
 * template and exceptions, holidays).
 * Internal to the module; they call its public API like any other caller. Patient names appear in page bodies only;
 * URLs carry ids.
 */
@NullMarked
package org.frontdesk.scheduling.web;

import org.jspecify.annotations.NullMarked;
