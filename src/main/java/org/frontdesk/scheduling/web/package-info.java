/**
 * The calendar pages: a day at a location (a column per provider, or per room), a provider's week, booking from an
 * empty slot or from a patient's page, moving by drag, and the appointment panel. Patient names appear in page
 * bodies only; URLs carry ids.
 */
@NullMarked
package org.frontdesk.scheduling.web;

import org.jspecify.annotations.NullMarked;
