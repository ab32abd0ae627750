/**
 * The scheduling module's staff pages: the flow board, where the front desk follows and moves today's patients, and
 * the printable day sheet per provider. Internal to the module; they call its public API like any other caller.
 */
@NullMarked
package org.frontdesk.scheduling.web;

import org.jspecify.annotations.NullMarked;
