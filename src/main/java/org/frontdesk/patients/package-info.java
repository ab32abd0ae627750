/**
 * The patient registry: registration, demographics, optimistic-locked edits, duplicate warnings and fast fuzzy
 * search. {@link org.frontdesk.patients.Patients} is the module's entry point; every read, search and write
 * through it is authorised and audited.
 */
@NullMarked
package org.frontdesk.patients;

import org.jspecify.annotations.NullMarked;
